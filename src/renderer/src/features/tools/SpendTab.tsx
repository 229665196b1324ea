import { Card, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { IconReceiptOff } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useMemo } from 'react'
import { convertToBase } from '@shared/domain/tools/exchange'
import { decisionLabels, decisionSaving } from '@shared/domain/tools/renewalDecision'
import { spendByCategory, spendByTeam, spendTotals } from '@shared/domain/tools/spend'
import { formatDay } from '@shared/format/day'
import { TableHead } from '../../ui/TableHead'
import { formatCount, formatMoney, formatPercent } from '@shared/format/money'
import { TeachingEmptyState } from '../../ui/TeachingEmptyState'
import { SpendBreakdownCard, sliceViews } from './SpendBreakdownCard'
import { SpendProblems } from './SpendProblems'
import type { Inventory } from './useInventory'

function Total({ label, value, hint }: { label: string; value: ReactNode; hint: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} mt={4}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  )
}

/** Annual spend in the base currency: totals, by category, by team, and what could not be counted. */
export function SpendTab({ inventory }: { inventory: Inventory }) {
  const { tools, settings } = inventory
  const currency = settings.baseCurrency
  const spend = useMemo(() => {
    const options = { baseCurrency: currency, rates: settings.exchangeRates }
    return { totals: spendTotals(tools, options), byCategory: spendByCategory(tools, options), byTeam: spendByTeam(tools, options) }
  }, [tools, currency, settings.exchangeRates])
  const { totals } = spend
  const savings = useMemo(
    () =>
      tools.flatMap((tool) => {
        const saving = decisionSaving(tool)
        if (!tool.renewalDecision || saving === undefined) return []
        const converted = convertToBase(saving, tool.currency, currency, settings.exchangeRates)
        return [{ tool, decision: tool.renewalDecision, saving, base: converted.ok ? converted.amount : undefined }]
      }),
    [tools, currency, settings.exchangeRates]
  )
  const saved = savings.reduce((sum, entry) => sum + (entry.base ?? 0), 0)
  const counted = spend.byCategory.slices.reduce((ids, slice) => ids + slice.toolIds.length, 0)

  if (counted === 0 && totals.problems.length === 0) {
    return (
      <TeachingEmptyState
        icon={<IconReceiptOff size={28} />}
        title="Nothing to add up yet"
        description="Spend counts tools that are active, on trial or deprecated. Give a tool a price and a billing cycle, and its annual cost appears here by category and by team."
        actions={null}
      />
    )
  }
  const money = (amount: number) => formatMoney(Math.round(amount), currency)
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" role="group" aria-label="Spend totals">
        <Total label="Annual spend" value={money(totals.annual)} hint={`${formatCount(counted)} ${counted === 1 ? 'tool' : 'tools'}, in ${totals.baseCurrency}`} />
        <Total label="Per month" value={money(totals.annual / 12)} hint="Annual spend ÷ 12" />
        <Total label="Unused seats" value={money(totals.unusedSeats)} hint={totals.annual > 0 ? `${formatPercent(totals.unusedSeats / totals.annual)} of the spend pays for idle seats` : 'No seat counts yet'} />
        <Total label="Left out" value={formatCount(totals.problems.length)} hint={totals.problems.length === 0 ? 'Every priced tool is counted' : 'Missing a rate, seat count or term'} />
      </SimpleGrid>
      <SpendProblems problems={totals.problems} />
      {savings.length > 0 && (
        <Card withBorder radius="md" padding="lg" component="section" aria-label="Savings from renewal decisions">
          <Title order={2} size="h5">
            Savings from renewal decisions: {money(saved)} / yr
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            Each decision against the annual cost the tool had before it.
          </Text>
          <Table aria-label="Renewal decisions" verticalSpacing={4}>
            <TableHead columns={['Tool', 'Decision', 'Decided', { label: 'Annual cost before', numeric: true }, { label: 'Saving per year', numeric: true }]} />
            <Table.Tbody>
              {savings.map(({ tool, decision, saving }) => (
                <Table.Tr key={tool.id}>
                  <Table.Td>{tool.name}</Table.Td>
                  <Table.Td>{decisionLabels[decision.kind]}</Table.Td>
                  <Table.Td>
                    {decision.decidedBy}, {formatDay(decision.decidedOn)}
                  </Table.Td>
                  <Table.Td ta="right">{decision.previousAnnual === undefined ? '—' : formatMoney(decision.previousAnnual, tool.currency)}</Table.Td>
                  <Table.Td ta="right" c={saving > 0 ? 'teal' : saving < 0 ? 'red' : undefined} fw={600}>
                    {formatMoney(saving, tool.currency)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
        <SpendBreakdownCard title="Spend by category" description="Annual cost of each category of tool." slices={sliceViews(spend.byCategory, 'other')} total={spend.byCategory.total} currency={currency} chart="donut" />
        <SpendBreakdownCard
          title="Spend by team"
          description="A tool shared by several teams is split evenly between them."
          slices={sliceViews(spend.byTeam, 'No team')}
          total={spend.byTeam.total}
          currency={currency}
          chart="bar"
        />
      </SimpleGrid>
    </Stack>
  )
}
