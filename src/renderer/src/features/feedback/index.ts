export { FeedbackPage } from './FeedbackPage'
export { openFeedbackEditor } from './FeedbackForm'
export { FeedbackInboxCard } from './FeedbackInboxCard'
