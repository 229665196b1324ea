import type { BackupReason, ConflictChoice, WorkspaceHeader, WorkspacePart } from '@shared/workspaceFile'
import type { MergePreview } from '../../db/workspaceMerge'

export type BackupJobRequest =
  | { type: 'snapshot'; reason: BackupReason; appVersion: string; createdAt: string; parts?: WorkspacePart[]; withFeedbackHistory?: boolean }
  | { type: 'inspect'; bytes: Uint8Array; fileName: string }
  | { type: 'before-upgrade'; targetVersion: number; appVersion: string }
  | { type: 'restore'; bytes: Uint8Array; fileName: string }
  | { type: 'merge-preview'; bytes: Uint8Array; fileName: string }
  | { type: 'merge-apply'; bytes: Uint8Array; fileName: string; choices: Record<string, ConflictChoice> }

export type BackupJobResult =
  | { type: 'snapshot'; bytes: Uint8Array; header: WorkspaceHeader }
  | { type: 'inspect'; ok: true; header: WorkspaceHeader; current: Record<string, number> }
  | { type: 'inspect'; ok: false; message: string }
  | { type: 'restore'; header: WorkspaceHeader }
  | { type: 'before-upgrade'; snapshot: { bytes: Uint8Array; header: WorkspaceHeader } | undefined }
  | { type: 'merge-preview'; preview: MergePreview }
  | { type: 'merge-apply'; written: number }

export type BackupJobEvent = { type: 'progress'; done: number; total: number } | { type: 'result'; result: BackupJobResult } | { type: 'error'; message: string }
