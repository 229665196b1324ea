import { Anchor, Badge, Group, Stack, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { toolReminder } from '@shared/domain/tools/reminder'
import { formatDay } from '@shared/format/day'
import { listTools } from '../../db/tools'
import { toHash } from '../../navigation/routes'
import { AllClear, DashboardCard } from '../../ui/DashboardCard'
import { daysLeftLabel } from './deadlineText'
import { todayIso } from './today'

const WINDOW_DAYS = 45

/** Notice deadlines of the next six weeks, soonest first; snoozed and dismissed ones stay quiet. */
export function UpcomingDeadlinesCard() {
  const tools = useLiveQuery(() => listTools(), []) ?? []
  const today = todayIso()
  const upcoming = tools
    .flatMap((tool) => {
      const reminder = toolReminder(tool, today)
      return reminder && !reminder.muted && reminder.daysLeft >= 0 && reminder.daysLeft <= WINDOW_DAYS ? [{ tool, reminder }] : []
    })
    .sort((a, b) => a.reminder.daysLeft - b.reminder.daysLeft)
  return (
    <DashboardCard title="Notice deadlines" href={toHash('tools')} linkLabel="All tools">
      {upcoming.length === 0 ? (
        <AllClear>No contract needs a decision in the next {WINDOW_DAYS} days.</AllClear>
      ) : (
        <Stack gap="xs">
          {upcoming.map(({ tool, reminder }) => (
            <Group key={tool.id} justify="space-between" wrap="nowrap">
              <Text size="sm">
                <Anchor href={toHash('tools', tool.id)} fw={500} size="sm">
                  {tool.name}
                </Anchor>{' '}
                {reminder.deadline.renews ? 'renews' : 'ends'} {formatDay(reminder.deadline.contractEnd)}
              </Text>
              <Badge color={reminder.daysLeft <= 14 ? 'red' : 'orange'} variant="light" style={{ flexShrink: 0 }}>
                {reminder.daysLeft === 0 ? 'Notice due today' : `${daysLeftLabel(reminder.daysLeft)} to give notice`}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </DashboardCard>
  )
}
