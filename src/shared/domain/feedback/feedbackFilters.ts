/**
 * The inbox's filter: what a saved view stores, a pure predicate, and a
 * one-line description. Values of one field are alternatives (status new OR
 * reviewed); fields combine (status AND source). An empty or missing field
 * does not filter. Text is compared case-insensitively.
 *
 * Dates are inclusive: an ISO instant, or a date alone (YYYY-MM-DD), which is
 * the user's whole calendar day in the machine's zone. A row whose source gave
 * a date alone (receivedDate) matches a date alone on that date, in every zone.
 * The free-text match here is a fallback scan (every word of the query must
 * appear somewhere in the text, title, customer, company or extra values); the
 * inbox uses the search index for text.
 */
import type { Feedback, FeedbackStatus } from './feedback'

/** The open work of the inbox, and its default view: everything not archived. */
export const openStatuses: readonly FeedbackStatus[] = ['new', 'reviewed', 'linked']

/** Whether a status filter is exactly the open work (in any order). */
export function isOpenWork(status: readonly FeedbackStatus[] | undefined): boolean {
  return status !== undefined && status.length === openStatuses.length && openStatuses.every((open) => status.includes(open))
}

/** The inbox's default filter: the open work. */
export function defaultInboxFilter(): FeedbackFilter {
  return { status: [...openStatuses] }
}

export interface FeedbackFilter {
  status?: FeedbackStatus[]
  source?: string[]
  themeId?: string[]
  /** Matches Opsdeck tags and imported tags. */
  tag?: string[]
  company?: string[]
  plan?: string[]
  /** receivedAt on or after. */
  dateFrom?: string
  /** receivedAt on or before (a date alone includes that whole day). */
  dateTo?: string
  ratingMin?: number
  ratingMax?: number
  /** MRR, as stored on the row. */
  revenueMin?: number
  revenueMax?: number
  /** Rows the import batch created or last changed. */
  batchId?: string
  text?: string
  /** Extra attribute equals value, by column name. */
  extra?: Record<string, string>
  /** Rows merged into another: left out ('exclude') or the only ones ('only'); both when unset. */
  merged?: 'exclude' | 'only'
}

export type FeedbackPredicate = (row: Feedback) => boolean

const dateOnly = /^\d{4}-\d{2}-\d{2}$/

function lowerSet(values: readonly string[] | undefined): Set<string> | undefined {
  const clean = (values ?? []).map((v) => v.trim().toLowerCase()).filter((v) => v.length > 0)
  return clean.length > 0 ? new Set(clean) : undefined
}

/** Local midnight at the start of a calendar day, `days` days later. */
function localMidnight(day: string, days = 0): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d + days).getTime()
}

function boundFrom(value: string | undefined): number | undefined {
  if (!value?.trim()) return undefined
  const ms = dateOnly.test(value) ? localMidnight(value) : Date.parse(value)
  return Number.isNaN(ms) ? undefined : ms
}

function boundTo(value: string | undefined): number | undefined {
  if (!value?.trim()) return undefined
  const ms = dateOnly.test(value) ? localMidnight(value, 1) - 1 : Date.parse(value)
  return Number.isNaN(ms) ? undefined : ms
}

/** The calendar day a filter bound names, when it is a date alone. */
const boundDay = (value: string | undefined) => (value && dateOnly.test(value.trim()) ? value.trim() : undefined)

function inRange(value: number | undefined, min: number | undefined, max: number | undefined): boolean {
  if (min === undefined && max === undefined) return true
  if (value === undefined || !Number.isFinite(value)) return false
  return (min === undefined || value >= min) && (max === undefined || value <= max)
}

function finite(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) ? value : undefined
}

/** The words a free-text filter looks for, lowercased. */
export function filterTextWords(text: string | undefined): string[] {
  return (text ?? '').toLowerCase().split(/\s+/).filter((w) => w.length > 0)
}

/** The text a free-text filter looks through, lowercased. */
export function searchableText(row: Feedback): string {
  return [row.text, row.title, row.customerName, row.customerEmail, row.company, ...Object.values(row.extra ?? {})]
    .filter((v): v is string => typeof v === 'string' && v.length > 0)
    .join('\n')
    .toLowerCase()
}

/** Prepares a filter once, for testing many rows. */
export function compileFilter(filter: FeedbackFilter): FeedbackPredicate {
  const statuses = filter.status && filter.status.length > 0 ? new Set<string>(filter.status) : undefined
  const sources = lowerSet(filter.source)
  const themes = filter.themeId && filter.themeId.length > 0 ? new Set(filter.themeId) : undefined
  const tags = lowerSet(filter.tag)
  const companies = lowerSet(filter.company)
  const plans = lowerSet(filter.plan)
  const from = boundFrom(filter.dateFrom)
  const to = boundTo(filter.dateTo)
  const fromDay = boundDay(filter.dateFrom)
  const toDay = boundDay(filter.dateTo)
  const ratingMin = finite(filter.ratingMin)
  const ratingMax = finite(filter.ratingMax)
  const revenueMin = finite(filter.revenueMin)
  const revenueMax = finite(filter.revenueMax)
  const batchId = filter.batchId?.trim() || undefined
  const words = filterTextWords(filter.text)
  const extras = Object.entries(filter.extra ?? {}).map(([column, value]) => [column, value.trim().toLowerCase()] as const)
  const lower = (v: string | undefined) => (v ?? '').trim().toLowerCase()

  return (row) => {
    if (filter.merged === 'exclude' && row.mergedIntoId) return false
    if (filter.merged === 'only' && !row.mergedIntoId) return false
    if (statuses && !statuses.has(row.status)) return false
    if (sources && !sources.has(lower(row.source))) return false
    if (themes && !row.themeIds.some((id) => themes.has(id))) return false
    if (tags && ![...row.tags, ...row.importedTags].some((t) => tags.has(lower(t)))) return false
    if (companies && !companies.has(lower(row.company))) return false
    if (plans && !plans.has(lower(row.plan))) return false
    if (from !== undefined || to !== undefined) {
      const at = Date.parse(row.receivedAt)
      if (Number.isNaN(at)) return false
      const day = row.receivedDate
      if (from !== undefined && (day && fromDay ? day < fromDay : at < from)) return false
      if (to !== undefined && (day && toDay ? day > toDay : at > to)) return false
    }
    if (!inRange(row.rating, ratingMin, ratingMax)) return false
    if (!inRange(row.revenue, revenueMin, revenueMax)) return false
    if (batchId && row.batchId !== batchId && row.lastBatchId !== batchId) return false
    for (const [column, value] of extras) if (lower(row.extra?.[column]) !== value) return false
    if (words.length > 0) {
      const haystack = searchableText(row)
      if (!words.every((w) => haystack.includes(w))) return false
    }
    return true
  }
}

export function matchesFilter(row: Feedback, filter: FeedbackFilter): boolean {
  return compileFilter(filter)(row)
}

/** How many fields filter anything: for "3 filters" on a button. */
export function activeFilterCount(filter: FeedbackFilter): number {
  let count = 0
  for (const key of ['status', 'source', 'themeId', 'tag', 'company', 'plan'] as const) if ((filter[key]?.length ?? 0) > 0) count++
  if (filter.dateFrom?.trim() || filter.dateTo?.trim()) count++
  if (finite(filter.ratingMin) !== undefined || finite(filter.ratingMax) !== undefined) count++
  if (finite(filter.revenueMin) !== undefined || finite(filter.revenueMax) !== undefined) count++
  if (filter.batchId?.trim()) count++
  if (filter.text?.trim()) count++
  if (filter.merged) count++
  count += Object.keys(filter.extra ?? {}).length
  return count
}

type Names = ReadonlyMap<string, string> | Readonly<Record<string, string>>

export interface DescribeNames {
  themes?: Names
  batches?: Names
}

function nameOf(names: Names | undefined, id: string): string {
  if (!names) return id
  const name = names instanceof Map ? names.get(id) : (names as Readonly<Record<string, string>>)[id]
  return name ?? id
}

function range(min: number | undefined, max: number | undefined): string | undefined {
  if (min !== undefined && max !== undefined) return min === max ? `${min}` : `${min}–${max}`
  if (min !== undefined) return `≥ ${min}`
  if (max !== undefined) return `≤ ${max}`
  return undefined
}

/** "Status: new · Source: zendesk · 'export'", for saved views and exports; "All feedback" when nothing filters. */
export function describeFilter(filter: FeedbackFilter, names: DescribeNames = {}): string {
  const parts: string[] = []
  const list = (label: string, values: readonly string[] | undefined, name: (v: string) => string = (v) => v) => {
    if (values && values.length > 0) parts.push(`${label}: ${values.map(name).join(', ')}`)
  }
  list('Status', filter.status)
  list('Source', filter.source)
  list('Theme', filter.themeId, (id) => nameOf(names.themes, id))
  list('Tag', filter.tag)
  list('Company', filter.company)
  list('Plan', filter.plan)
  const from = filter.dateFrom?.trim()
  const to = filter.dateTo?.trim()
  if (from && to) parts.push(`Received: ${from} – ${to}`)
  else if (from) parts.push(`Received: from ${from}`)
  else if (to) parts.push(`Received: until ${to}`)
  const rating = range(finite(filter.ratingMin), finite(filter.ratingMax))
  if (rating) parts.push(`Rating: ${rating}`)
  const revenue = range(finite(filter.revenueMin), finite(filter.revenueMax))
  if (revenue) parts.push(`Revenue: ${revenue}`)
  if (filter.batchId?.trim()) parts.push(`Import: ${nameOf(names.batches, filter.batchId.trim())}`)
  for (const [column, value] of Object.entries(filter.extra ?? {})) parts.push(`${column}: ${value}`)
  if (filter.merged === 'exclude') parts.push('Without merged duplicates')
  if (filter.merged === 'only') parts.push('Merged duplicates only')
  if (filter.text?.trim()) parts.push(`'${filter.text.trim()}'`)
  return parts.length > 0 ? parts.join(' · ') : 'All feedback'
}
