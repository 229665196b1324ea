import { Paper, SimpleGrid, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { costPerUsedSeat, unusedSeatCost } from '@shared/domain/tools/cost'
import { formatDay } from '@shared/format/day'
import { formatCount, formatMoney, formatPercent } from '@shared/format/money'
import { daysLeftLabel, stageLabel } from './deadlineText'
import type { InventoryRow } from './inventoryRows'

function Figure({ label, value, hint }: { label: string; value: ReactNode; hint?: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="lg" fw={600} mt={2}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  )
}

const money = (amount: number | undefined, currency: string) => (amount === undefined ? '—' : formatMoney(Math.round(amount * 100) / 100, currency))

/** What Opsdeck works out from the tool's fields. */
export function ToolFigures({ row, baseCurrency }: { row: InventoryRow; baseCurrency: string }) {
  const { tool, reminder } = row
  const inBase = row.annualBase !== undefined && tool.currency.toUpperCase() !== baseCurrency.toUpperCase() ? `≈ ${money(row.annualBase, baseCurrency)}` : undefined
  const muted = reminder?.muted === 'snoozed' ? `Snoozed until ${formatDay(tool.reminder?.snoozedUntil ?? '')}` : reminder?.muted === 'dismissed' ? 'Dismissed for this deadline' : undefined
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" role="group" aria-label="Computed values">
      <Figure label="Annual cost" value={money(row.annual, tool.currency)} hint={row.annual === undefined ? row.costProblem : inBase} />
      <Figure label="Cost per used seat" value={money(costPerUsedSeat(tool), tool.currency)} hint="per year" />
      <Figure label="Unused seat cost" value={money(unusedSeatCost(tool), tool.currency)} hint="per year" />
      <Figure label="Utilisation" value={row.utilisation === undefined ? '—' : formatPercent(row.utilisation)} hint={row.utilisation === undefined ? 'Enter seats purchased and used' : `${formatCount(tool.seatsUsed ?? 0)} of ${formatCount(tool.seatsPurchased ?? 0)} seats used`} />
      <Figure
        label="Notice deadline"
        value={reminder ? formatDay(reminder.deadline.deadline) : '—'}
        hint={reminder ? `${reminder.deadline.renews ? 'Renews' : 'Ends'} ${formatDay(reminder.deadline.contractEnd)}` : 'Enter a contract end date'}
      />
      <Figure label="Days left" value={reminder ? daysLeftLabel(reminder.daysLeft) : '—'} hint={reminder ? (muted ?? stageLabel(reminder.stage)) : undefined} />
    </SimpleGrid>
  )
}
