export { ToolsImportPage } from './ToolsImportPage'
