import { create } from 'zustand'
import type { Mapping, TextEncoding } from '@shared/csv'
import type { FileSource } from '../../../bridge/fileSource'
import type { ImportJob, ImportJobResult } from './runImportJob'
import type { ImportProgress } from './importProtocol'

export type ImportStep = 'choose' | 'previewing' | 'preview' | 'importing' | 'done'

interface ImportUiState {
  step: ImportStep
  file?: FileSource
  /** The user's overrides; undefined means "as detected". */
  encoding?: TextEncoding
  mapping?: Mapping
  /** Map afresh instead of reusing the last import's mapping of this layout. */
  mapFresh?: boolean
  preview?: ImportJobResult
  progress?: ImportProgress
  startedAt?: number
  /** Time since the step started at the last progress report. */
  elapsedMs?: number
  job?: ImportJob
  result?: ImportJobResult & { batchId: string }
  error?: string
}

interface ImportUiActions {
  reset(): void
  set(partial: Partial<ImportUiState>): void
}

const initialState: ImportUiState = { step: 'choose' }

/** UI state of the import wizard only: the rows themselves never leave the worker and the database. */
export const useImportStore = create<ImportUiState & ImportUiActions>()((set, get) => ({
  ...initialState,
  reset: () => {
    get().file?.close()
    set({ ...initialState, file: undefined, encoding: undefined, mapping: undefined, mapFresh: undefined, preview: undefined, progress: undefined, job: undefined, result: undefined, error: undefined, startedAt: undefined, elapsedMs: undefined })
  },
  set: (partial) => set(partial)
}))
