import type { WorkspaceHeader, WorkspacePart } from '@shared/workspaceFile'
import { getBridge } from '../../bridge'
import { snapshot, type JobProgress } from './backupJobs'

export const workspaceFileFilters = [{ name: 'Opsdeck workspace', extensions: ['opsdeck'] }]

const partLabel: Record<WorkspacePart, string> = { playbooks: 'playbooks', tools: 'tools', feedback: 'feedback', people: 'people', metrics: 'metrics' }

/** "Opsdeck workspace 2026-12-02 0640.opsdeck", in the user's local time: the name people see in their folder. */
export function workspaceFileName(header: Pick<WorkspaceHeader, 'createdAt' | 'parts'>): string {
  const at = new Date(header.createdAt)
  const pad = (value: number) => String(value).padStart(2, '0')
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}${pad(at.getMinutes())}`
  const what = header.parts === 'all' ? 'workspace' : header.parts.map((part) => partLabel[part]).join(' and ')
  return `Opsdeck ${what} ${stamp}.opsdeck`
}

/** Saves the workspace (or some parts) as a file the user chooses; the file's name, or undefined when cancelled. */
export async function exportWorkspaceToFile(options: { parts?: WorkspacePart[]; withFeedbackHistory?: boolean; onProgress?: JobProgress } = {}): Promise<string | undefined> {
  const { bytes, header } = await snapshot({ reason: 'export', ...options })
  const result = await getBridge().saveFile({ title: 'Export workspace', suggestedName: workspaceFileName(header), filters: workspaceFileFilters, data: bytes as Uint8Array<ArrayBuffer> })
  return result.saved ? result.name : undefined
}
