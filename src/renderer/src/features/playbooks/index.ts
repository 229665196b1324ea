export { PlaybooksPage } from './PlaybooksPage'
export { openNewPlaybook } from './NewPlaybookForm'
export { PlaybookReviewCard } from './PlaybookReviewCard'
