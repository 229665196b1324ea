import type { BackupReason, ConflictChoice, WorkspaceHeader, WorkspacePart } from '@shared/workspaceFile'
import type { MergePreview } from '../../db/workspaceMerge'
import { getBridge } from '../../bridge'
import type { BackupJobEvent, BackupJobRequest, BackupJobResult } from './backupProtocol'

export type JobProgress = (done: number, total: number) => void

/** One worker per job: a backup or a restore is rare, and a fresh worker frees its memory at the end. */
function runJob<T extends BackupJobResult['type']>(request: BackupJobRequest, onProgress?: JobProgress): Promise<Extract<BackupJobResult, { type: T }>> {
  const worker = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module', name: 'opsdeck-backup' })
  return new Promise<Extract<BackupJobResult, { type: T }>>((resolve, reject) => {
    worker.onerror = (event) => reject(new Error(event.message || 'The backup stopped unexpectedly'))
    worker.onmessage = (message: MessageEvent<BackupJobEvent>) => {
      const event = message.data
      if (event.type === 'progress') onProgress?.(event.done, event.total)
      else if (event.type === 'error') reject(new Error(event.message))
      else resolve(event.result as Extract<BackupJobResult, { type: T }>)
    }
    const transfer = 'bytes' in request ? [request.bytes.buffer as ArrayBuffer] : []
    worker.postMessage(request, transfer)
  }).finally(() => worker.terminate())
}

async function appVersion(): Promise<string> {
  return (await getBridge().getAppInfo()).version
}

export interface SnapshotRequest {
  reason: BackupReason
  parts?: WorkspacePart[]
  withFeedbackHistory?: boolean
  onProgress?: JobProgress
}

/** The workspace (or some of its parts) as a workspace file, made in the worker. */
export async function snapshot({ onProgress, ...options }: SnapshotRequest): Promise<{ bytes: Uint8Array; header: WorkspaceHeader }> {
  return runJob<'snapshot'>({ type: 'snapshot', appVersion: await appVersion(), createdAt: new Date().toISOString(), ...options }, onProgress)
}

/** Proves a file and counts the current workspace, changing nothing. The bytes are copied: the caller keeps its own. */
export function inspect(bytes: Uint8Array, fileName: string): Promise<Extract<BackupJobResult, { type: 'inspect' }>> {
  return runJob<'inspect'>({ type: 'inspect', bytes: bytes.slice(), fileName })
}

export async function restore(bytes: Uint8Array, fileName: string, onProgress?: JobProgress): Promise<WorkspaceHeader> {
  return (await runJob<'restore'>({ type: 'restore', bytes: bytes.slice(), fileName }, onProgress)).header
}

export async function previewMerge(bytes: Uint8Array, fileName: string): Promise<MergePreview> {
  return (await runJob<'merge-preview'>({ type: 'merge-preview', bytes: bytes.slice(), fileName })).preview
}

export async function applyMerge(bytes: Uint8Array, fileName: string, choices: Record<string, ConflictChoice>): Promise<number> {
  return (await runJob<'merge-apply'>({ type: 'merge-apply', bytes: bytes.slice(), fileName, choices })).written
}

/** A backup of the database as the previous version left it, when this version is about to upgrade it. */
export async function snapshotIfUpgrading(targetVersion: number): Promise<{ bytes: Uint8Array; header: WorkspaceHeader } | undefined> {
  return (await runJob<'before-upgrade'>({ type: 'before-upgrade', targetVersion, appVersion: await appVersion() })).snapshot
}
