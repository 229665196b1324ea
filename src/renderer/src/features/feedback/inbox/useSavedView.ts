import { useEffect } from 'react'
import { parseFeedbackFilter } from '@shared/domain/feedback/feedbackFilterSchema'
import { savedViewsRepository } from '../../../db/savedViews'
import { inboxUiActions, useInboxUi } from './inboxUiStore'

/** Opening a saved view (from the navigation, or after a restart) puts its filters and columns in place. */
export function useSavedView(viewId: string | undefined): void {
  useEffect(() => {
    if (!viewId) {
      if (useInboxUi.getState().viewId) inboxUiActions.clearFilter()
      return
    }
    let cancelled = false
    void savedViewsRepository.get(viewId).then((view) => {
      if (cancelled || !view) return
      inboxUiActions.replaceFilter(parseFeedbackFilter(view.filters), view.id, view.columns)
    })
    return () => {
      cancelled = true
    }
  }, [viewId])
}
