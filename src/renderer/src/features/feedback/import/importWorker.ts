import { createImportPipeline, type MappedFeedback, type RowError } from '@shared/csv'
import { classifyImportRows, finishImportBatch, rememberedMappings, writeImportRows, type BatchCounts } from '../../../db/feedbackImport'
import { db } from '../../../db/db'
import { CHUNK_BYTES, MAX_ERRORS_COLLECTED, importLockName, type ImportJobEvent, type ImportJobRequest, type ImportProgress } from './importProtocol'

/**
 * The import runs here, off the page: it reads the file through chunk requests,
 * decodes, parses, maps and writes to Dexie itself, one transaction per batch.
 */
const scope = self as unknown as {
  postMessage(event: ImportJobEvent): void
  onmessage: ((message: MessageEvent<ImportJobRequest>) => void) | null
}

const post = (event: ImportJobEvent) => scope.postMessage(event)

/** Two batches may be waiting on the database while the next is parsed; more would only hold memory. */
const MAX_BATCHES_IN_FLIGHT = 2

let pendingChunk: ((bytes: Uint8Array) => void) | undefined
let cancelled = false

function requestChunk(offset: number): Promise<Uint8Array> {
  return new Promise((resolve) => {
    pendingChunk = resolve
    post({ type: 'need-chunk', offset, length: CHUNK_BYTES })
  })
}

async function run(start: Extract<ImportJobRequest, { type: 'start' }>): Promise<void> {
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
  const presets = remember ? await db.mappingPresets.toArray() : []
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
    if (cancelled) break
    const bytes = await requestChunk(offset)
    if (bytes.length === 0) break
    offset += bytes.length
    await pipeline.feed(bytes)
    if (pipeline.progress.fatal) break
    const now = performance.now()
    if (now - lastProgress > 100) {
      lastProgress = now
      const progress: ImportProgress = { bytesRead: offset, rowsSeen: pipeline.progress.rowsSeen, counts: { ...counts } }
      post({ type: 'progress', progress })
    }
  }
  const summary = await pipeline.finish()
  await Promise.all(inFlight)
  if (start.mode === 'import' && start.batchId && !cancelled && !summary.fatal) await finishImportBatch(start.batchId, summary.rowsRejected)
  post({ type: 'done', summary, counts, allErrors, cancelled })
}

scope.onmessage = (message: MessageEvent<ImportJobRequest>) => {
  const request = message.data
  if (request.type === 'chunk') {
    const resolve = pendingChunk
    pendingChunk = undefined
    resolve?.(new Uint8Array(request.bytes))
  } else if (request.type === 'cancel') {
    cancelled = true
  } else {
    // The lock tells other windows this batch is alive, so their start-up recovery leaves it alone.
    const job = request.mode === 'import' && request.batchId ? navigator.locks.request(importLockName(request.batchId), () => run(request)) : run(request)
    job.catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }))
  }
}
