import type { ImportSummary, Mapping, RowError, TextEncoding } from '@shared/csv'
import type { BatchCounts } from '../../../db/feedbackImport'

/** What the page asks of the import worker. Rows never cross to the page: only progress and counts do. */
export type ImportJobRequest =
  | {
      type: 'start'
      mode: 'preview' | 'import'
      fileName: string
      fileSize: number
      batchId?: string
      encoding?: TextEncoding
      mapping?: Mapping
      source?: string
      /** The laptop's zone, read on the page: the file's zone unless the mapping names one. */
      defaultTimeZone?: string
      /** Map afresh (known export, auto) instead of reusing the last import's mapping or a preset. */
      ignoreRemembered?: boolean
    }
  | { type: 'chunk'; bytes: ArrayBuffer }
  | { type: 'cancel' }

export interface ImportProgress {
  bytesRead: number
  rowsSeen: number
  counts: BatchCounts
}

export type ImportJobEvent =
  | { type: 'need-chunk'; offset: number; length: number }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; summary: ImportSummary; counts: BatchCounts; allErrors: RowError[]; cancelled: boolean }
  | { type: 'failed'; message: string }

/** Read size: large enough that the per-message cost vanishes, small enough to keep memory flat. */
export const CHUNK_BYTES = 1024 * 1024

/** All row errors are kept for the downloadable list, up to this many (each is a few dozen bytes). */
export const MAX_ERRORS_COLLECTED = 100_000

/** Held by the worker while it writes a batch (Web Locks); free means nobody is writing it. */
export function importLockName(batchId: string): string {
  return `opsdeck-import-${batchId}`
}
