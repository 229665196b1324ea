import type { DesktopBridge } from './bridge'

/**
 * The IPC channel names, apart from the schemas so that the sandboxed preload
 * can bundle them without zod. One channel per invoked method. `onCommand` is an event from main, not an invoke.
 */
export const bridgeChannels = {
  getAppInfo: 'opsdeck:get-app-info',
  openFiles: 'opsdeck:open-files',
  readFileChunk: 'opsdeck:read-file-chunk',
  closeFile: 'opsdeck:close-file',
  saveFile: 'opsdeck:save-file',
  showItemInFolder: 'opsdeck:show-item-in-folder',
  openExternal: 'opsdeck:open-external',
  showNotification: 'opsdeck:show-notification',
  savePdf: 'opsdeck:save-pdf',
  // Backups (issue 13)
  writeBackup: 'opsdeck:write-backup',
  listBackups: 'opsdeck:list-backups',
  readBackupChunk: 'opsdeck:read-backup-chunk',
  showBackupInFolder: 'opsdeck:show-backup-in-folder',
  getBackupLocation: 'opsdeck:get-backup-location',
  chooseBackupFolder: 'opsdeck:choose-backup-folder',
  useDefaultBackupFolder: 'opsdeck:use-default-backup-folder',
  reconnectBackupFolder: 'opsdeck:reconnect-backup-folder',
  logError: 'opsdeck:log-error',
  showErrorLog: 'opsdeck:show-error-log'
} as const satisfies Record<Exclude<keyof DesktopBridge, 'onCommand'>, string>

export const commandEventChannel = 'opsdeck:command'

