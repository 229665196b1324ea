export type SearchRequest = { type: 'sync' } | { type: 'search'; requestId: number; query: string }

export type SearchEvent =
  | { type: 'status'; ready: boolean; indexed: number; total: number; version: number }
  | { type: 'result'; requestId: number; ids: string[]; ms: number }
  | { type: 'failed'; message: string }

/** Matches beyond this are not returned; the inbox says so rather than scan. */
export const MAX_SEARCH_HITS = 500_000
