/**
 * A theme's brief for a product manager, as Markdown: what it is, the
 * evidence in numbers, the score with its whole breakdown, and what customers
 * said in their words, with who they are and what they pay.
 */
import { formatMoney } from '../../format/money'
import { customerLabel } from './customerKey'
import type { Feedback, Theme } from './feedback'
import { formatScoreNumber, type ScoreBreakdown } from './scoring'
import type { ThemeStats } from './themeStats'

export interface ThemeBriefOptions {
  /** Number and currency formatting; the user's locale when unset. */
  locale?: string
  ownerName?: string
  parentName?: string
}

const statusLabels: Record<Theme['status'], string> = {
  idea: 'Idea',
  planned: 'Planned',
  'in-progress': 'In progress',
  shipped: 'Shipped',
  'wont-do': "Won't do"
}

const methodLabels: Record<ScoreBreakdown['method'], string> = {
  rice: 'RICE',
  revenue: 'Revenue-weighted',
  combined: 'Combined'
}

/** User text inside Markdown: no raw HTML, no line breaks where one line is expected. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/</g, '&lt;')
}

function tableCell(text: string): string {
  return inline(text).replace(/\|/g, '\\|')
}

function day(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '—'
}

function money(amount: number, currency: string | undefined, locale: string | undefined): string {
  return currency ? formatMoney(amount, currency, locale) : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount)
}

function trendText(stats: ThemeStats, locale: string | undefined): string {
  const { current, previous, changePercent, windowDays } = stats.trend
  const change =
    changePercent === null ? (current > 0 ? 'new' : 'no change') : `${changePercent > 0 ? '+' : ''}${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(changePercent)}%`
  return `${current} in the last ${windowDays} days, ${previous} in the ${windowDays} before (${change})`
}

export function themeBriefMarkdown(theme: Theme, stats: ThemeStats, breakdown: ScoreBreakdown, topQuotes: readonly Feedback[], options: ThemeBriefOptions = {}): string {
  const { locale } = options
  const count = (value: number) => new Intl.NumberFormat(locale).format(value)
  const lines: string[] = [`# ${inline(theme.name)}`, '']
  if (theme.description.trim()) lines.push(theme.description.trim().replace(/</g, '&lt;'), '')

  const facts = [`**Status:** ${statusLabels[theme.status]}`]
  if (options.ownerName) facts.push(`**Owner:** ${inline(options.ownerName)}`)
  if (options.parentName) facts.push(`**Part of:** ${inline(options.parentName)}`)
  facts.push(`**Effort:** ${theme.effort === undefined ? 'not estimated' : `${formatScoreNumber(theme.effort)} person-weeks`}`)
  facts.push(`**Confidence:** ${theme.confidence === undefined ? 'not set' : `${Math.round(theme.confidence * 100)}%`}`)
  lines.push(facts.join(' · '), '')

  const customers = stats.anonymousCustomers > 0 ? `${count(stats.uniqueCustomers)} (${count(stats.anonymousCustomers)} anonymous)` : count(stats.uniqueCustomers)
  const feedback = stats.mergedCount > 0 ? `${count(stats.feedbackCount)} (including merged duplicates from other customers)` : count(stats.feedbackCount)
  const revenue = `${money(stats.revenue, stats.currency, locale)} MRR${stats.companiesWithoutRevenue > 0 ? ` (${count(stats.companiesWithoutRevenue)} companies without revenue)` : ''}`
  const rating = stats.averageRating === undefined ? '—' : `${formatScoreNumber(stats.averageRating)} (${count(stats.ratingCount)} ratings)`
  lines.push(
    '## Evidence',
    '',
    '| | |',
    '| --- | --- |',
    `| Feedback | ${feedback} |`,
    `| Unique customers | ${customers} |`,
    `| Unique companies | ${count(stats.uniqueCompanies)} |`,
    `| Revenue of those companies | ${tableCell(revenue)} |`,
    `| Average rating | ${rating} |`,
    `| Trend | ${trendText(stats, locale)} |`,
    `| First seen | ${day(stats.firstSeenDate ?? stats.firstSeenAt)} |`,
    `| Last seen | ${day(stats.lastSeenDate ?? stats.lastSeenAt)} |`,
    ''
  )

  lines.push(
    `## Score: ${methodLabels[breakdown.method]} ${formatScoreNumber(breakdown.score)}`,
    '',
    `Formula: ${breakdown.formula}`,
    '',
    `Calculation: ${breakdown.calculation}`,
    '',
    '| Term | Value | How |',
    '| --- | --- | --- |',
    ...breakdown.terms.map((term) => `| ${tableCell(term.label)} | ${formatScoreNumber(term.value)} | ${tableCell(term.explanation)} |`),
    ''
  )
  if (breakdown.warnings.length > 0) {
    lines.push('Assumptions and gaps:', '', ...breakdown.warnings.map((w) => `- ${inline(w.message)}`), '')
  }

  lines.push('## What customers say', '')
  if (topQuotes.length === 0) lines.push('No feedback is linked yet.', '')
  for (const row of topQuotes) {
    const who = [customerLabel(row), row.company?.trim(), row.revenue === undefined ? undefined : `${money(row.revenue, row.revenueCurrency ?? stats.currency, locale)} MRR`]
      .filter((part): part is string => Boolean(part))
      .map(inline)
      .join(', ')
    const where = [row.source, day(row.receivedDate ?? row.receivedAt)].filter(Boolean).join(', ')
    for (const line of row.text.trim().split(/\r?\n/)) lines.push(`> ${line.replace(/</g, '&lt;')}`.trimEnd())
    lines.push('>', `> — ${who} (${inline(where)})`, '')
  }
  return `${lines.join('\n').trimEnd()}\n`
}
