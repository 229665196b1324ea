import { join } from 'node:path'
import type { BridgeHandlers } from '../ipc'
import { appendErrorLog, errorLogForReveal } from '../errorLog'
import { backupPathForReveal, listBackups, readBackupChunk, writeBackup, type BackupFolder } from './backupFolder'

type BackupMethods = 'writeBackup' | 'listBackups' | 'readBackupChunk' | 'showBackupInFolder' | 'logError' | 'showErrorLog'

/** The backup and error-log methods of the bridge; ipc.ts checks the sender and the arguments before any of these runs. */
export function createBackupHandlers(folder: BackupFolder, reveal: (path: string) => void, errorLogPath = join(folder.directory, '..', 'logs', 'opsdeck.log')): Pick<BridgeHandlers, BackupMethods> {
  return {
    writeBackup: (args) => writeBackup(args, folder),
    listBackups: () => listBackups(folder),
    readBackupChunk: (args) => readBackupChunk(args, folder),
    showBackupInFolder: async ({ id }) => reveal(await backupPathForReveal(id, folder)),
    logError: (args) => appendErrorLog(errorLogPath, args),
    showErrorLog: async () => reveal(await errorLogForReveal(errorLogPath))
  }
}
