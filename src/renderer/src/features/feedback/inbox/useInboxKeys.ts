import { useEffect, useRef } from 'react'
import type { InboxCommandId } from '@shared/commands'
import type { Feedback } from '@shared/domain/feedback/feedback'
import type { SuggestionModel } from '@shared/domain/feedback/suggestions'
import { archive, linkToTheme, setStatus } from '@shared/domain/feedback/triage'
import { listenToInboxCommands } from './inboxCommandBus'
import { triageTargets } from './inboxTargets'
import { inboxUiActions, useInboxUi } from './inboxUiStore'
import { notifySuccess } from '../../../ui/notify'
import { runTriage, undoLastTriage } from './triageActions'

export const INBOX_SEARCH_ID = 'inbox-search'

interface InboxKeyContext {
  rows: Feedback[]
  textHits: readonly string[] | undefined
  model: SuggestionModel | undefined
}

function neighbour(rows: Feedback[], id: string | undefined, step: number): string | undefined {
  if (rows.length === 0) return undefined
  const index = id ? rows.findIndex((row) => row.id === id) : -1
  if (index < 0) return rows[0]?.id
  return rows[Math.min(rows.length - 1, Math.max(0, index + step))]?.id
}

/** After a single row leaves the view (archived, reviewed), the keyboard lands on the next one. */
function moveOnFrom(rows: Feedback[], id: string): void {
  const index = rows.findIndex((row) => row.id === id)
  const next = rows[index + 1] ?? rows[index - 1]
  inboxUiActions.activate(next?.id)
}

/**
 * When the row the keyboard is on leaves the view (a bulk archive in the open work, a review under the New tab),
 * the keyboard goes on from where it was: the next row of the list as it was that is still in view.
 */
function useActiveRowFollowsTheList(rows: Feedback[]): void {
  const before = useRef<Feedback[]>([])
  useEffect(() => {
    // A list being read again is empty for a moment: nothing has left it.
    if (rows.length === 0) return
    const previous = before.current
    before.current = rows
    const { activeId } = useInboxUi.getState()
    if (!activeId || rows.some((row) => row.id === activeId)) return
    const index = previous.findIndex((row) => row.id === activeId)
    if (index < 0) return
    const inView = new Set(rows.map((row) => row.id))
    const next = previous.slice(index + 1).find((row) => inView.has(row.id)) ?? previous.slice(0, index).reverse().find((row) => inView.has(row.id))
    inboxUiActions.activate(next?.id)
  }, [rows])
}

/** The inbox's single-key triage: j/k move, x selects, r/e set status, t/l open pickers, a accepts, z undoes. */
export function useInboxKeys(context: InboxKeyContext): void {
  const latest = useRef(context)
  useEffect(() => {
    latest.current = context
  })
  useActiveRowFollowsTheList(context.rows)

  useEffect(() => {
    const run = async (id: InboxCommandId) => {
      const { rows, textHits, model } = latest.current
      const { activeId, selection, allMatching } = useInboxUi.getState()
      const single = selection.size === 0 && !allMatching
      switch (id) {
        case 'inbox.next':
        case 'inbox.previous':
          inboxUiActions.activate(neighbour(rows, activeId, id === 'inbox.next' ? 1 : -1))
          return
        case 'inbox.toggleSelect':
          if (activeId) inboxUiActions.toggleSelected(activeId)
          return
        case 'inbox.review':
        case 'inbox.archive': {
          // An archived row stays where it is when archived again: say so instead of moving on.
          if (id === 'inbox.archive' && single && rows.find((row) => row.id === activeId)?.status === 'archived') {
            notifySuccess('This item is already archived. Press r to put it back in the open work as reviewed.')
            return
          }
          const ids = await triageTargets(textHits)
          if (single && activeId) moveOnFrom(rows, activeId)
          await runTriage(ids, (found) => (id === 'inbox.archive' ? archive(found) : setStatus(found, { status: 'reviewed' })))
          if (!single) inboxUiActions.clearSelection()
          return
        }
        case 'inbox.tag':
          if (single && !activeId) return
          inboxUiActions.openPanel('tag')
          return
        case 'inbox.link':
          if (single && !activeId) return
          inboxUiActions.openPanel('link')
          return
        case 'inbox.acceptSuggestion': {
          const row = rows.find((candidate) => candidate.id === activeId)
          const best = row && model?.suggest(row, { limit: 1 })[0]
          if (!row || !best) return
          await runTriage([row.id], (found, links) => linkToTheme(found, { themeId: best.themeId, importance: 'important', links, themeName: best.themeName }))
          return
        }
        case 'inbox.undo':
          await undoLastTriage()
          return
        case 'inbox.search':
          document.getElementById(INBOX_SEARCH_ID)?.focus()
          return
      }
    }
    return listenToInboxCommands((id) => void run(id))
  }, [])
}
