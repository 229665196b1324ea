import '@shared/zodJitless'
import { createDateOrder, type DateOrder } from '@shared/domain/feedback/dateOrder'
import { createFeedbackSearchIndex, importFeedbackSearchIndex, type FeedbackSearchIndex } from '@shared/domain/feedback/searchIndex'
import { allFeedbackIds, batchStates, feedbackByIds, loadSearchIndex, saveSearchIndex, updatedByBatch, type SearchIndexState } from '../../../db/searchIndexStore'
import { MAX_SEARCH_HITS, type SearchEvent, type SearchRequest } from './searchProtocol'

/**
 * The search index lives here, off the page: loaded from its saved chunks,
 * brought up to date with what changed since (new rows added, deleted rows
 * removed, rows a newer import updated re-indexed), saved again, and asked.
 */
const scope = self as unknown as { postMessage(event: SearchEvent): void; onmessage: ((message: MessageEvent<SearchRequest>) => void) | null }
const post = (event: SearchEvent) => scope.postMessage(event)

const CHUNK = 2_000
let index: FeedbackSearchIndex | undefined
/** Each indexed id's receivedAt: hits are sorted newest first here, so the inbox reads only a page of them. */
let indexed = new Map<string, string>()
let order: DateOrder | undefined
let orderVersion = -1
let batches: Record<string, string> = {}
let version = 0
let syncing: Promise<void> | undefined
let again = false

async function open(): Promise<void> {
  const saved = await loadSearchIndex()
  if (saved.state?.version === 2 && saved.chunks.length > 0) {
    const { ids, dates } = saved.state
    const imported = importFeedbackSearchIndex(saved.chunks)
    if (imported.ok) {
      index = imported.index
      indexed = new Map(ids.map((id, i) => [id, dates[i] ?? '']))
      batches = saved.state.batches
      return
    }
  }
  index = createFeedbackSearchIndex()
  indexed = new Map()
  batches = {}
}

async function sync(): Promise<void> {
  if (!index) await open()
  const search = index as FeedbackSearchIndex
  const [ids, states] = await Promise.all([allFeedbackIds(), batchStates()])
  // An undone import put older texts back on rows it had updated; only a rebuild knows which.
  const undone = Object.entries(states).some(([id, state]) => state.startsWith('undone') && batches[id] !== undefined && batches[id] !== state)
  if (undone) {
    index = createFeedbackSearchIndex()
    indexed = new Map()
  }
  const current = new Set(ids)
  const stale = [...indexed.keys()].filter((id) => !current.has(id))
  const fresh = ids.filter((id) => !indexed.has(id))
  const changedBatches = Object.entries(states).filter(([id, state]) => state.startsWith('completed') && batches[id] !== state && !undone)
  const updated = new Set<string>()
  for (const [batchId] of changedBatches) for (const id of await updatedByBatch(batchId)) if (indexed.has(id)) updated.add(id)

  const target = index as FeedbackSearchIndex
  for (const id of stale) {
    target.remove(id)
    indexed.delete(id)
  }
  const toIndex = [...fresh, ...updated]
  const total = toIndex.length
  for (let start = 0; start < toIndex.length; start += CHUNK) {
    for (const row of await feedbackByIds(toIndex.slice(start, start + CHUNK))) {
      target.add(row)
      indexed.set(row.id, row.receivedAt)
    }
    if (total > CHUNK) post({ type: 'status', ready: false, indexed: Math.min(total, start + CHUNK), total, version })
  }
  batches = states
  if (stale.length > 0 || total > 0 || undone || search !== target) {
    version++
    const state: SearchIndexState = { version: 2, ids: [...indexed.keys()], dates: [...indexed.values()], batches }
    await saveSearchIndex(target.export(), state)
  }
  if (order === undefined || orderVersion !== version) {
    // Worked out here, in the background, so the first search after an import does not pay for it.
    order = createDateOrder(indexed)
    orderVersion = version
  }
  post({ type: 'status', ready: true, indexed: indexed.size, total: indexed.size, version })
}

/** Hits newest first; the order is worked out again only after the rows changed. */
function newestFirst(ids: string[]): string[] {
  order ??= createDateOrder(indexed)
  return order.newestFirst(ids)
}

function requestSync(): void {
  if (syncing) {
    again = true
    return
  }
  syncing = sync()
    .catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }))
    .finally(() => {
      syncing = undefined
      if (again) {
        again = false
        requestSync()
      }
    })
}

scope.onmessage = (message) => {
  const request = message.data
  if (request.type === 'sync') return requestSync()
  const started = performance.now()
  const ids = index ? newestFirst(index.search(request.query, MAX_SEARCH_HITS)) : []
  post({ type: 'result', requestId: request.requestId, ids, ms: performance.now() - started })
}

requestSync()
