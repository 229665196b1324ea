import { Dexie, type EntityTable } from 'dexie'
import type { Person } from '@shared/domain/people'
import type { Feedback, ImportBatch, MappingPreset, Theme, ThemeLink } from '@shared/domain/feedback/feedback'
import { withFacts } from '@shared/domain/feedback/linkFacts'
import { STATUS_COUNTS_KEY, zeroStatusCounts, type StatusCounts } from '@shared/domain/feedback/statusCounts'
import type { ImportChangeChunk, SavedView } from '@shared/domain/feedback/importChanges'
import type { FeedbackHistoryEntry } from '@shared/domain/feedback/feedbackHistory'
import type { PlaybookDraft } from '@shared/domain/playbooks/draft'
import type { Metric, MetricPoint } from '@shared/domain/metrics'
import type { SettingRow } from '@shared/domain/settings'
import type { Playbook, PlaybookVersion, Run } from '@shared/domain/playbooks/playbook'
import type { Tool } from '@shared/domain/tools/tool'
import type { PlaybookImage, PlaybookImportRecord } from './playbookImportTypes'
import { countStatusesInIndex } from './statusIndex'

export const DATABASE_NAME = 'opsdeck'

/**
 * The one database. Versions are append-only: a released `version(n)` is never
 * edited; a change is a new version with an `upgrade()` and a test that opens a
 * database made by the previous one.
 *
 * Every index costs a write per record on import, so only fields that a
 * screen filters or sorts on at scale are indexed; small tables are filtered in memory.
 */
export class OpsdeckDatabase extends Dexie {
  people!: EntityTable<Person, 'id'>
  playbooks!: EntityTable<Playbook, 'id'>
  playbookVersions!: EntityTable<PlaybookVersion, 'id'>
  runs!: EntityTable<Run, 'id'>
  feedback!: EntityTable<Feedback, 'id'>
  themes!: EntityTable<Theme, 'id'>
  themeLinks!: EntityTable<ThemeLink, 'id'>
  importBatches!: EntityTable<ImportBatch, 'id'>
  mappingPresets!: EntityTable<MappingPreset, 'id'>
  tools!: EntityTable<Tool, 'id'>
  metrics!: EntityTable<Metric, 'id'>
  metricPoints!: EntityTable<MetricPoint, 'id'>
  settings!: EntityTable<SettingRow, 'key'>
  importChanges!: EntityTable<ImportChangeChunk, 'id'>
  savedViews!: EntityTable<SavedView, 'id'>
  playbookDrafts!: EntityTable<PlaybookDraft, 'playbookId'>
  /** Serialised chunks of the full-text index, so it is not rebuilt at every start. */
  searchIndex!: EntityTable<{ key: string; data: string }, 'key'>
  /** What people changed on a feedback row (status, tags, themes, notes, merges), newest last. */
  feedbackHistory!: EntityTable<FeedbackHistoryEntry, 'id'>
  /** Numbers kept up to date by the writes, where counting would walk a big index (see feedbackCounts.ts). */
  counters!: EntityTable<{ key: string; counts: StatusCounts }, 'key'>
  /** Images shown in playbooks (imported, pasted or dropped), as blobs: they show offline. */
  playbookImages!: EntityTable<PlaybookImage, 'id'>
  /** Each playbook import with its report and what it takes to undo it. */
  playbookImports!: EntityTable<PlaybookImportRecord, 'id'>

  constructor(name = DATABASE_NAME) {
    super(name)
    this.version(1).stores({
      people: 'id, name',
      playbooks: 'id, status, category, ownerId, nextReviewAt, updatedAt',
      playbookVersions: 'id, [playbookId+number]',
      runs: 'id, playbookId, status, assigneeId',
      feedback: 'id, &dedupeKey, batchId, receivedAt, [status+receivedAt]',
      themes: 'id, status, parentId',
      themeLinks: 'id, themeId, feedbackId, &[themeId+feedbackId]',
      importBatches: 'id, status, createdAt',
      mappingPresets: 'id, &headerSignature',
      tools: 'id, status, category, ownerId',
      metrics: 'id, status',
      metricPoints: 'id, [metricId+date]',
      settings: 'key',
      importChanges: 'id, batchId',
      savedViews: 'id',
      playbookDrafts: 'playbookId',
      searchIndex: 'key'
    })
    // Version 2 (the inbox and themes):
    // - feedback.mergedIntoId finds a row's merged evidence. Imported rows never carry it and
    //   IndexedDB skips records without the key, so this index costs an import nothing.
    // - feedbackHistory keeps what people changed, read per row in time order.
    // Sorting by revenue or rating and the other filters have no index on purpose: each one
    // would cost every imported row a write. The inbox reads them page by page instead.
    this.version(2).stores({
      feedback: 'id, &dedupeKey, batchId, receivedAt, [status+receivedAt], mergedIntoId',
      feedbackHistory: 'id, [feedbackId+at]'
    })
    // Version 3: each theme link carries a copy of its row's facts (date, customer, company,
    // revenue, rating), so a theme's numbers and its newest rows come from its links alone.
    // No index changes; existing links get their facts here.
    this.version(3)
      .stores({})
      .upgrade(async (tx) => {
        const links = tx.table<ThemeLink, string>('themeLinks')
        const feedback = tx.table<Feedback, string>('feedback')
        const all = await links.toArray()
        const rows = new Map((await feedback.bulkGet([...new Set(all.map((link) => link.feedbackId))])).flatMap((row) => (row ? [[row.id, row] as const] : [])))
        await links.bulkPut(all.map((link) => (rows.has(link.feedbackId) ? withFacts(link, rows.get(link.feedbackId) as Feedback) : link)))
      })
    // Version 4: counters, kept up to date by the writes. A new database starts at zero; an
    // existing one is counted here, once.
    this.version(4)
      .stores({ counters: 'key' })
      .upgrade(async (tx) => {
        await tx.table('counters').put({ key: STATUS_COUNTS_KEY, counts: await countStatusesInIndex(tx.table('feedback')) })
      })
    // Version 5: images of playbooks as blobs, and the record of each playbook import (its report and its undo).
    // Playbooks gain an optional `source` (tool, path, id), read in memory on import: no index.
    this.version(5).stores({ playbookImages: 'id, playbookId', playbookImports: 'id, createdAt' })
    this.on('populate', (tx) => {
      void tx.table('counters').add({ key: STATUS_COUNTS_KEY, counts: zeroStatusCounts() })
    })
  }
}

export const db = new OpsdeckDatabase()
