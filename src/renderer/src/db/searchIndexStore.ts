import type { Feedback } from '@shared/domain/feedback/feedback'
import type { SearchIndexChunk } from '@shared/domain/feedback/searchIndex'
import { db } from './db'

/** What the index has seen, kept beside its chunks so the next start only indexes what changed. */
export interface SearchIndexState {
  /** Changes when the state's shape does: an older state means a rebuild. */
  version: 2
  /** Ids in the index, so rows deleted since (an undone import) can be taken out. */
  ids: string[]
  /** Each id's receivedAt, same order: hits are returned newest first without reading a row. */
  dates: string[]
  /** Import batches whose rows the index has: a new completed batch may have updated texts. */
  batches: Record<string, string>
}

const STATE_KEY = 'state'

export async function loadSearchIndex(): Promise<{ chunks: SearchIndexChunk[]; state?: SearchIndexState }> {
  const records = await db.searchIndex.toArray()
  const stateRecord = records.find((record) => record.key === STATE_KEY)
  return { chunks: records.filter((record) => record.key !== STATE_KEY), state: stateRecord ? (JSON.parse(stateRecord.data) as SearchIndexState) : undefined }
}

/** Replaces the saved index in one transaction: the old one or the new one, never half of each. */
export async function saveSearchIndex(chunks: SearchIndexChunk[], state: SearchIndexState): Promise<void> {
  await db.transaction('rw', db.searchIndex, async () => {
    await db.searchIndex.clear()
    await db.searchIndex.bulkPut([...chunks, { key: STATE_KEY, data: JSON.stringify(state) }])
  })
}

/** Every feedback id, read from the primary key alone (no record is loaded). */
export function allFeedbackIds(): Promise<string[]> {
  return db.feedback.toCollection().primaryKeys()
}

export async function feedbackByIds(ids: readonly string[]): Promise<Feedback[]> {
  return (await db.feedback.bulkGet([...ids])).filter((row): row is Feedback => !!row)
}

/** Batches and when they last changed state: completed batches may have changed texts, undone ones restored old texts. */
export async function batchStates(): Promise<Record<string, string>> {
  const batches = await db.importBatches.toArray()
  return Object.fromEntries(batches.map((batch) => [batch.id, `${batch.status}:${batch.finishedAt ?? ''}`]))
}

/** Rows an import batch updated (not created): their text may differ from what was indexed. */
export async function updatedByBatch(batchId: string): Promise<string[]> {
  const chunks = await db.importChanges.where('batchId').equals(batchId).toArray()
  return chunks.flatMap((chunk) => chunk.updated.map((entry) => entry.id))
}
