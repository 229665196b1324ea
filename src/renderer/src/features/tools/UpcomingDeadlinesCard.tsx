import { Anchor, Badge, Group, Stack, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { toolReminder } from '@shared/domain/tools/reminder'
import { overdueNotices } from '@shared/domain/tools/renewalDecision'
import { formatDay } from '@shared/format/day'
import { formatMoney } from '@shared/format/money'
import { listTools } from '../../db/tools'
import { toHash } from '../../navigation/routes'
import { AllClear, DashboardCard } from '../../ui/DashboardCard'
import { daysLeftLabel } from './deadlineText'
import { todayIso } from './today'

const WINDOW_DAYS = 45

/**
 * Overdue notice deadlines first (the renewal is still ahead and nobody has decided), with what is at stake;
 * then notice deadlines of the next six weeks, soonest first, where snoozed and dismissed ones stay quiet.
 */
export function UpcomingDeadlinesCard() {
  const tools = useLiveQuery(() => listTools(), []) ?? []
  const today = todayIso()
  const overdue = overdueNotices(tools, today)
  const upcoming = tools
    .flatMap((tool) => {
      const reminder = toolReminder(tool, today)
      return reminder && !reminder.muted && reminder.daysLeft >= 0 && reminder.daysLeft <= WINDOW_DAYS ? [{ tool, reminder }] : []
    })
    .sort((a, b) => a.reminder.daysLeft - b.reminder.daysLeft)
  return (
    <DashboardCard title="Notice deadlines" href={toHash('tools')} linkLabel="All tools">
      {overdue.length > 0 && (
        <Stack gap="xs" mb={upcoming.length > 0 ? 'xs' : 0} role="list" aria-label="Overdue notice deadlines">
          {overdue.map(({ tool, contractEnd, daysOverdue, atStake }) => (
            <Group key={tool.id} justify="space-between" wrap="wrap" gap={4} role="listitem" aria-label={`${tool.name}: notice ${daysLeftLabel(-daysOverdue)}`}>
              <Text size="sm">
                <Anchor href={toHash('tools', tool.id)} fw={600} size="sm">
                  {tool.name}
                </Anchor>{' '}
                renews {formatDay(contractEnd)}
                {atStake !== undefined && (
                  <Text span size="sm" c="red" fw={600}>
                    {' '}
                    · {formatMoney(atStake, tool.currency)} at stake
                  </Text>
                )}
              </Text>
              <Badge color="red" variant="filled" style={{ flexShrink: 0 }}>
                Notice {daysLeftLabel(-daysOverdue)}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
      {overdue.length > 0 && upcoming.length === 0 ? null : upcoming.length === 0 ? (
        <AllClear>No contract needs a decision in the next {WINDOW_DAYS} days.</AllClear>
      ) : (
        <Stack gap="xs">
          {upcoming.map(({ tool, reminder }) => (
            <Group key={tool.id} justify="space-between" wrap="wrap" gap={4}>
              <Text size="sm">
                <Anchor href={toHash('tools', tool.id)} fw={500} size="sm">
                  {tool.name}
                </Anchor>{' '}
                {reminder.deadline.renews ? 'renews' : 'ends'} {formatDay(reminder.deadline.contractEnd)}
              </Text>
              <Badge color={reminder.daysLeft <= 14 ? 'red' : 'orange'} variant="light" style={{ flexShrink: 0 }}>
                {!reminder.deadline.renews ? `Term ends · ${daysLeftLabel(reminder.daysLeft)}` : reminder.daysLeft === 0 ? 'Notice due today' : `${daysLeftLabel(reminder.daysLeft)} to give notice`}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </DashboardCard>
  )
}
