import type { FeedbackFilter } from '@shared/domain/feedback/feedbackFilters'
import { matchingFeedbackIds } from '../../../db/feedbackPages'
import { feedbackQueryFor } from '../../../db/feedbackQuery'
import { useInboxUi } from './inboxUiStore'

/**
 * What a triage key acts on: every row of the filter when the user chose so,
 * else the selection, else the row the keyboard is on.
 */
export async function triageTargets(textHits: readonly string[] | undefined): Promise<string[]> {
  const { allMatching, selection, activeId, filter } = useInboxUi.getState()
  if (allMatching) return matchingIds(filter, textHits)
  if (selection.size > 0) return [...selection]
  return activeId ? [activeId] : []
}

export async function matchingIds(filter: FeedbackFilter, textHits: readonly string[] | undefined): Promise<string[]> {
  return matchingFeedbackIds(await feedbackQueryFor(filter, textHits))
}
