import { Paper, SimpleGrid, Text } from '@mantine/core'
import type { ThemeStats } from '@shared/domain/feedback/themeStats'
import { formatCount, formatMoney } from '@shared/format/money'
import { feedbackDateExact, feedbackDateLabel } from '@shared/format/feedbackDate'
import { TrendText } from './ThemeRankingTable'

function Stat({ label, children, hint }: { label: string; children: React.ReactNode; hint?: string }) {
  return (
    <Paper withBorder p="sm" radius="md" role="group" aria-label={label}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="lg" fw={700}>
        {children}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  )
}

/** The live numbers of a theme, each counted as the scoring counts it. */
export function ThemeStatsGrid({ stats }: { stats: ThemeStats }) {
  const now = new Date()
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      <Stat label="Feedback" hint={stats.mergedCount > 0 ? `${formatCount(stats.mergedCount)} merged duplicates, each customer once` : 'each customer once per item'}>
        {formatCount(stats.feedbackCount)}
      </Stat>
      <Stat label="Unique customers" hint={stats.anonymousCustomers > 0 ? `${formatCount(stats.anonymousCustomers)} anonymous` : undefined}>
        {formatCount(stats.uniqueCustomers)}
      </Stat>
      <Stat label="Unique companies">{formatCount(stats.uniqueCompanies)}</Stat>
      <Stat label="Revenue (MRR)" hint={stats.companiesWithoutRevenue > 0 ? `${formatCount(stats.companiesWithoutRevenue)} companies without revenue` : 'each company once, latest MRR'}>
        {stats.currency ? formatMoney(stats.revenue, stats.currency) : formatCount(stats.revenue)}
      </Stat>
      <Stat label="Average rating" hint={stats.ratingCount > 0 ? `from ${formatCount(stats.ratingCount)} ratings` : undefined}>
        {stats.averageRating !== undefined ? stats.averageRating.toFixed(1) : '—'}
      </Stat>
      <Stat label="Trend">
        <TrendText trend={stats.trend} />
      </Stat>
      <Stat label="First seen" hint={stats.firstSeenAt ? feedbackDateExact({ receivedAt: stats.firstSeenAt, receivedDate: stats.firstSeenDate }) : undefined}>
        {stats.firstSeenAt ? feedbackDateLabel({ receivedAt: stats.firstSeenAt, receivedDate: stats.firstSeenDate }, now) : '—'}
      </Stat>
      <Stat label="Last seen" hint={stats.lastSeenAt ? feedbackDateExact({ receivedAt: stats.lastSeenAt, receivedDate: stats.lastSeenDate }) : undefined}>
        {stats.lastSeenAt ? feedbackDateLabel({ receivedAt: stats.lastSeenAt, receivedDate: stats.lastSeenDate }, now) : '—'}
      </Stat>
    </SimpleGrid>
  )
}
