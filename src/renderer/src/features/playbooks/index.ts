export { PlaybooksPage } from './PlaybooksPage'
export { openNewPlaybook } from './templates/openNewPlaybook'
export { importPlaybooks } from './io/importPlaybooks'
export { PlaybookReviewCard } from './PlaybookReviewCard'
