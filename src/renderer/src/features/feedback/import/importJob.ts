import { createImportPipeline, type MappedFeedback, type RowError } from '@shared/csv'
import { classifyImportRows, finishImportBatch, listMappingPresets, rememberedMappings, writeImportRows, type BatchCounts } from '../../../db/feedbackImport'
import { MAX_ERRORS_COLLECTED, type ImportJobEvent, type ImportJobRequest, type ImportProgress } from './importProtocol'

export type ImportStart = Extract<ImportJobRequest, { type: 'start' }>
export type ImportDone = Extract<ImportJobEvent, { type: 'done' }>

export interface ImportJobIo {
  /** The next bytes of the file from `offset`; empty at the end. */
  read(offset: number): Promise<Uint8Array>
  cancelled(): boolean
  progress?(progress: ImportProgress): void
}

/** Two batches may be waiting on the database while the next is parsed; more would only hold memory. */
const MAX_BATCHES_IN_FLIGHT = 2

/**
 * One preview or import of a file, as the import worker runs it: reads the bytes, maps them (with the
 * last import's mapping of this layout, or a preset, unless told to map afresh) and classifies or writes
 * the rows, one transaction per batch. Plain code, so tests run it without a Worker.
 */
export async function runImportFile(start: ImportStart, io: ImportJobIo): Promise<ImportDone> {
  const counts: BatchCounts = { created: 0, updated: 0, unchanged: 0 }
  const allErrors: RowError[] = []
  let seq = 0
  const inFlight: Promise<void>[] = []
  const add = (added: BatchCounts) => {
    counts.created += added.created
    counts.updated += added.updated
    counts.unchanged += added.unchanged
  }
  const remember = start.mode === 'preview' && !start.ignoreRemembered
  const presets = remember ? await listMappingPresets() : []
  const remembered = remember ? await rememberedMappings() : []
  const pipeline = createImportPipeline({
    encoding: start.encoding,
    mapping: start.mapping,
    source: start.source,
    defaultTimeZone: start.defaultTimeZone,
    presets,
    remembered,
    // The preview reads the whole file even when the dates' day/month order is still open; the import stops instead.
    stopOnAmbiguousDates: start.mode === 'import',
    onError: (error) => {
      if (allErrors.length < MAX_ERRORS_COLLECTED) allErrors.push(error)
    },
    // Writes overlap with parsing: the next batch is parsed while IndexedDB commits this one.
    // Transactions on the same tables run in the order they were created, so each sees the one before.
    onBatch: (rows: MappedFeedback[]) => {
      const mapping = pipeline.mapping
      const write = start.mode === 'import' && start.batchId ? writeImportRows(start.batchId, seq++, rows, mapping) : classifyImportRows(rows, mapping)
      inFlight.push(write.then(add))
      return inFlight.length > MAX_BATCHES_IN_FLIGHT ? inFlight.shift() : undefined
    }
  })
  let offset = 0
  let lastProgress = 0
  for (;;) {
    if (io.cancelled()) break
    const bytes = await io.read(offset)
    if (bytes.length === 0) break
    offset += bytes.length
    await pipeline.feed(bytes)
    if (pipeline.progress.fatal) break
    const now = performance.now()
    if (io.progress && now - lastProgress > 100) {
      lastProgress = now
      io.progress({ bytesRead: offset, rowsSeen: pipeline.progress.rowsSeen, counts: { ...counts } })
    }
  }
  const summary = await pipeline.finish()
  await Promise.all(inFlight)
  const cancelled = io.cancelled()
  if (start.mode === 'import' && start.batchId && !cancelled && !summary.fatal) await finishImportBatch(start.batchId, summary.rowsRejected)
  return { type: 'done', summary, counts, allErrors, cancelled }
}
