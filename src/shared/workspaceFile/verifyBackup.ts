import { readWorkspaceFile, type WorkspaceFileProblem } from './workspaceFile'
import type { WorkspaceHeader } from './header'

/**
 * Verification of a written backup: read back, checksum and counts compared. A backup is checked
 * against itself, not against the reader's schema: an older copy of Opsdeck may hold a newer backup.
 */
export async function verifyBackupBytes(bytes: Uint8Array, fileName: string): Promise<{ ok: true; header: WorkspaceHeader } | { ok: false; problem: WorkspaceFileProblem }> {
  const read = await readWorkspaceFile(bytes, { fileName, currentSchemaVersion: Number.MAX_SAFE_INTEGER })
  return read.ok ? { ok: true, header: read.header } : read
}
