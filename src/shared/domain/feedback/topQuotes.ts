import { countingCustomerKey } from './customerKey'
import type { Feedback, Importance, ThemeLink } from './feedback'
import { toMillis } from './themeStats'

const importanceRank: Record<Importance, number> = { critical: 3, important: 2, 'nice-to-have': 1 }

/**
 * The quotes worth showing a product manager: one per customer, the most
 * important first (a merged row speaks with its target's importance), then
 * the highest revenue, then the most recent.
 */
export function pickTopQuotes(rows: readonly Feedback[], links: readonly ThemeLink[], limit = 5): Feedback[] {
  const importance = new Map<string, number>()
  for (const link of links) importance.set(link.feedbackId, Math.max(importance.get(link.feedbackId) ?? 0, importanceRank[link.importance]))
  const rank = (row: Feedback) => importance.get(row.id) ?? (row.mergedIntoId ? (importance.get(row.mergedIntoId) ?? 0) : 0)
  const sorted = rows
    .filter((row) => row.text.trim().length > 0)
    .sort((a, b) => rank(b) - rank(a) || (b.revenue ?? -1) - (a.revenue ?? -1) || toMillis(b.receivedAt) - toMillis(a.receivedAt) || a.id.localeCompare(b.id))
  const seen = new Set<string>()
  const quotes: Feedback[] = []
  for (const row of sorted) {
    const customer = countingCustomerKey(row)
    if (seen.has(customer)) continue
    seen.add(customer)
    quotes.push(row)
    if (quotes.length >= limit) break
  }
  return quotes
}
