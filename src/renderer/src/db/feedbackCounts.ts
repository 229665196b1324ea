import { Dexie } from 'dexie'
import { feedbackStatuses } from '@shared/domain/feedback/feedback'
import { addCounts, isZeroDelta, STATUS_COUNTS_KEY, totalOf, type StatusCounts } from '@shared/domain/feedback/statusCounts'
import { db } from './db'

const KEY = STATUS_COUNTS_KEY

/**
 * Feedback per status, kept up to date by every write that adds, deletes or
 * re-statuses rows, in the same transaction. Counting the status index walks
 * every key (~150 ms at 100k rows, ~2 s at 1M) and holds up every other read
 * meanwhile; the inbox, its tabs and the dashboard read this record instead.
 */
async function countFromIndex(): Promise<StatusCounts> {
  const counts = await Promise.all(feedbackStatuses.map((status) => db.feedback.where('[status+receivedAt]').between([status, ''], [status, '\uffff']).count()))
  return { new: counts[0] ?? 0, reviewed: counts[1] ?? 0, linked: counts[2] ?? 0, archived: counts[3] ?? 0 }
}

/**
 * Adds `delta` to the stored counts. Must run inside the caller's write
 * transaction, which includes db.counters. With no record yet there is nothing
 * to adjust: the first read counts from the index.
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
    const counts = await countFromIndex()
    const stored = await db.counters.get(KEY)
    const corrected = !!stored && feedbackStatuses.some((status) => stored.counts[status] !== counts[status])
    if (!stored || corrected) await db.counters.put({ key: KEY, counts })
    return { counts, corrected }
  })
}

/** Feedback per status and in all, from the stored record; the first time, from the index (and stored for next time). */
export async function statusCounts(): Promise<StatusCounts & { all: number }> {
  const stored = await db.counters.get(KEY)
  if (stored) return { ...stored.counts, all: totalOf(stored.counts) }
  const counts = await countFromIndex()
  // Stored outside the caller's (possibly read-only, live) query. Best effort: if it cannot be stored
  // now (the database closing), the next read counts again.
  setTimeout(() => void Dexie.ignoreTransaction(() => recountStatuses()).catch(() => undefined), 0)
  return { ...counts, all: totalOf(counts) }
}
