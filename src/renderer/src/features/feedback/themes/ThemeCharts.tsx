import { BarChart, ScatterChart } from '@mantine/charts'
import { Paper, SimpleGrid, Text, Title } from '@mantine/core'
import type { ThemeLink } from '@shared/domain/feedback/feedback'
import type { StatsRow } from '@shared/domain/feedback/linkFacts'
import type { RankedTheme } from '@shared/domain/feedback/scoring'
import { formatCount } from '@shared/format/money'
import { valueEffortPoints, volumeByMonth } from './themeCharts'

const palette = ['blue.6', 'teal.6', 'grape.6', 'orange.6', 'red.6', 'cyan.6', 'lime.7', 'pink.6', 'indigo.6', 'yellow.7']

interface BubbleShapeProps {
  cx?: number
  cy?: number
  fill?: unknown
  payload?: { reach?: number }
}

/** Charts: feedback volume per theme by month, and value against effort with reach as the bubble. */
export function ThemeCharts({ ranked, links, rows }: { ranked: RankedTheme[]; links: ThemeLink[]; rows: StatsRow[] }) {
  const volume = volumeByMonth(ranked, links, rows, new Date())
  const points = valueEffortPoints(ranked)
  const maxReach = Math.max(1, ...points.map((point) => point.reach))
  const radius = (reach: number) => 5 + 20 * Math.sqrt(reach / maxReach)
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Paper withBorder p="md" radius="md" role="figure" aria-label="Feedback volume per theme by month">
        <Title order={3} size="h5" mb="xs">
          Feedback volume per theme
        </Title>
        <Text size="xs" c="dimmed" mb="sm">
          Linked items per month, top {volume.series.length} themes
        </Text>
        <BarChart
          h={240}
          data={volume.data}
          dataKey="month"
          type="stacked"
          withLegend
          legendProps={{ verticalAlign: 'bottom', height: 50 }}
          series={volume.series.map((series, index) => ({ name: series.name, label: series.label, color: palette[index % palette.length] as string }))}
        />
      </Paper>
      <Paper withBorder p="md" radius="md" role="figure" aria-label="Value against effort per theme">
        <Title order={3} size="h5" mb="xs">
          Value and effort
        </Title>
        <Text size="xs" c="dimmed" mb="sm">
          Revenue-weighted value up, effort (person-weeks) across; the bubble grows with reach
        </Text>
        <ScatterChart
          h={240}
          dataKey={{ x: 'effort', y: 'value' }}
          labels={{ x: 'Effort (person-weeks)', y: 'Value' }}
          valueFormatter={{ x: (value) => formatCount(value), y: (value) => formatCount(value) }}
          data={points.map((point, index) => ({ name: point.name, color: palette[index % palette.length] as string, data: [{ effort: point.effort, value: point.value, reach: point.reach }] }))}
          scatterProps={{
            shape: (props: BubbleShapeProps) => <circle cx={props.cx} cy={props.cy} r={radius(props.payload?.reach ?? 0)} fill={typeof props.fill === 'string' ? props.fill : undefined} fillOpacity={0.6} />
          }}
        />
      </Paper>
    </SimpleGrid>
  )
}
