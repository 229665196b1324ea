import type { PlaybookDoc } from './doc'

/**
 * What the editor holds and has not saved yet, written every few seconds so a
 * crash or a killed window loses nothing: restored on the next start.
 */
export interface PlaybookDraft {
  playbookId: string
  title: string
  content: PlaybookDoc
  /** The playbook revision the edit started from, to spot a conflicting writer. */
  baseRevision: number
  /** ISO timestamp. */
  savedAt: string
}
