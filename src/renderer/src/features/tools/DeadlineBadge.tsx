import { Badge, Stack, Text, Tooltip } from '@mantine/core'
import { IconBellOff } from '@tabler/icons-react'
import type { ToolReminder } from '@shared/domain/tools/reminder'
import { formatDay } from '@shared/format/day'
import { fittingBadge } from './badgeFit'
import { daysLeftLabel, stageColor, stageLabel } from './deadlineText'

/** The notice deadline of a tool: days left as a badge, the date and reminder stage beneath. */
export function DeadlineBadge({ reminder }: { reminder?: ToolReminder }) {
  if (!reminder) {
    return (
      <Text size="sm" c="dimmed">
        No deadline
      </Text>
    )
  }
  const { deadline, daysLeft, stage, muted } = reminder
  const detail = deadline.renews ? `Renews ${formatDay(deadline.contractEnd)}; ${deadline.noticeDays} days' notice` : `Ends ${formatDay(deadline.contractEnd)}; no auto-renew, so no notice to give`
  return (
    <Tooltip label={detail} withArrow>
      <Stack gap={2} align="flex-start">
        <Badge variant="light" styles={fittingBadge} color={muted ? 'gray' : stageColor(stage)} leftSection={muted ? <IconBellOff size={12} aria-label={muted} /> : undefined}>
          {daysLeftLabel(daysLeft)}
        </Badge>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {deadline.renews ? '' : 'Term ends '}
          {formatDay(deadline.deadline)} · {muted === 'snoozed' ? 'Snoozed' : muted === 'dismissed' ? 'Dismissed' : stageLabel(stage)}
        </Text>
      </Stack>
    </Tooltip>
  )
}
