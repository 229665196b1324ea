import { Badge, Group, Stack, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { daysBetween, localIsoDate } from '@shared/domain/tools/isoDate'
import { trackedDeadline } from '@shared/domain/tools/renewal'
import { listTools } from '../../db/tools'
import { toHash } from '../../navigation/routes'
import { AllClear, DashboardCard } from '../../ui/DashboardCard'

const WINDOW_DAYS = 45

/** Notice deadlines of the next six weeks, soonest first. */
export function UpcomingDeadlinesCard() {
  const tools = useLiveQuery(() => listTools(), []) ?? []
  const today = localIsoDate(new Date())
  const upcoming = tools
    .flatMap((tool) => {
      const deadline = trackedDeadline(tool, today)
      if (!deadline) return []
      const days = daysBetween(today, deadline.deadline)
      return days >= 0 && days <= WINDOW_DAYS ? [{ tool, deadline, days }] : []
    })
    .sort((a, b) => a.days - b.days)
  return (
    <DashboardCard title="Notice deadlines" href={toHash('tools')} linkLabel="All tools">
      {upcoming.length === 0 ? (
        <AllClear>No contract needs a decision in the next {WINDOW_DAYS} days.</AllClear>
      ) : (
        <Stack gap="xs">
          {upcoming.map(({ tool, deadline, days }) => (
            <Group key={tool.id} justify="space-between" wrap="nowrap">
              <Text size="sm">
                <Text span fw={500}>
                  {tool.name}
                </Text>{' '}
                {deadline.renews ? 'renews' : 'ends'} {deadline.contractEnd}
              </Text>
              <Badge color={days <= 14 ? 'red' : 'orange'} variant="light">
                {days === 0 ? 'notice due today' : `${days} days to give notice`}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </DashboardCard>
  )
}
