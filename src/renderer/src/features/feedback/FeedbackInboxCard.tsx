import { Group, Stack, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { formatCount } from '@shared/format/money'
import { statusCounts } from '../../db/feedbackCounts'
import { topLinkedThemes } from '../../db/themes'
import { toHash } from '../../navigation/routes'
import { AllClear, DashboardCard } from '../../ui/DashboardCard'

/** How much feedback waits for triage, and the themes customers raise most. */
export function FeedbackInboxCard() {
  const untriaged = useLiveQuery(() => statusCounts().then((counts) => counts.new), [])
  const topThemes = useLiveQuery(() => topLinkedThemes(3), [])
  return (
    <DashboardCard title="Feedback" href={toHash('feedback')} linkLabel="Open inbox">
      <Stack gap="xs">
        <Text size="sm">
          <Text span fw={700}>
            {formatCount(untriaged ?? 0)}
          </Text>{' '}
          {untriaged === 1 ? 'item waits' : 'items wait'} for triage
        </Text>
        {topThemes?.length ? (
          topThemes.map(({ theme, count }) => (
            <Group key={theme.id} justify="space-between" wrap="nowrap">
              <Text size="sm">{theme.name}</Text>
              <Text size="sm" c="dimmed">
                {count} linked
              </Text>
            </Group>
          ))
        ) : (
          <AllClear>No themes yet.</AllClear>
        )}
      </Stack>
    </DashboardCard>
  )
}
