import { create } from 'zustand'
import { emptyFilter, type PlaybookFilter } from './library/filterPlaybooks'

export const libraryTabs = ['library', 'review', 'runs'] as const
export type LibraryTab = (typeof libraryTabs)[number]

interface PlaybooksUiState {
  tab: LibraryTab
  filter: PlaybookFilter
  /** Who checks steps and marks reviews in this window, remembered until it closes. */
  actingPersonId?: string
}

interface PlaybooksUiActions {
  setTab(tab: LibraryTab): void
  setFilter(partial: Partial<PlaybookFilter>): void
  clearFilter(): void
  setActingPerson(personId: string | undefined): void
  reset(): void
}

const initialState: PlaybooksUiState = { tab: 'library', filter: emptyFilter }

/** UI state of the playbooks pages only; playbooks themselves are read from Dexie. */
export const usePlaybooksUi = create<PlaybooksUiState & PlaybooksUiActions>()((set) => ({
  ...initialState,
  setTab: (tab) => set({ tab }),
  setFilter: (partial) => set((state) => ({ filter: { ...state.filter, ...partial } })),
  clearFilter: () => set((state) => ({ filter: { ...emptyFilter, sort: state.filter.sort } })),
  setActingPerson: (actingPersonId) => set({ actingPersonId }),
  reset: () => set({ ...initialState, actingPersonId: undefined })
}))
