import type { BridgeHandlers } from '../ipc'
import { backupPathForReveal, listBackups, readBackupChunk, writeBackup, type BackupFolder } from './backupFolder'

type BackupMethods = 'writeBackup' | 'listBackups' | 'readBackupChunk' | 'showBackupInFolder'

/** The backup methods of the bridge; ipc.ts checks the sender and the arguments before any of these runs. */
export function createBackupHandlers(folder: BackupFolder, reveal: (path: string) => void): Pick<BridgeHandlers, BackupMethods> {
  return {
    writeBackup: (args) => writeBackup(args, folder),
    listBackups: () => listBackups(folder),
    readBackupChunk: (args) => readBackupChunk(args, folder),
    showBackupInFolder: async ({ id }) => reveal(await backupPathForReveal(id, folder))
  }
}
