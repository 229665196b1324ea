/**
 * Rows for CSV export, as plain records keyed by header (write them with
 * writeCsv from shared/csv, which neutralises formulas). Values stay machine-readable: ISO dates, plain numbers, lists
 * joined with "; ". Missing values are empty strings.
 */
import type { Feedback, Theme } from './feedback'
import type { RankedTheme } from './scoring'
import type { ThemeStats } from './themeStats'

export type CsvValue = string | number
export type CsvRecord = Record<string, CsvValue>

const fieldLabels = {
  id: 'ID',
  receivedAt: 'Received at',
  title: 'Title',
  text: 'Text',
  customerName: 'Customer',
  customerEmail: 'Email',
  company: 'Company',
  plan: 'Plan',
  revenue: 'Revenue (MRR)',
  revenueCurrency: 'Currency',
  rating: 'Rating',
  source: 'Source',
  externalId: 'External ID',
  url: 'URL',
  voterCount: 'Voters',
  status: 'Status',
  tags: 'Tags',
  importedTags: 'Imported tags',
  themes: 'Themes',
  notes: 'Notes',
  batchId: 'Import batch',
  mergedIntoId: 'Merged into',
  createdAt: 'Created at',
  updatedAt: 'Updated at'
} as const

export type FeedbackFieldColumn = keyof typeof fieldLabels
/** A field of the row, or an extra attribute as `extra:<column name>`. */
export type FeedbackColumnId = FeedbackFieldColumn | `extra:${string}`

export function feedbackColumnLabel(column: FeedbackColumnId): string {
  return column.startsWith('extra:') ? column.slice('extra:'.length) : fieldLabels[column as FeedbackFieldColumn]
}

export interface FeedbackCsvOptions {
  /** Theme names by id, for the Themes column (ids are written when a name is unknown). */
  themeNames?: ReadonlyMap<string, string>
}

const joinList = (values: readonly string[]) => values.join('; ')

function cell(row: Feedback, column: FeedbackColumnId, options: FeedbackCsvOptions): CsvValue {
  if (column.startsWith('extra:')) return row.extra?.[column.slice('extra:'.length)] ?? ''
  switch (column as FeedbackFieldColumn) {
    case 'tags':
      return joinList(row.tags)
    case 'importedTags':
      return joinList(row.importedTags)
    case 'themes':
      return joinList(row.themeIds.map((id) => options.themeNames?.get(id) ?? id))
    case 'receivedAt':
      // A date alone is exported as that date, not as the noon-UTC instant it sorts by.
      return row.receivedDate ?? row.receivedAt
    default: {
      const value = row[column as Exclude<FeedbackFieldColumn, 'themes'>]
      return typeof value === 'string' || typeof value === 'number' ? value : ''
    }
  }
}

/** Headers in column order; a header that repeats (an extra column called "Company") gets " (2)". */
function uniqueHeaders(labels: readonly string[]): string[] {
  const used = new Map<string, number>()
  return labels.map((label) => {
    const count = (used.get(label) ?? 0) + 1
    used.set(label, count)
    return count === 1 ? label : `${label} (${count})`
  })
}

export function feedbackCsvHeaders(columns: readonly FeedbackColumnId[]): string[] {
  return uniqueHeaders(columns.map(feedbackColumnLabel))
}

export function feedbackToCsvRows(rows: readonly Feedback[], columns: readonly FeedbackColumnId[], options: FeedbackCsvOptions = {}): CsvRecord[] {
  const headers = feedbackCsvHeaders(columns)
  return rows.map((row) => {
    const record: CsvRecord = {}
    columns.forEach((column, i) => {
      record[headers[i] as string] = cell(row, column, options)
    })
    return record
  })
}

const optional = (value: number | string | undefined | null): CsvValue => value ?? ''

/** One row per theme, in ranking order (themes missing from the ranking last), with each score's calculation and warnings. */
export function themesToCsvRows(themes: readonly Theme[], stats: ReadonlyMap<string, ThemeStats>, scores: readonly RankedTheme[]): CsvRecord[] {
  const ranked = new Map(scores.map((s) => [s.theme.id, s]))
  const listed = new Set(themes.map((t) => t.id))
  const ordered = [...scores.map((s) => s.theme).filter((t) => listed.has(t.id)), ...themes.filter((t) => !ranked.has(t.id))]
  return ordered.map((theme) => {
    const r = ranked.get(theme.id)
    const s = stats.get(theme.id) ?? r?.stats
    const term = (key: string) => optional(r?.rice.terms.find((t) => t.key === key)?.value)
    const warnings = r ? [...new Set([...r.rice.warnings, ...r.revenue.warnings].map((w) => w.message))] : []
    return {
      Rank: optional(r?.rank),
      Theme: theme.name,
      Status: theme.status,
      Description: theme.description,
      'Effort (person-weeks)': optional(theme.effort),
      Confidence: optional(theme.confidence),
      Feedback: optional(s?.feedbackCount),
      'Unique customers': optional(s?.uniqueCustomers),
      'Unique companies': optional(s?.uniqueCompanies),
      'Revenue (MRR)': optional(s?.revenue),
      Currency: optional(s?.currency),
      'Average rating': optional(s?.averageRating),
      'Last 30 days': optional(s?.trend.current),
      'Previous 30 days': optional(s?.trend.previous),
      'Trend %': optional(s?.trend.changePercent),
      'First seen': optional(s?.firstSeenAt),
      'Last seen': optional(s?.lastSeenAt),
      'RICE score': optional(r?.rice.score),
      Reach: term('reach'),
      Impact: term('impact'),
      'Confidence used': term('confidence'),
      'Effort used': term('effort'),
      'RICE calculation': optional(r?.rice.calculation),
      'Revenue score': optional(r?.revenue.score),
      'Revenue calculation': optional(r?.revenue.calculation),
      'Combined score': optional(r?.combined.score),
      'Combined calculation': optional(r?.combined.calculation),
      Warnings: warnings.join(' | ')
    }
  })
}
