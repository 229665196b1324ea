import { SimpleGrid } from '@mantine/core'
import { FeedbackInboxCard } from '../feedback'
import { MetricsAttentionCard } from '../metrics'
import { PlaybookReviewCard } from '../playbooks'
import { UpcomingDeadlinesCard } from '../tools'
import { CardBoundary } from '../../ui/CardBoundary'
import { BackupHealthAlert } from '../backups'
import { PageHeader } from '../../ui/PageHeader'

/** What needs attention this week, composed from each feature's own card. */
export function DashboardPage() {
  return (
    <>
      <PageHeader title="Dashboard" description="What needs your attention this week across feedback, playbooks, tools and metrics." />
      <CardBoundary title="Backups">
        <BackupHealthAlert />
      </CardBoundary>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <CardBoundary title="Notice deadlines">
          <UpcomingDeadlinesCard />
        </CardBoundary>
        <CardBoundary title="Feedback">
          <FeedbackInboxCard />
        </CardBoundary>
        <CardBoundary title="Playbooks">
          <PlaybookReviewCard />
        </CardBoundary>
        <CardBoundary title="Metrics">
          <MetricsAttentionCard />
        </CardBoundary>
      </SimpleGrid>
    </>
  )
}
