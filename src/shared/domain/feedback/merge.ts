/**
 * Merging duplicates into one item, the others kept as evidence.
 *
 * - The target keeps its text, title, customer and everything it imported.
 * - Each duplicate gets `mergedIntoId = target.id` and otherwise stays as it
 *   was (its text, customer and links remain, so the merge can be undone and
 *   the evidence read). Pass rows already merged into a duplicate among the
 *   duplicates: they are re-pointed to the target, so evidence is never a chain.
 * - The target takes the duplicates' Opsdeck tags and themes: a theme a
 *   duplicate was linked to and the target was not is linked to the target
 *   with the highest importance the duplicates gave it ('nice-to-have' when a
 *   theme id has no link record). The target's own links are left as they are.
 * - How it counts (see themeStats): through the target, once per customer.
 *   A duplicate from the target's customer adds nothing; one from another
 *   customer adds that customer (and company, with its revenue).
 * The result is a set of triage changes, so a merge is undone like any action.
 */
import type { Feedback, Importance, ThemeLink } from './feedback'
import { higherImportance } from './themeStats'
import type { FeedbackChange, LinkChange, TriageChanges } from './triage'

export interface MergeOptions {
  /** Theme links of the target and the duplicates. */
  links?: readonly ThemeLink[]
}

export type MergeResult = { ok: true; changes: TriageChanges; duplicateCount: number } | { ok: false; error: string }

function title(row: Feedback): string {
  const text = (row.title ?? row.text).trim().replace(/\s+/g, ' ')
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}

export function mergeFeedback(target: Feedback, duplicates: readonly Feedback[], options: MergeOptions = {}): MergeResult {
  if (target.mergedIntoId) {
    return { ok: false, error: `"${title(target)}" is itself merged into another item: merge into that one instead.` }
  }
  const seen = new Set<string>([target.id])
  const others = duplicates.filter((row) => !seen.has(row.id) && seen.add(row.id))
  if (others.length === 0) return { ok: false, error: 'Choose at least one other feedback item to merge into this one.' }

  const links = options.links ?? []
  const targetThemes = new Set([...target.themeIds, ...links.filter((l) => l.feedbackId === target.id).map((l) => l.themeId)])
  const duplicateIds = new Set(others.map((row) => row.id))
  const gained = new Map<string, Importance>()
  for (const link of links) {
    if (!duplicateIds.has(link.feedbackId) || targetThemes.has(link.themeId)) continue
    const known = gained.get(link.themeId)
    gained.set(link.themeId, known ? higherImportance(known, link.importance) : link.importance)
  }
  for (const row of others) for (const themeId of row.themeIds) if (!targetThemes.has(themeId) && !gained.has(themeId)) gained.set(themeId, 'nice-to-have')

  const feedback: FeedbackChange[] = []
  const tagsSeen = new Set(target.tags.map((t) => t.toLowerCase()))
  const newTags = others.flatMap((row) => row.tags).filter((tag) => !tagsSeen.has(tag.toLowerCase()) && tagsSeen.add(tag.toLowerCase()))
  const targetBefore: Partial<Feedback> = {}
  const targetAfter: Partial<Feedback> = {}
  if (newTags.length > 0) {
    targetBefore.tags = [...target.tags]
    targetAfter.tags = [...target.tags, ...newTags]
  }
  if (gained.size > 0) {
    targetBefore.themeIds = [...target.themeIds]
    targetAfter.themeIds = [...target.themeIds, ...[...gained.keys()].filter((id) => !target.themeIds.includes(id))]
    if (target.status === 'new' || target.status === 'reviewed') {
      targetBefore.status = target.status
      targetAfter.status = 'linked'
    }
  }
  if (Object.keys(targetAfter).length > 0) feedback.push({ id: target.id, before: targetBefore, after: targetAfter })
  for (const row of others) {
    if (row.mergedIntoId !== target.id) feedback.push({ id: row.id, before: { mergedIntoId: row.mergedIntoId }, after: { mergedIntoId: target.id } })
  }
  const linkChanges: LinkChange[] = [...gained].map(([themeId, importance]) => ({ themeId, feedbackId: target.id, before: null, after: { importance } }))

  const count = others.length
  return {
    ok: true,
    duplicateCount: count,
    changes: { label: `Merged ${count} ${count === 1 ? 'item' : 'items'} into "${title(target)}"`, feedback, links: linkChanges }
  }
}
