import type { FeedbackField } from '@shared/csv'

export const fieldLabel: Record<FeedbackField, string> = {
  text: 'Feedback text',
  title: 'Title',
  receivedAt: 'Received at',
  customerName: 'Customer name',
  customerEmail: 'Customer email',
  company: 'Company',
  plan: 'Plan or segment',
  revenue: 'Revenue',
  rating: 'Rating or score',
  source: 'Source',
  externalId: 'External id',
  importedTags: 'Tags',
  url: 'Link',
  voterCount: 'Voters'
}
