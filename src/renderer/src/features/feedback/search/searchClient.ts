import type { SearchEvent, SearchRequest } from './searchProtocol'

export interface SearchStatus {
  ready: boolean
  indexed: number
  total: number
  /** Grows each time the index changes, so searches are asked again. */
  version: number
  /** False where there are no Web Workers (component tests): the inbox then scans. */
  available: boolean
}

type Listener = (status: SearchStatus) => void

let worker: Worker | undefined
let status: SearchStatus = { ready: false, indexed: 0, total: 0, version: 0, available: typeof Worker !== 'undefined' }
const listeners = new Set<Listener>()
const pending = new Map<number, (ids: string[]) => void>()
let nextRequest = 1
/** How long the last searches took inside the worker, for the benchmark. */
export const searchTimings: number[] = []

function setStatus(next: SearchStatus): void {
  status = next
  for (const listener of listeners) listener(status)
}

function start(): Worker | undefined {
  if (worker || !status.available) return worker
  worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module', name: 'opsdeck-search' })
  worker.onmessage = (message: MessageEvent<SearchEvent>) => {
    const event = message.data
    if (event.type === 'status') setStatus({ ...status, ready: event.ready, indexed: event.indexed, total: event.total, version: event.version })
    else if (event.type === 'result') {
      searchTimings.push(event.ms)
      if (searchTimings.length > 1000) searchTimings.shift()
      pending.get(event.requestId)?.(event.ids)
      pending.delete(event.requestId)
    } else {
      console.warn(`Search index: ${event.message}. Free text falls back to a scan.`)
      setStatus({ ...status, ready: false, available: false })
    }
  }
  worker.onerror = () => setStatus({ ...status, ready: false, available: false })
  return worker
}

const send = (request: SearchRequest) => start()?.postMessage(request)

let syncedSignature: string | undefined

/**
 * The index catches up with the database: new, deleted and re-imported rows.
 * Catching up reads every row's key (seconds at a million rows), so with a
 * `signature` of the data (row count, import states) it is asked only when that changed.
 */
export function syncSearchIndex(signature?: string): void {
  if (signature !== undefined && signature === syncedSignature) return
  syncedSignature = signature
  send({ type: 'sync' })
}

export function searchStatus(): SearchStatus {
  start()
  return status
}

export function subscribeSearchStatus(listener: Listener): () => void {
  start()
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Ids matching every word of `query` (by prefix), from the index in the worker. */
export function searchFeedbackIds(query: string): Promise<string[]> {
  const w = start()
  if (!w) return Promise.resolve([])
  const requestId = nextRequest++
  return new Promise((resolve) => {
    pending.set(requestId, resolve)
    w.postMessage({ type: 'search', requestId, query } satisfies SearchRequest)
  })
}
