import { BarChart, DonutChart } from '@mantine/charts'
import { Card, ColorSwatch, Group, SimpleGrid, Table, Text, Title } from '@mantine/core'
import type { SpendBreakdown } from '@shared/domain/tools/spend'
import { formatMoney, formatPercent } from '@shared/format/money'

const palette = ['indigo.6', 'teal.6', 'orange.6', 'grape.6', 'cyan.6', 'yellow.6', 'pink.6', 'lime.6', 'blue.6', 'red.6', 'violet.6', 'green.6']

export interface SpendSliceView {
  label: string
  amount: number
  color: string
}

/** Slices with a display label and a colour each; the chart and its table use the same ones. */
export function sliceViews(breakdown: SpendBreakdown<string | null>, emptyLabel: string): SpendSliceView[] {
  return breakdown.slices.map((slice, index) => ({
    label: slice.label ?? emptyLabel,
    amount: slice.amount,
    color: palette[index % palette.length] ?? 'gray.6'
  }))
}

function SliceTable({ title, slices, total, currency }: { title: string; slices: SpendSliceView[]; total: number; currency: string }) {
  return (
    <Table aria-label={title} verticalSpacing={4} fz="sm" style={{ alignSelf: 'start' }}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{title.replace('Spend by ', '').replace(/^./, (c) => c.toUpperCase())}</Table.Th>
          <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>Per year</Table.Th>
          <Table.Th ta="right" style={{ whiteSpace: 'nowrap', width: '1%' }}>Share</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {slices.map((slice) => (
          <Table.Tr key={slice.label}>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <ColorSwatch color={`var(--mantine-color-${slice.color.replace('.', '-')})`} size={10} withShadow={false} aria-hidden />
                <Text size="sm" tt="capitalize" span>
                  {slice.label}
                </Text>
              </Group>
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatMoney(Math.round(slice.amount), currency)}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{total > 0 ? formatPercent(slice.amount / total) : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** One breakdown of the annual spend: a chart beside the table it draws. */
export function SpendBreakdownCard({ title, description, slices, total, currency, chart }: { title: string; description: string; slices: SpendSliceView[]; total: number; currency: string; chart: 'donut' | 'bar' }) {
  const money = (value: number) => formatMoney(Math.round(value), currency)
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title}>
      <Title order={3} size="h5">
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {description}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        {chart === 'donut' ? (
          <Group justify="center" aria-hidden>
            <DonutChart data={slices.map(({ label, amount, color }) => ({ name: label, value: Math.round(amount), color }))} size={200} thickness={26} valueFormatter={money} tooltipDataSource="segment" chartLabel={money(total)} />
          </Group>
        ) : (
          <div aria-hidden>
            <BarChart
              h={Math.max(160, slices.length * 44 + 40)}
              data={slices.map(({ label, amount, color }) => ({ label, amount: Math.round(amount), color }))}
              dataKey="label"
              orientation="vertical"
              series={[{ name: 'amount', label: 'Per year', color: 'indigo.6' }]}
              valueFormatter={money}
              yAxisProps={{ width: 110 }}
              gridAxis="none"
              withXAxis={false}
              withBarValueLabel
              barChartProps={{ margin: { right: 72 } }}
            />
          </div>
        )}
        <SliceTable title={title} slices={slices} total={total} currency={currency} />
      </SimpleGrid>
    </Card>
  )
}
