import { create } from 'zustand'
import { defaultInboxFilter, type FeedbackFilter } from '@shared/domain/feedback/feedbackFilters'
import type { TriageChanges } from '@shared/domain/feedback/triage'
import { newestFirst, type FeedbackSort, type FeedbackSortKey } from '../../../db/feedbackPages'
import { defaultColumnIds } from './inboxColumns'

export type InboxPanel = 'tag' | 'link' | 'columns' | 'save-view' | null

interface InboxUiState {
  filter: FeedbackFilter
  sort: FeedbackSort
  columns: string[]
  /** The row the keyboard is on (j/k); its detail is shown. */
  activeId?: string
  /** Rows chosen with x or a click on their checkbox. */
  selection: ReadonlySet<string>
  /** Bulk actions apply to every row of the current filter, not only the loaded ones. */
  allMatching: boolean
  /** The saved view the filter came from, while it is unchanged. */
  viewId?: string
  /** An inline panel of the inbox: tag, link to a theme, columns, save view. */
  panel: InboxPanel
  /** What triage did, newest last, for z. */
  undoStack: TriageChanges[]
}

const initialState: InboxUiState = { filter: defaultInboxFilter(), sort: newestFirst, columns: defaultColumnIds, selection: new Set(), allMatching: false, panel: null, undoStack: [] }

/** UI state of the inbox only; feedback, themes and saved views live in Dexie. */
export const useInboxUi = create<InboxUiState>(() => initialState)

const UNDO_DEPTH = 50

export const inboxUiActions = {
  /** A new filter is a new list: the keyboard starts again from its top. */
  setFilter(changes: Partial<FeedbackFilter>) {
    useInboxUi.setState((state) => ({ filter: { ...state.filter, ...changes }, viewId: undefined, selection: new Set(), allMatching: false, activeId: undefined }))
  },
  replaceFilter(filter: FeedbackFilter, viewId?: string, columns?: string[]) {
    useInboxUi.setState((state) => ({ filter, viewId, selection: new Set(), allMatching: false, activeId: undefined, columns: columns && columns.length > 0 ? columns : state.columns }))
  },
  /** Back to the default view: the open work. */
  clearFilter() {
    useInboxUi.setState({ filter: defaultInboxFilter(), viewId: undefined, selection: new Set(), allMatching: false, activeId: undefined })
  },
  sortBy(key: FeedbackSortKey) {
    useInboxUi.setState(({ sort }) => ({ sort: sort.key === key ? { key, direction: sort.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'desc' } }))
  },
  setColumns(columns: string[]) {
    useInboxUi.setState({ columns })
  },
  activate(id: string | undefined) {
    useInboxUi.setState({ activeId: id })
  },
  toggleSelected(id: string) {
    useInboxUi.setState(({ selection }) => {
      const next = new Set(selection)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return { selection: next, allMatching: false }
    })
  },
  selectOnly(ids: Iterable<string>) {
    useInboxUi.setState({ selection: new Set(ids), allMatching: false })
  },
  selectAllMatching() {
    useInboxUi.setState({ allMatching: true })
  },
  clearSelection() {
    useInboxUi.setState({ selection: new Set(), allMatching: false })
  },
  openPanel(panel: InboxPanel) {
    useInboxUi.setState({ panel })
  },
  pushUndo(changes: TriageChanges) {
    useInboxUi.setState(({ undoStack }) => ({ undoStack: [...undoStack, changes].slice(-UNDO_DEPTH) }))
  },
  popUndo(): TriageChanges | undefined {
    const { undoStack } = useInboxUi.getState()
    const last = undoStack[undoStack.length - 1]
    if (last) useInboxUi.setState({ undoStack: undoStack.slice(0, -1) })
    return last
  },
  reset() {
    useInboxUi.setState({ ...initialState, activeId: undefined, viewId: undefined, selection: new Set() })
  }
}
