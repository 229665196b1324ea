import { db } from './db'
import { inspectWorkspaceFile, restoreWorkspace, snapshotWorkspace, type InspectResult, type SnapshotOptions } from './workspaceSnapshot'
import { applyWorkspaceMerge, previewWorkspaceMerge, type MergePreview } from './workspaceMerge'
import type { ConflictChoice, WorkspaceHeader } from '@shared/workspaceFile'

/**
 * The workspace-file jobs on this app's database, for the backup worker. The functions they call take any Dexie
 * (tests pass their own); here they are bound to the one the app opens, so the worker never reaches for `db` itself.
 */
export const appWorkspace = {
  snapshot: (options: SnapshotOptions): Promise<{ bytes: Uint8Array; header: WorkspaceHeader }> => snapshotWorkspace(db, options),
  inspect: (bytes: Uint8Array, fileName: string): Promise<InspectResult> => inspectWorkspaceFile(db, bytes, fileName),
  restore: (bytes: Uint8Array, fileName: string, onProgress?: (done: number, total: number) => void): Promise<WorkspaceHeader> => restoreWorkspace(db, bytes, fileName, onProgress),
  mergePreview: (bytes: Uint8Array, fileName: string): Promise<MergePreview> => previewWorkspaceMerge(db, bytes, fileName),
  mergeApply: (bytes: Uint8Array, fileName: string, choices: Record<string, ConflictChoice>): Promise<number> => applyWorkspaceMerge(db, bytes, fileName, choices)
}
