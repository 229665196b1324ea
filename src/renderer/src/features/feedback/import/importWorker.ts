import '@shared/zodJitless'
import { CHUNK_BYTES, importLockName, type ImportJobEvent, type ImportJobRequest } from './importProtocol'
import { runImportFile, type ImportStart } from './importJob'
import { userMessageOf } from '@shared/storageErrors'

/**
 * The import runs here, off the page: it reads the file through chunk requests,
 * decodes, parses, maps and writes to Dexie itself, one transaction per batch.
 */
const scope = self as unknown as {
  postMessage(event: ImportJobEvent): void
  onmessage: ((message: MessageEvent<ImportJobRequest>) => void) | null
}

const post = (event: ImportJobEvent) => scope.postMessage(event)

let pendingChunk: ((bytes: Uint8Array) => void) | undefined
let cancelled = false

function requestChunk(offset: number): Promise<Uint8Array> {
  return new Promise((resolve) => {
    pendingChunk = resolve
    post({ type: 'need-chunk', offset, length: CHUNK_BYTES })
  })
}

async function run(start: ImportStart): Promise<void> {
  post(await runImportFile(start, { read: requestChunk, cancelled: () => cancelled, progress: (progress) => post({ type: 'progress', progress }) }))
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
    // A storage failure (disk full, connection closed) is said in words here: its DOMException does not cross postMessage as one.
    job.catch((error: unknown) => post({ type: 'failed', message: userMessageOf(error) }))
  }
}
