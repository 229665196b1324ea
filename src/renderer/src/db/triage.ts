import type { Feedback, ThemeLink } from '@shared/domain/feedback/feedback'
import { describeTriage, type FeedbackHistoryEntry } from '@shared/domain/feedback/feedbackHistory'
import { applyChanges, applyLinkChanges, type TriageChanges } from '@shared/domain/feedback/triage'
import { statusDelta } from '@shared/domain/feedback/statusCounts'
import { db } from './db'
import { adjustStatusCounts } from './feedbackCounts'
import { linksWithFacts } from './linkFacts'
import { clock } from './stamp'

const CHUNK = 2_000

/** The rows (and their links) a triage action needs, read by id in chunks. */
export async function loadTriageRows(ids: readonly string[]): Promise<{ rows: Feedback[]; links: ThemeLink[] }> {
  const rows: Feedback[] = []
  const links: ThemeLink[] = []
  for (let start = 0; start < ids.length; start += CHUNK) {
    const slice = ids.slice(start, start + CHUNK)
    for (const row of await db.feedback.bulkGet(slice)) if (row) rows.push(row)
    links.push(...(await db.themeLinks.where('feedbackId').anyOf(slice).toArray()))
  }
  return { rows, links }
}

async function themeNames(changes: TriageChanges): Promise<Map<string, string>> {
  const ids = [...new Set(changes.links.map((link) => link.themeId))]
  const themes = await db.themes.bulkGet(ids)
  return new Map(themes.flatMap((theme) => (theme ? [[theme.id, theme.name] as const] : [])))
}

function historyOf(changes: TriageChanges, names: Map<string, string>, at: string): FeedbackHistoryEntry[] {
  const linksByRow = new Map<string, TriageChanges['links']>()
  for (const link of changes.links) linksByRow.set(link.feedbackId, [...(linksByRow.get(link.feedbackId) ?? []), link])
  const rowIds = new Set([...changes.feedback.map((change) => change.id), ...linksByRow.keys()])
  const byId = new Map(changes.feedback.map((change) => [change.id, change]))
  const entries: FeedbackHistoryEntry[] = []
  for (const id of rowIds) {
    const described = describeTriage(byId.get(id) as never, linksByRow.get(id) ?? [], (themeId) => names.get(themeId) ?? 'a deleted theme')
    for (const { kind, summary } of described) entries.push({ id: clock.newId(), feedbackId: id, at, kind, summary })
  }
  return entries
}

/**
 * Writes a triage action's changes, its theme links and its history in one
 * transaction per chunk of rows: a bulk action over 100,000 rows does not hold
 * one giant transaction, and each chunk is whole or absent.
 */
export async function writeTriage(changes: TriageChanges): Promise<void> {
  const names = await themeNames(changes)
  const at = clock.now()
  const rowIds = [...new Set([...changes.feedback.map((c) => c.id), ...changes.links.map((c) => c.feedbackId)])]
  for (let start = 0; start < rowIds.length; start += CHUNK) {
    const ids = new Set(rowIds.slice(start, start + CHUNK))
    const part: TriageChanges = { label: changes.label, feedback: changes.feedback.filter((c) => ids.has(c.id)), links: changes.links.filter((c) => ids.has(c.feedbackId)) }
    await db.transaction('rw', db.feedback, db.themeLinks, db.feedbackHistory, db.counters, async () => {
      const stored = (await db.feedback.bulkGet(part.feedback.map((c) => c.id))).filter((row): row is Feedback => !!row)
      const changed = new Set(part.feedback.map((c) => c.id))
      const next = applyChanges(stored, part.feedback).map((row) => (changed.has(row.id) ? { ...row, updatedAt: at } : row))
      await db.feedback.bulkPut(next)
      await adjustStatusCounts(statusDelta(stored, next))
      if (part.links.length > 0) {
        const existing = await db.themeLinks
          .where('[themeId+feedbackId]')
          .anyOf(part.links.map((c) => [c.themeId, c.feedbackId]))
          .toArray()
        const next = await linksWithFacts(applyLinkChanges(existing, part.links, { at, newId: clock.newId }), stored)
        const kept = new Set(next.map((link) => link.id))
        await db.themeLinks.bulkDelete(existing.filter((link) => !kept.has(link.id)).map((link) => link.id))
        await db.themeLinks.bulkPut(next)
      }
      await db.feedbackHistory.bulkAdd(historyOf(part, names, at))
    })
  }
}

/** Newest first. */
export async function feedbackHistory(feedbackId: string, limit = 50): Promise<FeedbackHistoryEntry[]> {
  return db.feedbackHistory.where('[feedbackId+at]').between([feedbackId, ''], [feedbackId, '\uffff']).reverse().limit(limit).toArray()
}
