import type { ThemeLink } from '@shared/domain/feedback/feedback'
import type { StatsRow } from '@shared/domain/feedback/linkFacts'
import type { RankedTheme } from '@shared/domain/feedback/scoring'

export interface VolumeChart {
  data: Record<string, string | number>[]
  series: { name: string; label: string }[]
}

function monthKey(iso: string): string {
  return iso.slice(0, 7)
}

function lastMonths(now: Date, count: number): string[] {
  const months: string[] = []
  for (let back = count - 1; back >= 0; back--) {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1))
    months.push(date.toISOString().slice(0, 7))
  }
  return months
}

/** Linked rows per month for the top themes, oldest month first: how demand moves. */
export function volumeByMonth(ranked: readonly RankedTheme[], links: readonly ThemeLink[], rows: readonly StatsRow[], now: Date, months = 6, themes = 5): VolumeChart {
  const top = ranked.slice(0, themes)
  const keys = lastMonths(now, months)
  const receivedAt = new Map(rows.map((row) => [row.id, row.receivedAt]))
  const counts = new Map<string, Map<string, number>>()
  const wanted = new Set(top.map((entry) => entry.theme.id))
  for (const link of links) {
    if (!wanted.has(link.themeId)) continue
    const at = receivedAt.get(link.feedbackId)
    if (!at) continue
    const month = monthKey(at)
    const byTheme = counts.get(month) ?? new Map<string, number>()
    byTheme.set(link.themeId, (byTheme.get(link.themeId) ?? 0) + 1)
    counts.set(month, byTheme)
  }
  const label = (month: string) => new Date(`${month}-01T00:00:00Z`).toLocaleDateString(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' })
  return {
    data: keys.map((month) => ({ month: label(month), ...Object.fromEntries(top.map((entry) => [entry.theme.id, counts.get(month)?.get(entry.theme.id) ?? 0])) })),
    series: top.map((entry) => ({ name: entry.theme.id, label: entry.theme.name }))
  }
}

export interface MatrixPoint {
  themeId: string
  name: string
  effort: number
  value: number
  reach: number
}

/** Each theme as a point: effort across, revenue-weighted value up, reach as the bubble's size. */
export function valueEffortPoints(ranked: readonly RankedTheme[]): MatrixPoint[] {
  return ranked.map((entry) => ({
    themeId: entry.theme.id,
    name: entry.theme.name,
    effort: entry.theme.effort && entry.theme.effort > 0 ? entry.theme.effort : 1,
    value: Math.round(entry.revenue.score),
    reach: Number(entry.rice.terms.find((term) => term.key === 'reach')?.value ?? entry.stats.uniqueCustomers)
  }))
}
