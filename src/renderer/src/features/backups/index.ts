export { exportWorkspaceToFile } from './exportWorkspace'
export { BackupsSection } from './BackupsSection'
export { backUpBeforeQuit, backUpNow, exportWorkspaceCommand, restoreFromFile, takeBackup } from './backupActions'
export { useAutomaticBackups } from './useAutomaticBackups'
