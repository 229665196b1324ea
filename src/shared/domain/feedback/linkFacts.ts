import type { Feedback, ThemeLink } from './feedback'

/**
 * What a theme's numbers, charts and order read of a linked row. Each link
 * carries a copy, so a theme with thousands of links opens by reading its
 * links alone: IndexedDB pays per record read, and reading every linked row
 * cost a 5,000-link theme ~200 ms on its own. The copy is written with the link
 * and refreshed wherever these fields change (an import updating the row, an
 * import undone).
 */
export const linkFactFields = ['receivedAt', 'receivedDate', 'customerName', 'customerEmail', 'company', 'revenue', 'revenueCurrency', 'rating', 'voterCount'] as const
export type LinkedRowFacts = Pick<Feedback, (typeof linkFactFields)[number]>

/** A row as theme stats see it: its facts, its identity and whether it is merged into another. */
export type StatsRow = LinkedRowFacts & Pick<Feedback, 'id' | 'mergedIntoId'>

export function linkedRowFacts(row: LinkedRowFacts): LinkedRowFacts {
  const facts: Record<string, unknown> = {}
  for (const field of linkFactFields) if (row[field] !== undefined) facts[field] = row[field]
  return facts as unknown as LinkedRowFacts
}

export function sameFacts(a: LinkedRowFacts | undefined, b: LinkedRowFacts): boolean {
  return !!a && linkFactFields.every((field) => a[field] === b[field])
}

/** The link with facts matching the row; the same object when they already match. */
export function withFacts(link: ThemeLink, row: LinkedRowFacts): ThemeLink {
  const facts = linkedRowFacts(row)
  return sameFacts(link.facts, facts) ? link : { ...link, facts }
}

/**
 * The rows theme stats need, built from links: each link's facts, merged or not
 * as `mergedRows` (every row merged into another; few) say, plus the merged rows
 * themselves. Links with no facts are listed in `missing`, for the caller to read.
 */
export function statsRowsFromLinks(links: readonly ThemeLink[], mergedRows: readonly Feedback[]): { rows: StatsRow[]; missing: string[] } {
  const mergedInto = new Map(mergedRows.map((row) => [row.id, row.mergedIntoId]))
  const linked = new Set<string>()
  const rows: StatsRow[] = []
  const missing: string[] = []
  for (const link of links) {
    if (linked.has(link.feedbackId)) continue
    linked.add(link.feedbackId)
    if (!link.facts) missing.push(link.feedbackId)
    else rows.push({ ...link.facts, id: link.feedbackId, mergedIntoId: mergedInto.get(link.feedbackId) })
  }
  for (const row of mergedRows) if (linked.has(row.mergedIntoId as string) && !linked.has(row.id)) rows.push(row)
  return { rows, missing }
}

/** Feedback ids newest first by the links' facts; undefined when a link has none (the caller sorts by reading rows). */
export function newestLinkedFirst(links: readonly ThemeLink[]): string[] | undefined {
  if (links.some((link) => !link.facts)) return undefined
  const sorted = [...links].sort((a, b) => (b.facts?.receivedAt ?? '').localeCompare(a.facts?.receivedAt ?? '') || (b.feedbackId < a.feedbackId ? -1 : b.feedbackId > a.feedbackId ? 1 : 0))
  return [...new Set(sorted.map((link) => link.feedbackId))]
}
