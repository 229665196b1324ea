import { create } from 'zustand'
import type { ToolStatus } from '@shared/domain/tools/tool'

export const toolsTabs = ['inventory', 'renewals', 'spend', 'attention'] as const
export type ToolsTab = (typeof toolsTabs)[number]

export type InventorySortKey = 'name' | 'cost' | 'deadline' | 'utilisation'
export type SortDirection = 'asc' | 'desc'

export interface InventorySort {
  key: InventorySortKey
  direction: SortDirection
}

/** The owner filter's value for tools nobody owns. */
export const NO_OWNER = '__no-owner__'

export interface InventoryFilters {
  text: string
  status: ToolStatus | null
  category: string | null
  team: string | null
  /** A person id, or NO_OWNER. */
  owner: string | null
}

interface ToolsUiState {
  tab: ToolsTab
  filters: InventoryFilters
  sort: InventorySort
}

const emptyFilters: InventoryFilters = { text: '', status: null, category: null, team: null, owner: null }

const initialState: ToolsUiState = { tab: 'inventory', filters: emptyFilters, sort: { key: 'name', direction: 'asc' } }

/** The direction a column sorts in when first chosen: the biggest cost first, the soonest deadline first. */
const firstDirection: Record<InventorySortKey, SortDirection> = { name: 'asc', cost: 'desc', deadline: 'asc', utilisation: 'asc' }

/** UI state of the Tools page only; the tools themselves live in Dexie. */
export const useToolsUi = create<ToolsUiState>(() => initialState)

export const toolsUiActions = {
  setTab(tab: ToolsTab) {
    useToolsUi.setState({ tab })
  },
  setFilter<K extends keyof InventoryFilters>(key: K, value: InventoryFilters[K]) {
    useToolsUi.setState((state) => ({ filters: { ...state.filters, [key]: value } }))
  },
  clearFilters() {
    useToolsUi.setState({ filters: emptyFilters })
  },
  /** The same column again flips the direction; another column starts in its natural direction. */
  sortBy(key: InventorySortKey) {
    useToolsUi.setState(({ sort }) => ({
      sort: sort.key === key ? { key, direction: sort.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: firstDirection[key] }
    }))
  },
  reset() {
    useToolsUi.setState(initialState)
  }
}

export const toolsUiSelectors = {
  hasFilters: (state: ToolsUiState): boolean => {
    const { text, status, category, team, owner } = state.filters
    return text.trim() !== '' || status !== null || category !== null || team !== null || owner !== null
  }
}
