import { feedbackStatuses } from '@shared/domain/feedback/feedback'
import { addCounts, isZeroDelta, STATUS_COUNTS_KEY, totalOf, type StatusCounts } from '@shared/domain/feedback/statusCounts'
import { db } from './db'
import { countStatusesInIndex } from './statusIndex'

const KEY = STATUS_COUNTS_KEY

/*
 * Feedback per status, kept up to date by every write that adds, deletes or
 * re-statuses rows, in the same transaction. Counting the status index walks
 * every key (~150 ms at 100k rows, ~2 s at 1M) and holds up every other read
 * meanwhile; the inbox, its tabs and the dashboard read this record instead.
 * A new database starts it at zero, an upgrade counts it once.
 */

/**
 * Adds `delta` to the stored counts. Must run inside the caller's write
 * transaction, which includes db.counters. With no record yet there is nothing
 * to adjust.
 */
export async function adjustStatusCounts(delta: StatusCounts): Promise<void> {
  if (isZeroDelta(delta)) return
  await db.counters.where('key').equals(KEY).modify((row) => {
    row.counts = addCounts(row.counts, delta)
  })
}

/** Counts the index and stores the result, in one transaction so no write slips between. Returns whether the stored counts were off. */
export async function recountStatuses(): Promise<{ counts: StatusCounts; corrected: boolean }> {
  return db.transaction('rw', db.feedback, db.counters, async () => {
    const counts = await countStatusesInIndex(db.feedback)
    const stored = await db.counters.get(KEY)
    const corrected = !!stored && feedbackStatuses.some((status) => stored.counts[status] !== counts[status])
    if (!stored || corrected) await db.counters.put({ key: KEY, counts })
    return { counts, corrected }
  })
}

/** Feedback per status and in all, from the stored record (from the index only if the record is missing). */
export async function statusCounts(): Promise<StatusCounts & { all: number }> {
  const counts = (await db.counters.get(KEY))?.counts ?? (await countStatusesInIndex(db.feedback))
  return { ...counts, all: totalOf(counts) }
}
