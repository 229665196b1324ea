import { create } from 'zustand'
import type { PreparedImport } from './prepareImport'

type Stage = { kind: 'idle' } | { kind: 'reading'; name: string; files: number } | { kind: 'preview'; prepared: PreparedImport } | { kind: 'writing'; prepared: PreparedImport } | { kind: 'failed'; message: string }

interface PlaybookImportState {
  stage: Stage
  set(stage: Stage): void
  reset(): void
}

/** Where the playbook import stands in this window: the plan is shown, never stored, until the user imports it. */
export const usePlaybookImport = create<PlaybookImportState>()((set) => ({
  stage: { kind: 'idle' },
  set: (stage) => set({ stage }),
  reset: () => set({ stage: { kind: 'idle' } })
}))
