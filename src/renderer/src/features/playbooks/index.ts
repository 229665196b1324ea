export { PlaybooksPage } from './PlaybooksPage'
export { openNewPlaybook } from './templates/openNewPlaybook'
export { importPlaybooks } from './import/startImport'
export { PlaybookReviewCard } from './PlaybookReviewCard'
