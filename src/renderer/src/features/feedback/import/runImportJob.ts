import type { ImportSummary, Mapping, RowError, TextEncoding } from '@shared/csv'
import type { BatchCounts } from '../../../db/feedbackImport'
import type { FileSource } from '../../../bridge/fileSource'
import type { ImportJobEvent, ImportJobRequest, ImportProgress } from './importProtocol'

export interface ImportJobOptions {
  mode: 'preview' | 'import'
  batchId?: string
  encoding?: TextEncoding
  mapping?: Mapping
  source?: string
  defaultTimeZone?: string
  ignoreRemembered?: boolean
  onProgress?: (progress: ImportProgress) => void
}

export interface ImportJobResult {
  summary: ImportSummary
  counts: BatchCounts
  allErrors: RowError[]
  cancelled: boolean
}

export interface ImportJob {
  result: Promise<ImportJobResult>
  cancel(): void
}

/**
 * Starts the worker and feeds it the file as it asks for it, handing each
 * chunk over without a copy. The page does nothing heavier than a file read.
 */
export function runImportJob(file: FileSource, options: ImportJobOptions): ImportJob {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'opsdeck-import' })
  const send = (request: ImportJobRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer)
  const result = new Promise<ImportJobResult>((resolve, reject) => {
    worker.onerror = (event) => reject(new Error(event.message || 'The import stopped unexpectedly'))
    worker.onmessage = async (message: MessageEvent<ImportJobEvent>) => {
      const event = message.data
      if (event.type === 'need-chunk') {
        try {
          const bytes = await file.read(event.offset, event.length)
          const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer
          send({ type: 'chunk', bytes: buffer as ArrayBuffer }, [buffer as ArrayBuffer])
        } catch (error) {
          reject(new Error(`Could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}`))
        }
      } else if (event.type === 'progress') options.onProgress?.(event.progress)
      else if (event.type === 'done') resolve({ summary: event.summary, counts: event.counts, allErrors: event.allErrors, cancelled: event.cancelled })
      else reject(new Error(event.message))
    }
  }).finally(() => worker.terminate())
  send({
    type: 'start',
    mode: options.mode,
    fileName: file.name,
    fileSize: file.size,
    batchId: options.batchId,
    encoding: options.encoding,
    mapping: options.mapping,
    source: options.source,
    defaultTimeZone: options.defaultTimeZone,
    ignoreRemembered: options.ignoreRemembered
  })
  return { result, cancel: () => send({ type: 'cancel' }) }
}
