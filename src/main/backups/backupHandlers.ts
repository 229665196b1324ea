import type { IpcMainInvokeEvent } from 'electron'
import type { BridgeHandlers } from '../ipc'
import { appendErrorLog, errorLogForReveal } from '../errorLog'
import { backupPathForReveal, listBackups, readBackupChunk, writeBackup } from './backupFolder'
import type { BackupLocationStore } from './backupLocation'

type BackupMethods =
  | 'writeBackup'
  | 'listBackups'
  | 'readBackupChunk'
  | 'showBackupInFolder'
  | 'getBackupLocation'
  | 'chooseBackupFolder'
  | 'useDefaultBackupFolder'
  | 'reconnectBackupFolder'
  | 'logError'
  | 'showErrorLog'

/**
 * The backup and error-log methods of the bridge; ipc.ts checks the sender and the arguments before any of these runs.
 * Each call asks the location for the folder, so a folder chosen in Settings takes effect with the next backup.
 */
export interface BackupHandlerDeps {
  location: BackupLocationStore
  reveal(path: string): void
  /** A folder dialog modal to the window that asked; undefined when cancelled. */
  chooseDirectory(event: IpcMainInvokeEvent): Promise<string | undefined>
  errorLogPath: string
}

export function createBackupHandlers({ location, reveal, chooseDirectory, errorLogPath }: BackupHandlerDeps): Pick<BridgeHandlers, BackupMethods> {
  return {
    writeBackup: async (args) => writeBackup(args, await location.folder()),
    listBackups: async () => listBackups(await location.folder()),
    readBackupChunk: async (args) => readBackupChunk(args, await location.folder()),
    showBackupInFolder: async ({ id }) => reveal(await backupPathForReveal(id, await location.folder())),
    getBackupLocation: () => location.describe(),
    chooseBackupFolder: (_args, event) => location.choose(() => chooseDirectory(event)),
    useDefaultBackupFolder: () => location.useDefault(),
    reconnectBackupFolder: () => location.reconnect(),
    logError: (args) => appendErrorLog(errorLogPath, args),
    showErrorLog: async () => reveal(await errorLogForReveal(errorLogPath))
  }
}
