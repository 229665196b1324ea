// The bench harness: the real import pipeline, worker and database schema, driven by scripts/bench.mjs.
import { Dexie, type EntityTable } from 'dexie'
import { createImportPipeline, type MappedFeedback } from '@shared/csv'
import type { Feedback } from '@shared/domain/feedback/feedback'
import { db } from '../../src/renderer/src/db/db'
import { startImportBatch } from '../../src/renderer/src/db/feedbackImport'
import { clock } from '../../src/renderer/src/db/stamp'
import { fileSourceFromFile } from '../../src/renderer/src/bridge/fileSource'
import { runImportJob } from '../../src/renderer/src/features/feedback/import/runImportJob'
import { inboxTimings } from './inboxBench'
import { mountApp, openInboxMs, scrollInbox } from './uiBench'
import { backupTimings } from './backupBench'

const CHUNK = 1024 * 1024

function chosenFile(): File {
  const file = (document.getElementById('file') as HTMLInputElement).files?.[0]
  if (!file) throw new Error('No file chosen')
  return file
}

async function streamFile(file: File, feed: (bytes: Uint8Array) => Promise<void>): Promise<void> {
  for (let offset = 0; offset < file.size; offset += CHUNK) await feed(new Uint8Array(await file.slice(offset, offset + CHUNK).arrayBuffer()))
}

/** The very records an import writes (same id scheme, same batch fields), so the comparison is fair. */
function toRecord(row: MappedFeedback, batchId: string): Feedback {
  const now = new Date().toISOString()
  return { ...row, id: clock.newId(), status: 'new', tags: [], themeIds: [], notes: '', batchId, lastBatchId: batchId, createdAt: now, updatedAt: now }
}

/** Every filterable field indexed: what a first schema would do, and what the bench compares against. */
class NaiveDatabase extends Dexie {
  feedback!: EntityTable<Feedback, 'id'>
  constructor() {
    super('opsdeck-bench-naive')
    this.version(1).stores({
      feedback: 'id, &dedupeKey, batchId, receivedAt, status, source, company, plan, rating, revenue, customerEmail, customerName, *tags, *importedTags, *themeIds, [status+receivedAt]'
    })
  }
}

/** Parses, maps and writes rows with bulkAdd, timing only the database writes: the storage limit. */
async function timedBulkAdd(table: () => EntityTable<Feedback, 'id'>, database: Dexie): Promise<{ rows: number; writeMs: number }> {
  let rows = 0
  let writeMs = 0
  const batchId = clock.newId()
  const pipeline = createImportPipeline({
    onBatch: async (batch) => {
      rows += batch.length
      const records = batch.map((row) => toRecord(row, batchId))
      const started = performance.now()
      await database.transaction('rw', table(), () => table().bulkAdd(records))
      writeMs += performance.now() - started
    }
  })
  await streamFile(chosenFile(), (bytes) => pipeline.feed(bytes))
  await pipeline.finish()
  return { rows, writeMs }
}

let longestTask = 0
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration)
}).observe({ type: 'longtask', buffered: false })

const bench = {
  async reset(): Promise<void> {
    db.close()
    await Dexie.delete('opsdeck')
    await Dexie.delete('opsdeck-bench-naive')
    await db.open()
  },
  async parseOnly(): Promise<{ rows: number; ms: number }> {
    const started = performance.now()
    const pipeline = createImportPipeline({ dryRun: true })
    await streamFile(chosenFile(), (bytes) => pipeline.feed(bytes))
    const summary = await pipeline.finish()
    return { rows: summary.itemsEmitted, ms: performance.now() - started }
  },
  rawBulkAdd: () => timedBulkAdd(() => db.feedback, db),
  async naiveBulkAdd() {
    const naive = new NaiveDatabase()
    try {
      return await timedBulkAdd(() => naive.feedback, naive)
    } finally {
      naive.close()
    }
  },
  async importFile(): Promise<{ rows: number; ms: number; longestTaskMs: number }> {
    const file = fileSourceFromFile(chosenFile())
    longestTask = 0
    const started = performance.now()
    const batch = await startImportBatch({ id: crypto.randomUUID(), fileName: file.name, fileSize: file.size, source: 'zendesk', encoding: 'utf-8', delimiter: ',', mapping: {} })
    const result = await runImportJob(file, { mode: 'import', batchId: batch.id }).result
    const ms = performance.now() - started
    return { rows: result.counts.created + result.counts.updated + result.counts.unchanged, ms, longestTaskMs: longestTask }
  },
  /** Imports the file, then times the inbox, the search index and a theme on that database. */
  async inbox() {
    await bench.importFile()
    return inboxTimings()
  },
  /** Imports the file, then backs the workspace up and restores it (bench --backup). */
  async backup() {
    await bench.importFile()
    return backupTimings(() => ({ reset: () => (longestTask = 0), longest: () => longestTask }))
  },
  mountApp,
  openInboxMs,
  scrollInbox
}

;(window as unknown as { opsdeckBench: typeof bench }).opsdeckBench = bench
document.title = 'ready'
