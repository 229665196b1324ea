import { compileFilter, type FeedbackFilter } from '@shared/domain/feedback/feedbackFilters'
import { addDays } from '@shared/domain/tools/isoDate'
import { db } from './db'
import type { FeedbackQuery } from './feedbackPages'
import { linkedFeedbackIds } from './themes'

const dateOnly = /^\d{4}-\d{2}-\d{2}$/


// A date alone is the user's local day (up to 14 hours either side of the UTC day): the index range
// takes a day more on each side, and the predicate is exact.
function lowerBound(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined
  return dateOnly.test(value) ? `${addDays(value, -1)}T00:00:00.000Z` : value
}

function upperBound(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined
  return dateOnly.test(value) ? `${addDays(value, 1)}T23:59:59.999Z\uffff` : `${value}\uffff`
}

/** Rows an import batch created or changed, from its own change record: exact, and no scan. */
async function batchFeedbackIds(batchId: string): Promise<string[]> {
  const chunks = await db.importChanges.where('batchId').equals(batchId).toArray()
  return [...new Set(chunks.flatMap((chunk) => [...chunk.created, ...chunk.updated.map((entry) => entry.id)]))]
}

function intersect(a: readonly string[] | undefined, b: readonly string[]): string[] {
  if (!a) return [...b]
  const keep = new Set(b)
  return a.filter((id) => keep.has(id))
}

function isOnlyStatus(filter: FeedbackFilter): boolean {
  const rest = { ...filter, status: undefined, merged: undefined }
  return Object.values(rest).every((value) => value === undefined || (Array.isArray(value) && value.length === 0) || value === '')
}

/** Whether status, dates and merging (all indexed) plus the candidate set decide the filter, with no field left to read. */
function decidedByIndexes(filter: FeedbackFilter, textFromIndex: boolean): boolean {
  const rest = { ...filter, status: undefined, merged: undefined, themeId: undefined, batchId: undefined, dateFrom: undefined, dateTo: undefined, text: textFromIndex ? undefined : filter.text }
  const empty = Object.values(rest).every((value) => value === undefined || (Array.isArray(value) && value.length === 0) || value === '' || (typeof value === 'object' && Object.keys(value).length === 0))
  // A theme filter's candidates come from links; the predicate also asks themeIds, which links keep in step.
  return empty && (filter.status?.length ?? 0) <= 1
}

/**
 * Turns the inbox filter into what the database can serve. Free text comes as
 * `textHits` from the search index when it is ready, newest first; without it,
 * the text is matched by scanning. Rows merged into another are left out unless asked for.
 */
export async function feedbackQueryFor(filter: FeedbackFilter, textHits?: readonly string[]): Promise<FeedbackQuery> {
  const hasText = !!filter.text?.trim()
  const effective: FeedbackFilter = { ...filter, merged: filter.merged ?? 'exclude', text: hasText && textHits ? undefined : filter.text }
  let candidateIds: string[] | undefined
  // Intersections keep the order of the first list: the hits' date order survives a theme or batch filter.
  let newestFirst = hasText && !!textHits
  if (hasText && textHits) candidateIds = [...textHits]
  if (filter.themeId?.length) {
    const linked = await linkedFeedbackIds(filter.themeId)
    if (!candidateIds) newestFirst = linked.newestFirst
    candidateIds = intersect(candidateIds, linked.ids)
  }
  if (filter.batchId?.trim()) candidateIds = intersect(candidateIds, await batchFeedbackIds(filter.batchId.trim()))
  const status = filter.status?.length === 1 ? filter.status[0] : undefined
  const predicate = compileFilter(effective)
  const query: FeedbackQuery = { predicate, status, receivedFrom: lowerBound(filter.dateFrom), receivedTo: upperBound(filter.dateTo), candidateIds, candidatesNewestFirst: newestFirst || undefined }
  if (candidateIds && decidedByIndexes(filter, hasText && !!textHits)) {
    query.candidatesExactByIndex = true
    query.merged = filter.merged ?? 'exclude'
  }
  if (!candidateIds && isOnlyStatus(filter) && (filter.status?.length ?? 0) <= 1) {
    // The index counts merged rows too; they are few (found through their own index), so take them off.
    const merged = await db.feedback.where('mergedIntoId').above('').toArray()
    query.exactByIndex = true
    query.indexCountOffset = -merged.filter((row) => (status === undefined || row.status === status) && !predicate(row)).length
  }
  return query
}
