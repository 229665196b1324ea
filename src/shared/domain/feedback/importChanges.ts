import type { EntityBase } from '../entity'
import type { ImportedFeedbackFields } from './feedback'

/**
 * What one write transaction of an import changed, kept so the import can be
 * undone exactly. Packed: one record per transaction (hundreds of rows), since
 * IndexedDB's cost is per record, not per byte.
 */
export interface ImportChangeChunk {
  id: string
  batchId: string
  /** Order of the transaction within the batch. */
  seq: number
  /** Feedback ids the import created. */
  created: string[]
  /** Feedback the import updated, with its imported fields as they were before. */
  updated: { id: string; before: Partial<ImportedFeedbackFields> & { lastBatchId?: string; updatedAt: string } }[]
}

/** A named filter set of the inbox; appears in the navigation. */
export interface SavedView extends EntityBase {
  name: string
  /** The inbox's filter state, as the inbox stores it. */
  filters: Record<string, unknown>
  /** Column ids in order. */
  columns?: string[]
}
