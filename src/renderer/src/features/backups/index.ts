export { exportWorkspaceToFile } from './exportWorkspace'
