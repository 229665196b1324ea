import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState, useSyncExternalStore } from 'react'
import { statusCounts } from '../../../db/feedbackCounts'
import { importBatchesSignature } from '../../../db/feedbackImport'
import { searchFeedbackIds, searchStatus, subscribeSearchStatus, syncSearchIndex } from '../search/searchClient'

export interface FeedbackSearch {
  /** Ids matching the text, from the search index; undefined when there is no text or the index is not ready (then the inbox scans). */
  hits: readonly string[] | undefined
  state: 'idle' | 'searching' | 'ready' | 'building'
  /** While the index is being built: how far it is. */
  progress?: { indexed: number; total: number }
}

/** Tells the index to catch up whenever rows or imports change (not at every visit): a cheap signature, read from the kept counts. */
export function useSearchIndexSync(enabled = true): void {
  const signature = useLiveQuery(
    async () => (enabled ? `${(await statusCounts()).all}:${await importBatchesSignature()}` : undefined),
    [enabled]
  )
  useEffect(() => {
    if (signature !== undefined) syncSearchIndex(signature)
  }, [signature])
}

/** Free text through the search index, built and kept in a Web Worker. */
export function useFeedbackSearch(text: string | undefined): FeedbackSearch {
  const status = useSyncExternalStore(subscribeSearchStatus, searchStatus)
  const query = text?.trim() ?? ''
  const [result, setResult] = useState<{ key: string; query: string; ids: string[] }>()
  const key = `${query}\u0000${status.version}`
  useEffect(() => {
    if (!query || !status.ready) return
    let cancelled = false
    void searchFeedbackIds(query).then((ids) => {
      if (!cancelled) setResult({ key, query, ids })
    })
    return () => {
      cancelled = true
    }
  }, [query, status.ready, key])
  if (!query) return { hits: undefined, state: 'idle' }
  if (!status.ready) return { hits: undefined, state: 'building', progress: status.available ? { indexed: status.indexed, total: status.total } : undefined }
  // The index changed under the same query (new rows came in): keep the last hits until the new ones arrive.
  if (result?.key !== key) return result?.query === query ? { hits: result.ids, state: 'ready' } : { hits: undefined, state: 'searching' }
  return { hits: result.ids, state: 'ready' }
}
