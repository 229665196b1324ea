/**
 * Triage as pure actions, in the Excalidraw style: each action takes the rows
 * it acts on and returns the changes it would make, and nothing else. The UI
 * writes the changes in one transaction, and keeps them for undo:
 * `invertChanges` gives the changes that restore exactly what was there.
 *
 * A feedback change lists only the fields that change, with their values
 * before and after; a value of `undefined` means the field is absent (Dexie's
 * `update(id, after)` deletes a field set to undefined). Timestamps are left to
 * the repository. Theme links live in their own table (they carry the
 * importance), so linking returns link changes beside the feedback changes:
 * `before`/`after` null means no link. Feedback.themeIds is kept in step.
 *
 * Status follows the links: linking a `new` or `reviewed` row makes it
 * `linked`; unlinking its last theme makes a `linked` row `reviewed`.
 * Archived rows stay archived when linked or unlinked.
 */
import type { EntityBase } from '../entity'
import type { Feedback, FeedbackStatus, Importance, ThemeLink } from './feedback'

export interface FeedbackChange {
  id: string
  before: Partial<Feedback>
  after: Partial<Feedback>
}

/** A link as a change sees it: its importance, and its stored identity when it has one (so undo can put it back as it was). */
export type LinkState = Pick<ThemeLink, 'importance'> & Partial<EntityBase>

export interface LinkChange {
  themeId: string
  feedbackId: string
  before: LinkState | null
  after: LinkState | null
}

export interface TriageChanges {
  /** For the undo toast: "Archived 12 items". */
  label: string
  feedback: FeedbackChange[]
  links: LinkChange[]
  /** A theme this action created (linking to a new name): its undo removes the theme too, when nothing else links to it. */
  createdThemeId?: string
}

type Row = Pick<Feedback, 'id' | 'status' | 'tags' | 'themeIds'> & Partial<Feedback>

const items = (count: number) => `${count} ${count === 1 ? 'item' : 'items'}`

function linkStatus(status: FeedbackStatus): FeedbackStatus {
  return status === 'new' || status === 'reviewed' ? 'linked' : status
}

/** Builds a change from the fields that differ; undefined when nothing does. */
function changeOf(row: Row, after: Partial<Feedback>): FeedbackChange | undefined {
  const before: Partial<Feedback> = {}
  const changed: Partial<Feedback> = {}
  for (const key of Object.keys(after) as (keyof Feedback)[]) {
    if (sameValue(row[key], after[key])) continue
    Object.assign(before, { [key]: copy(row[key]) })
    Object.assign(changed, { [key]: copy(after[key]) })
  }
  return Object.keys(changed).length > 0 ? { id: row.id, before, after: changed } : undefined
}

function copy<T>(value: T): T {
  if (Array.isArray(value)) return [...value] as T
  if (value && typeof value === 'object') return { ...value }
  return value
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i])
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a)
    const kb = Object.keys(b)
    return ka.length === kb.length && ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k])
  }
  return a === b
}

function collect(rows: readonly Row[], change: (row: Row) => Partial<Feedback>): FeedbackChange[] {
  const changes: FeedbackChange[] = []
  for (const row of rows) {
    const c = changeOf(row, change(row))
    if (c) changes.push(c)
  }
  return changes
}

export function setStatus(rows: readonly Row[], { status }: { status: FeedbackStatus }): TriageChanges {
  const feedback = collect(rows, () => ({ status }))
  return { label: `Set ${items(feedback.length)} to ${status}`, feedback, links: [] }
}

export function archive(rows: readonly Row[]): TriageChanges {
  const feedback = collect(rows, () => ({ status: 'archived' }))
  return { label: `Archived ${items(feedback.length)}`, feedback, links: [] }
}

function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>()
  const clean: string[] = []
  for (const tag of tags) {
    const t = tag.trim()
    if (!t || seen.has(t.toLowerCase())) continue
    seen.add(t.toLowerCase())
    clean.push(t)
  }
  return clean
}

/** Adds tags a row does not have yet (compared case-insensitively), after its own. */
export function addTags(rows: readonly Row[], { tags }: { tags: readonly string[] }): TriageChanges {
  const wanted = cleanTags(tags)
  const feedback = collect(rows, (row) => {
    const has = new Set(row.tags.map((t) => t.toLowerCase()))
    return { tags: [...row.tags, ...wanted.filter((t) => !has.has(t.toLowerCase()))] }
  })
  return { label: `Tagged ${items(feedback.length)} ${wanted.join(', ')}`, feedback, links: [] }
}

/** Removes tags, compared case-insensitively. Imported tags are the source's and stay. */
export function removeTags(rows: readonly Row[], { tags }: { tags: readonly string[] }): TriageChanges {
  const unwanted = new Set(cleanTags(tags).map((t) => t.toLowerCase()))
  const feedback = collect(rows, (row) => ({ tags: row.tags.filter((t) => !unwanted.has(t.trim().toLowerCase())) }))
  return { label: `Removed ${[...unwanted].join(', ')} from ${items(feedback.length)}`, feedback, links: [] }
}

function linksByFeedback(links: readonly ThemeLink[], themeId: string): Map<string, ThemeLink> {
  const map = new Map<string, ThemeLink>()
  for (const link of links) if (link.themeId === themeId) map.set(link.feedbackId, link)
  return map
}

function stateOf(link: ThemeLink): LinkState {
  return { id: link.id, createdAt: link.createdAt, updatedAt: link.updatedAt, importance: link.importance }
}

export interface LinkArgs {
  themeId: string
  importance: Importance
  /** The existing links of these rows (at least those to `themeId`), to know what is already there. */
  links: readonly ThemeLink[]
  /** For the label: "Linked 3 items to Bulk edit". */
  themeName?: string
}

/** Links rows to a theme with an importance; rows already linked get the new importance. */
export function linkToTheme(rows: readonly Row[], { themeId, importance, links, themeName }: LinkArgs): TriageChanges {
  const existing = linksByFeedback(links, themeId)
  const linkChanges: LinkChange[] = []
  const feedback = collect(rows, (row) => {
    const link = existing.get(row.id)
    if (!link) linkChanges.push({ themeId, feedbackId: row.id, before: null, after: { importance } })
    else if (link.importance !== importance) linkChanges.push({ themeId, feedbackId: row.id, before: stateOf(link), after: { id: link.id, createdAt: link.createdAt, importance } })
    return { themeIds: row.themeIds.includes(themeId) ? row.themeIds : [...row.themeIds, themeId], status: linkStatus(row.status) }
  })
  const touched = new Set([...feedback.map((c) => c.id), ...linkChanges.map((c) => c.feedbackId)]).size
  return { label: `Linked ${items(touched)} to ${themeName ?? 'a theme'} (${importance})`, feedback, links: linkChanges }
}

export interface UnlinkArgs {
  themeId: string
  links: readonly ThemeLink[]
  themeName?: string
}

export function unlinkFromTheme(rows: readonly Row[], { themeId, links, themeName }: UnlinkArgs): TriageChanges {
  const existing = linksByFeedback(links, themeId)
  const linkChanges: LinkChange[] = []
  const feedback = collect(rows, (row) => {
    const link = existing.get(row.id)
    if (link) linkChanges.push({ themeId, feedbackId: row.id, before: stateOf(link), after: null })
    const themeIds = row.themeIds.filter((id) => id !== themeId)
    const status = themeIds.length === 0 && row.status === 'linked' ? 'reviewed' : row.status
    return { themeIds, status }
  })
  const touched = new Set([...feedback.map((c) => c.id), ...linkChanges.map((c) => c.feedbackId)]).size
  return { label: `Unlinked ${items(touched)} from ${themeName ?? 'a theme'}`, feedback, links: linkChanges }
}

const undoPrefix = 'Undo: '

/** The changes that take rows back to where they were; applying both leaves everything exactly as before. */
export function invertChanges(changes: TriageChanges): TriageChanges {
  return {
    label: changes.label.startsWith(undoPrefix) ? changes.label.slice(undoPrefix.length) : `${undoPrefix}${changes.label}`,
    feedback: [...changes.feedback].reverse().map((c) => ({ id: c.id, before: c.after, after: c.before })),
    links: [...changes.links].reverse().map((c) => ({ themeId: c.themeId, feedbackId: c.feedbackId, before: c.after, after: c.before }))
  }
}

/** Applies feedback changes to rows; rows without a change are returned as they are (same object). */
export function applyChanges<T extends { id: string }>(rows: readonly T[], changes: readonly FeedbackChange[]): T[] {
  const byId = new Map<string, FeedbackChange[]>()
  for (const change of changes) byId.set(change.id, [...(byId.get(change.id) ?? []), change])
  return rows.map((row) => {
    const list = byId.get(row.id)
    if (!list) return row
    const next: Record<string, unknown> = { ...row }
    for (const change of list) {
      for (const [key, value] of Object.entries(change.after)) {
        if (value === undefined) delete next[key]
        else next[key] = copy(value)
      }
    }
    return next as T
  })
}

/**
 * Applies link changes to a list of links. A new link without a stored
 * identity gets `newId()` and `at` as its timestamps; a link put back by undo
 * keeps the identity it had.
 */
export function applyLinkChanges(links: readonly ThemeLink[], changes: readonly LinkChange[], stamp: { at: string; newId: () => string }): ThemeLink[] {
  const key = (themeId: string, feedbackId: string) => `${themeId}\u0000${feedbackId}`
  const byKey = new Map(links.map((link) => [key(link.themeId, link.feedbackId), link]))
  for (const change of changes) {
    const k = key(change.themeId, change.feedbackId)
    if (change.after === null) {
      byKey.delete(k)
      continue
    }
    const existing = byKey.get(k)
    byKey.set(k, {
      id: change.after.id ?? existing?.id ?? stamp.newId(),
      createdAt: change.after.createdAt ?? existing?.createdAt ?? stamp.at,
      updatedAt: change.after.updatedAt ?? stamp.at,
      themeId: change.themeId,
      feedbackId: change.feedbackId,
      importance: change.after.importance
    })
  }
  return [...byKey.values()]
}

/**
 * Ids of rows that no longer look the way a change left them (someone or
 * something changed them since): undoing those would overwrite newer work.
 */
export function conflictingChanges(rows: readonly Row[], changes: TriageChanges): string[] {
  const byId = new Map(rows.map((row) => [row.id, row]))
  const conflicts = new Set<string>()
  for (const change of changes.feedback) {
    const row = byId.get(change.id)
    if (!row) {
      conflicts.add(change.id)
      continue
    }
    for (const [key, value] of Object.entries(change.after)) if (!sameValue(row[key as keyof Row], value)) conflicts.add(change.id)
  }
  return [...conflicts]
}
