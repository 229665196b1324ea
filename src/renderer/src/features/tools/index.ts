export { ToolsPage } from './ToolsPage'
export { openToolEditor } from './ToolForm'
export { UpcomingDeadlinesCard } from './UpcomingDeadlinesCard'
