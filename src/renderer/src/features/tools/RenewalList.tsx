import { Badge, Box, Group, Paper, Text, UnstyledButton } from '@mantine/core'
import { fittingBadge } from './badgeFit'
import type { TimelineEntry } from '@shared/domain/tools/timeline'
import { formatDay } from '@shared/format/day'
import { formatMoney } from '@shared/format/money'
import { navigate } from '../../navigation/useRoute'
import { daysLeftLabel } from './deadlineText'
import type { InventoryRow } from './inventoryRows'

function dayColor(daysLeft: number): string {
  if (daysLeft < 0 || daysLeft <= 7) return 'red'
  if (daysLeft <= 30) return 'orange'
  if (daysLeft <= 90) return 'yellow'
  return 'gray'
}

/** Notice deadlines as a list: the day, the tool (opens it), what happens at the end of the term, and what it costs. */
export function RenewalList({ label, entries, rows, baseCurrency }: { label: string; entries: TimelineEntry[]; rows: ReadonlyMap<string, InventoryRow>; baseCurrency: string }) {
  return (
    <Box component="ul" aria-label={label} m={0} p={0} style={{ listStyle: 'none' }}>
      {entries.map(({ tool, deadline, daysLeft }) => {
        const row = rows.get(tool.id)
        const cost = row?.annualBase !== undefined ? formatMoney(Math.round(row.annualBase), baseCurrency) : row?.annual !== undefined ? formatMoney(Math.round(row.annual), tool.currency) : undefined
        return (
          <Paper component="li" key={`${tool.id}-${deadline.deadline}`} withBorder radius="md" px="md" py="xs" mb="xs">
            <Group justify="space-between" wrap="nowrap" gap="md">
              <Group gap="md" wrap="nowrap">
                <Text size="sm" fw={600} w={112} style={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
                  {formatDay(deadline.deadline)}
                </Text>
                <div>
                  <UnstyledButton onClick={() => navigate('tools', tool.id)}>
                    <Text size="sm" fw={600}>
                      {tool.name}
                    </Text>
                  </UnstyledButton>
                  <Text size="xs" c="dimmed">
                    {deadline.renews ? `Renews automatically after ${formatDay(deadline.contractEnd)}` : `Ends ${formatDay(deadline.contractEnd)} without renewing`} ·{' '}
                    {deadline.noticeDays} days' notice
                  </Text>
                </div>
              </Group>
              <Group gap="md" wrap="nowrap">
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {cost === undefined ? '' : `${cost} / yr`}
                </Text>
                <Badge variant="light" color={dayColor(daysLeft)} miw={130} styles={fittingBadge} style={{ flexShrink: 0 }}>
                  {daysLeftLabel(daysLeft)}
                </Badge>
              </Group>
            </Group>
          </Paper>
        )
      })}
    </Box>
  )
}
