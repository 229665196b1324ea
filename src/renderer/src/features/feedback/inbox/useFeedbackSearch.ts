export interface FeedbackSearch {
  /** Ids matching the text, from the search index; undefined when there is no text or the index is not ready (then the inbox scans). */
  hits: readonly string[] | undefined
  state: 'idle' | 'searching' | 'ready' | 'building'
}

/** Free text through the search index. */
export function useFeedbackSearch(text: string | undefined): FeedbackSearch {
  return { hits: undefined, state: text?.trim() ? 'building' : 'idle' }
}
