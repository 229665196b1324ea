import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useState } from 'react'
import type { Feedback } from '@shared/domain/feedback/feedback'
import type { FeedbackFilter } from '@shared/domain/feedback/feedbackFilters'
import { countFeedback, FEEDBACK_PAGE_SIZE, readFeedbackRows, type FeedbackSort } from '../../../db/feedbackPages'
import { feedbackQueryFor } from '../../../db/feedbackQuery'

export interface InboxRows {
  rows: Feedback[]
  hasMore: boolean
  loading: boolean
  loadMore: () => void
}

/**
 * The inbox's rows: the first pages of the filter, read by key, growing as the
 * user scrolls, and read again by the live query whenever the data changes.
 */
export function useInboxRows(filter: FeedbackFilter, sort: FeedbackSort, textHits: readonly string[] | undefined, paused = false): InboxRows {
  const key = JSON.stringify([filter, sort, textHits?.length ?? -1, paused])
  const [limit, setLimit] = useState({ key, count: FEEDBACK_PAGE_SIZE })
  const count = limit.key === key ? limit.count : FEEDBACK_PAGE_SIZE
  const result = useLiveQuery(async () => {
    // The search index is answering: a scan now would be thrown away a moment later.
    if (paused) return undefined
    const query = await feedbackQueryFor(filter, textHits)
    return { key, count, ...(await readFeedbackRows(query, sort, count)) }
  }, [filter, sort, textHits, count, key, paused])
  const current = result?.key === key ? result : undefined
  // Until the new rows arrive, the old ones stay on screen: no flash of an empty table, and j/k keep working.
  const [shown, setShown] = useState<Feedback[]>([])
  if (current && current.rows !== shown) setShown(current.rows)
  const loaded = current?.rows.length ?? 0
  const loadMore = useCallback(() => {
    setLimit((previous) => {
      const base = previous.key === key ? previous.count : FEEDBACK_PAGE_SIZE
      // Only ask for the next page once the last one has arrived.
      return loaded >= base ? { key, count: base + FEEDBACK_PAGE_SIZE } : previous.key === key ? previous : { key, count: base }
    })
  }, [key, loaded])
  return { rows: current?.rows ?? shown, hasMore: current?.hasMore ?? false, loading: !current || current.count !== count, loadMore }
}

/** How many rows match, counted apart from the rows so the first page never waits for it. Undefined while counting. */
export function useInboxCount(filter: FeedbackFilter, textHits: readonly string[] | undefined, paused = false): number | undefined {
  const key = JSON.stringify([filter, textHits?.length ?? -1, paused])
  const result = useLiveQuery(async () => (paused ? undefined : { key, total: await countFeedback(await feedbackQueryFor(filter, textHits)) }), [filter, textHits, key, paused])
  return result?.key === key ? result.total : undefined
}
