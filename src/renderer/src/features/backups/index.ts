export { exportWorkspaceToFile } from './exportWorkspace'
export { BackupsSection } from './BackupsSection'
export { takeBackup } from './backupActions'
export { useAutomaticBackups } from './useAutomaticBackups'
