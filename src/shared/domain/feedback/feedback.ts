import type { EntityBase } from '../entity'
import type { LinkedRowFacts } from './linkFacts'

export const feedbackStatuses = ['new', 'reviewed', 'linked', 'archived'] as const
export type FeedbackStatus = (typeof feedbackStatuses)[number]

/** The fields an import can map a column to. Everything else becomes an extra attribute. */
export interface ImportedFeedbackFields {
  text: string
  title?: string
  /**
   * ISO timestamp of when the customer said it (not when it was imported): what sorts, filters and
   * windows use. When the source gave a date alone, it is noon UTC of `receivedDate`.
   */
  receivedAt: string
  /**
   * 'YYYY-MM-DD' when the source gave a calendar date without a time: shown as that date in every
   * zone, never as a moment (midnight, or the evening before west of UTC).
   */
  receivedDate?: string
  customerName?: string
  customerEmail?: string
  company?: string
  plan?: string
  /** Monthly recurring revenue in `revenueCurrency`; ARR is divided by 12 on import. */
  revenue?: number
  revenueCurrency?: string
  rating?: number
  source: string
  externalId?: string
  /** Tags that came with the import; users' own tags live in `tags`. */
  importedTags: string[]
  url?: string
  /** Number of people behind one item (UserVoice voters folded into one row). */
  voterCount?: number
  /** Every unmapped column, by its (de-duplicated) header name. */
  extra: Record<string, string>
}

export interface Feedback extends EntityBase, ImportedFeedbackFields {
  /** source + external id, or a hash of normalised text + date + customer (+ occurrence). */
  dedupeKey: string
  status: FeedbackStatus
  /** Tags added in Opsdeck; never overwritten by a re-import. */
  tags: string[]
  themeIds: string[]
  notes: string
  /** The import batch that created the row; undefined for feedback written by hand. */
  batchId?: string
  /** The latest batch that changed its imported fields. */
  lastBatchId?: string
  /** Set when merged into another item as evidence. */
  mergedIntoId?: string
}

export const importanceLevels = ['nice-to-have', 'important', 'critical'] as const
export type Importance = (typeof importanceLevels)[number]

export const themeStatuses = ['idea', 'planned', 'in-progress', 'shipped', 'wont-do'] as const
export type ThemeStatus = (typeof themeStatuses)[number]

export interface Theme extends EntityBase {
  name: string
  description: string
  status: ThemeStatus
  ownerId?: string
  /** Person-weeks. */
  effort?: number
  /** 0..1 */
  confidence?: number
  parentId?: string
}

export interface ThemeLink extends EntityBase {
  themeId: string
  feedbackId: string
  importance: Importance
  /** A copy of the linked row's facts (see linkFacts.ts); absent on links written before version 3. */
  facts?: LinkedRowFacts
}

export type ImportBatchStatus = 'in-progress' | 'completed' | 'cancelled' | 'rolled-back' | 'undone'

export interface ImportBatch extends EntityBase {
  fileName: string
  fileSize: number
  source: string
  status: ImportBatchStatus
  encoding: string
  delimiter: string
  /** Column mapping used, by target field (with the file's time zone). */
  mapping: Record<string, unknown>
  /** The file's header signature (see headerSignature): the next file with this header is mapped the same way. */
  headerSignature?: string
  counts: { created: number; updated: number; unchanged: number; rejected: number }
  finishedAt?: string
}

export interface MappingPreset extends EntityBase {
  name: string
  /** Normalised header names joined, so a file with the same header picks the preset. */
  headerSignature: string
  mapping: Record<string, unknown>
}
