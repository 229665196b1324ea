import type { Feedback, ThemeLink } from '@shared/domain/feedback/feedback'
import { withFacts } from '@shared/domain/feedback/linkFacts'
import { db } from './db'

/**
 * Brings the facts on the links of these rows in line with the rows. Called
 * inside the transaction that changed the rows (which must include themeLinks),
 * so a link's copy is never older than its row.
 */
export async function refreshLinkFacts(rows: readonly Feedback[]): Promise<void> {
  if (rows.length === 0) return
  const byId = new Map(rows.map((row) => [row.id, row]))
  const links = await db.themeLinks.where('feedbackId').anyOf([...byId.keys()]).toArray()
  const changed = links.flatMap((link) => {
    const row = byId.get(link.feedbackId)
    const next = row ? withFacts(link, row) : link
    return next === link ? [] : [next]
  })
  if (changed.length > 0) await db.themeLinks.bulkPut(changed)
}

/** Links with facts from their rows (read when not given), for links about to be written. */
export async function linksWithFacts(links: readonly ThemeLink[], known: readonly Feedback[] = []): Promise<ThemeLink[]> {
  const byId = new Map(known.map((row) => [row.id, row]))
  const unknown = [...new Set(links.map((link) => link.feedbackId).filter((id) => !byId.has(id)))]
  for (const row of await db.feedback.bulkGet(unknown)) if (row) byId.set(row.id, row)
  return links.map((link) => {
    const row = byId.get(link.feedbackId)
    return row ? withFacts(link, row) : link
  })
}

/** Deletes the links of rows that are being deleted: a link to nothing would still count in a theme. */
export async function deleteLinksOf(feedbackIds: readonly string[]): Promise<void> {
  if (feedbackIds.length > 0) await db.themeLinks.where('feedbackId').anyOf([...feedbackIds]).delete()
}
