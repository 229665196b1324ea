import type { Collection, InsertType } from 'dexie'
import type { Feedback, FeedbackStatus } from '@shared/domain/feedback/feedback'
import { db } from './db'
import { statusCounts } from './feedbackCounts'

export type FeedbackSortKey = 'receivedAt' | 'revenue' | 'rating'
export type SortDirection = 'asc' | 'desc'
export interface FeedbackSort {
  key: FeedbackSortKey
  direction: SortDirection
}
export const newestFirst: FeedbackSort = { key: 'receivedAt', direction: 'desc' }

/** Where the next page continues: just after this row in the sort order. Never an offset. */
export interface FeedbackCursor {
  value: string | number | null
  id: string
}

/**
 * A filter as the database can serve it: index hints that narrow what is read,
 * and the whole filter as a predicate that every candidate must pass. The hints
 * are only a speed-up; the predicate decides.
 */
export interface FeedbackQuery {
  predicate: (row: Feedback) => boolean
  /** A single status reads the [status+receivedAt] index instead of the whole table. */
  status?: FeedbackStatus
  receivedFrom?: string
  receivedTo?: string
  /** Rows known up front (free-text hits, rows linked to a theme, a small batch): read by id, not by scan. */
  candidateIds?: readonly string[]
  /** True when the hints alone select exactly the matching rows, so a count needs no record. */
  exactByIndex?: boolean
  /** Added to an index count: rows the index holds that the predicate leaves out (merged duplicates). */
  indexCountOffset?: number
  /**
   * True when, besides being a candidate, a row passes the predicate exactly when the indexes say so
   * (status, date, merged): counting and listing all matches then reads keys, not records.
   */
  candidatesExactByIndex?: boolean
  /** With candidatesExactByIndex: merged duplicates are left out ('exclude') or the only ones ('only'). */
  merged?: 'exclude' | 'only'
  /** The candidates come newest first (the search index keeps each row's date): date order needs no read. */
  candidatesNewestFirst?: boolean
}



export const everyFeedback: FeedbackQuery = { predicate: () => true, exactByIndex: true }

const BULK_CHUNK = 2_000

function sortValue(row: Feedback, key: FeedbackSortKey): string | number | null {
  const value = row[key]
  return value === undefined || value === null || Number.isNaN(value) ? null : value
}

/**
 * The order of the table: by value in the chosen direction, rows without a value last,
 * ties by id in the same direction (which is how IndexedDB walks an index backwards).
 */
export function compareCursor(a: FeedbackCursor, b: FeedbackCursor, direction: SortDirection): number {
  const sign = direction === 'asc' ? 1 : -1
  if (a.value !== b.value) {
    if (a.value === null) return 1
    if (b.value === null) return -1
    return a.value < b.value ? -sign : sign
  }
  return a.id === b.id ? 0 : a.id < b.id ? -sign : sign
}

export function cursorOf(row: Feedback, sort: FeedbackSort): FeedbackCursor {
  return { value: sortValue(row, sort.key), id: row.id }
}

async function getByIds(ids: readonly string[]): Promise<Feedback[]> {
  const rows: Feedback[] = []
  for (let start = 0; start < ids.length; start += BULK_CHUNK) {
    for (const row of await db.feedback.bulkGet(ids.slice(start, start + BULK_CHUNK))) if (row) rows.push(row)
  }
  return rows
}

/** The narrowest index range the hints allow, walked in date order. Bounds are loose; the predicate is exact. */
function dateCollection(query: FeedbackQuery, direction: SortDirection, after?: FeedbackCursor): Collection<Feedback, string, InsertType<Feedback, 'id'>> {
  let lower = query.receivedFrom ?? ''
  let upper = query.receivedTo ?? '\uffff'
  if (after && typeof after.value === 'string') {
    if (direction === 'desc') upper = after.value < upper ? after.value : upper
    else lower = after.value > lower ? after.value : lower
  }
  const collection =
    query.status !== undefined
      ? db.feedback.where('[status+receivedAt]').between([query.status, lower], [query.status, upper], true, true)
      : db.feedback.where('receivedAt').between(lower, upper, true, true)
  return direction === 'desc' ? collection.reverse() : collection
}

function isAfter(row: Feedback, sort: FeedbackSort, after: FeedbackCursor | undefined): boolean {
  return !after || compareCursor(cursorOf(row, sort), after, sort.direction) > 0
}

/**
 * Reads the rows of a query page by page, each continuing after the last row
 * seen (by key: never an offset). Date order walks the index and stops as soon
 * as a page is full; revenue and rating have no index (it would slow every
 * import), so the matching rows are ordered once per reader, holding only ids.
 */
export function openFeedbackReader(query: FeedbackQuery, sort: FeedbackSort = newestFirst) {
  let after: FeedbackCursor | undefined
  let done = false
  let ordered: FeedbackCursor[] | undefined
  let orderedAt = 0
  let walk: string[] | undefined
  let walkAt = 0
  const buffer: Feedback[] = []

  async function orderedCursors(): Promise<FeedbackCursor[]> {
    if (ordered) return ordered
    const cursors: FeedbackCursor[] = []
    const keep = (row: Feedback) => {
      if (query.predicate(row)) cursors.push(cursorOf(row, sort))
    }
    if (query.candidateIds) (await getByIds(query.candidateIds)).forEach(keep)
    else await dateCollection(query, 'desc').each(keep)
    ordered = cursors.sort((a, b) => compareCursor(a, b, sort.direction))
    return ordered
  }

  async function next(limit: number): Promise<Feedback[]> {
    if (done || limit <= 0) return []
    let rows: Feedback[]
    if (sort.key === 'receivedAt' && !query.candidateIds) {
      const from = after
      rows = await dateCollection(query, sort.direction, from)
        .filter((row) => isAfter(row, sort, from) && query.predicate(row))
        .limit(limit)
        .toArray()
    } else if (sort.key === 'receivedAt' && query.candidateIds && query.candidatesNewestFirst) {
      // Search hits arrive in date order: read a page of them at a time, however common the word.
      walk ??= sort.direction === 'desc' ? [...query.candidateIds] : [...query.candidateIds].reverse()
      while (buffer.length < limit && walkAt < walk.length) {
        const slice = walk.slice(walkAt, walkAt + Math.max(limit, 100))
        walkAt += slice.length
        for (const row of await getByIds(slice)) if (query.predicate(row)) buffer.push(row)
      }
      rows = buffer.splice(0, limit)
      if (walkAt >= walk.length && buffer.length === 0) done = true
      return finish(rows, limit)
    } else {
      const cursors = await orderedCursors()
      const page = cursors.slice(orderedAt, orderedAt + limit)
      orderedAt += page.length
      const byId = new Map((await getByIds(page.map((cursor) => cursor.id))).map((row) => [row.id, row]))
      rows = page.flatMap((cursor) => byId.get(cursor.id) ?? [])
      if (orderedAt >= cursors.length) done = true
    }
    return finish(rows, limit)
  }

  function finish(rows: Feedback[], limit: number): Feedback[] {
    if (rows.length < limit) done = true
    const last = rows[rows.length - 1]
    if (last) after = cursorOf(last, sort)
    return rows
  }

  return {
    next,
    get done() {
      return done
    }
  }
}

export const FEEDBACK_PAGE_SIZE = 200

/**
 * The first `count` rows of a query, read in pages by key. The inbox asks for
 * more as the user scrolls; a live query re-reads them when the data changes.
 */
export async function readFeedbackRows(query: FeedbackQuery, sort: FeedbackSort, count: number): Promise<{ rows: Feedback[]; hasMore: boolean }> {
  const reader = openFeedbackReader(query, sort)
  const rows: Feedback[] = []
  // One row more than asked tells whether there is more, without another round trip.
  while (rows.length <= count && !reader.done) rows.push(...(await reader.next(Math.min(FEEDBACK_PAGE_SIZE, count + 1 - rows.length))))
  return { rows: rows.slice(0, count), hasMore: rows.length > count }
}

/**
 * Candidates that match, without reading a record, when nothing but candidacy and merging
 * decides (no status or date): merged rows are few and found through their own index.
 */
async function candidatesByIndex(query: FeedbackQuery): Promise<string[] | undefined> {
  if (!query.candidateIds || !query.candidatesExactByIndex || query.status !== undefined || query.receivedFrom !== undefined || query.receivedTo !== undefined) return undefined
  if (!query.merged) return [...query.candidateIds]
  const merged = new Set(await db.feedback.where('mergedIntoId').above('').primaryKeys())
  return query.candidateIds.filter((id) => (query.merged === 'only') === merged.has(id))
}

/** How many rows match. From the index alone when it can; otherwise every candidate is read once. */
export async function countFeedback(query: FeedbackQuery): Promise<number> {
  const byIndex = await candidatesByIndex(query)
  if (byIndex) return byIndex.length
  if (query.candidateIds) return (await getByIds(query.candidateIds)).filter(query.predicate).length
  if (query.exactByIndex) {
    const offset = query.indexCountOffset ?? 0
    if (query.receivedFrom === undefined && query.receivedTo === undefined) {
      const counts = await statusCounts()
      return (query.status === undefined ? counts.all : counts[query.status]) + offset
    }
    return (await dateCollection(query, 'asc').count()) + offset
  }
  return dateCollection(query, 'asc').filter(query.predicate).count()
}

/** Every matching row's id, for actions on the whole filter (bulk triage, export). */
export async function matchingFeedbackIds(query: FeedbackQuery): Promise<string[]> {
  const byIndex = await candidatesByIndex(query)
  if (byIndex) return byIndex
  if (query.candidateIds) return (await getByIds(query.candidateIds)).filter(query.predicate).map((row) => row.id)
  const ids: string[] = []
  await dateCollection(query, 'desc').each((row) => {
    if (query.predicate(row)) ids.push(row.id)
  })
  return ids
}

export interface FilterSuggestions {
  sources: string[]
  companies: string[]
  plans: string[]
  tags: string[]
  extraColumns: string[]
}

/**
 * Values to suggest in the filters, from the newest rows only: a full scan of
 * a million rows to list companies would cost seconds; any value can be typed.
 */
export async function filterSuggestions(sample = 2_000): Promise<FilterSuggestions> {
  const rows = await db.feedback.orderBy('receivedAt').reverse().limit(sample).toArray()
  const distinct = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v?.trim()).map((v) => v.trim()))].sort((a, b) => a.localeCompare(b))
  return {
    sources: distinct(rows.map((row) => row.source)),
    companies: distinct(rows.map((row) => row.company)),
    plans: distinct(rows.map((row) => row.plan)),
    tags: distinct(rows.flatMap((row) => [...row.tags, ...row.importedTags])),
    extraColumns: distinct(rows.flatMap((row) => Object.keys(row.extra ?? {})))
  }
}

/**
 * Rows from the same customer or company as `row`, the candidates for
 * "similar feedback". With ids from the search index they are read by id;
 * without, the table is scanned once (there is no company index: it would
 * slow every import).
 */
export async function sameCustomerOrCompany(row: Feedback, candidateIds?: readonly string[]): Promise<Feedback[]> {
  const norm = (value: string | undefined) => (value ?? '').trim().replace(/\s+/g, ' ').toLowerCase()
  const email = norm(row.customerEmail)
  const name = norm(row.customerName)
  const company = norm(row.company)
  if (!email && !name && !company) return []
  const related = (other: Feedback) =>
    other.id !== row.id &&
    ((email !== '' && norm(other.customerEmail) === email) || (!email && name !== '' && norm(other.customerName) === name) || (company !== '' && norm(other.company) === company))
  if (candidateIds) return (await getByIds(candidateIds)).filter(related)
  return db.feedback.filter(related).limit(500).toArray()
}

export function mergedInto(id: string): Promise<Feedback[]> {
  return db.feedback.where('mergedIntoId').equals(id).toArray()
}

/** The newest untriaged rows, for theme suggestions: read from the status index, newest first. */
export function newestUntriaged(limit: number): Promise<Feedback[]> {
  return db.feedback
    .where('[status+receivedAt]')
    .between(['new', ''], ['new', '\uffff'])
    .reverse()
    .filter((row) => !row.mergedIntoId)
    .limit(limit)
    .toArray()
}
