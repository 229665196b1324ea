import { Alert, Group, Stack, Switch, Text, Timeline, Title } from '@mantine/core'
import { IconAlertTriangle, IconCalendarEvent, IconCalendarOff } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { renewalTimeline } from '@shared/domain/tools/timeline'
import { formatMonth } from '@shared/format/day'
import { formatCount } from '@shared/format/money'
import { TeachingEmptyState } from '../../ui/TeachingEmptyState'
import { RenewalList } from './RenewalList'
import type { Inventory } from './useInventory'

/** The next twelve months of notice deadlines, grouped by month, with the overdue ones first. */
export function RenewalsTab({ inventory }: { inventory: Inventory }) {
  const { tools, context, settings } = inventory
  const timeline = useMemo(() => renewalTimeline(tools, context.today, 12), [tools, context.today])
  const rows = useMemo(() => new Map(inventory.rows.map((row) => [row.tool.id, row])), [inventory.rows])
  const upcoming = timeline.months.reduce((sum, month) => sum + month.entries.length, 0)
  const [showEmpty, setShowEmpty] = useState(false)
  const emptyMonths = timeline.months.filter((month) => month.entries.length === 0).length
  const months = showEmpty ? timeline.months : timeline.months.filter((month) => month.entries.length > 0)

  if (upcoming === 0 && timeline.overdue.length === 0) {
    return (
      <TeachingEmptyState
        icon={<IconCalendarOff size={28} />}
        title="No notice deadlines in the next 12 months"
        description="Give a tool its contract end date and notice period, and the last day to cancel before it renews appears here, month by month."
        actions={null}
      />
    )
  }
  const listProps = { rows, baseCurrency: settings.baseCurrency }
  return (
    <Stack gap="lg" maw={980}>
      {timeline.overdue.length > 0 && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title={`Overdue: ${formatCount(timeline.overdue.length)} notice ${timeline.overdue.length === 1 ? 'deadline' : 'deadlines'} passed`}>
          <Text size="sm" mb="sm">
            The last day to give notice has passed, but these contracts have not renewed yet. Talk to the vendor now; many accept a late cancellation.
          </Text>
          <RenewalList label="Overdue notice deadlines" entries={timeline.overdue} {...listProps} />
        </Alert>
      )}
      <section aria-labelledby="renewals-heading">
        <Title order={2} size="h4" id="renewals-heading" mb={4}>
          Next 12 months
        </Title>
        <Group justify="space-between" mb="md" gap="xs">
          <Text size="sm" c="dimmed">
            {formatCount(upcoming)} notice {upcoming === 1 ? 'deadline' : 'deadlines'}; an auto-renewing monthly tool appears once per term.
          </Text>
          {emptyMonths > 0 && <Switch size="sm" label={`Show ${formatCount(emptyMonths)} empty ${emptyMonths === 1 ? 'month' : 'months'}`} checked={showEmpty} onChange={(event) => setShowEmpty(event.currentTarget.checked)} />}
        </Group>
        <Timeline bulletSize={28} lineWidth={2} active={-1}>
          {months.map(({ month, entries }) => (
            <Timeline.Item
              key={month}
              bullet={<IconCalendarEvent size={14} aria-hidden />}
              lineVariant={entries.length > 0 ? 'solid' : 'dashed'}
              title={
                <Text fw={600} size="sm" c={entries.length > 0 ? undefined : 'dimmed'}>
                  {formatMonth(month)}
                  {entries.length > 0 && ` · ${formatCount(entries.length)}`}
                </Text>
              }
            >
              {entries.length > 0 ? (
                <RenewalList label={`Notice deadlines in ${formatMonth(month)}`} entries={entries} {...listProps} />
              ) : (
                <Text size="xs" c="dimmed">
                  Nothing due
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      </section>
    </Stack>
  )
}
