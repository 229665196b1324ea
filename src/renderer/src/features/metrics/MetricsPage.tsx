import { Badge, Button, Table, Text } from '@mantine/core'
import { Sparkline } from '@mantine/charts'
import { IconChartLine, IconPlus } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { metricHealth, type Metric, type MetricHealth } from '@shared/domain/metrics'
import { formatDay } from '@shared/format/day'
import { formatCount } from '@shared/format/money'
import { countPoints, deleteMetric, listMetrics, listPoints, restoreMetric } from '../../db/metrics'
import { confirmAction } from '../../ui/confirm'
import { notifyWithUndo } from '../../ui/notify'
import { PageHeader } from '../../ui/PageHeader'
import { TeachingEmptyState } from '../../ui/TeachingEmptyState'
import { usePeopleNames } from '../people'
import { openMetricEditor } from './MetricForm'
import { openMetricPointEditor } from './MetricPointForm'
import { TableHead } from '../../ui/TableHead'
import { EditDeleteActions } from '../../ui/EditDeleteActions'
import { formatMetricTarget, formatMetricValue } from './formatMetricValue'

export const healthLabel: Record<MetricHealth, { label: string; color: string }> = {
  'on-track': { label: 'On track', color: 'teal' },
  'at-risk': { label: 'At risk', color: 'yellow' },
  'off-track': { label: 'Off track', color: 'red' },
  'no-data': { label: 'No data', color: 'gray' },
  'no-target': { label: 'No target', color: 'gray' }
}

async function removeMetric(metric: Metric) {
  const points = await countPoints(metric.id)
  const confirmed = await confirmAction({
    title: 'Delete metric',
    message: `Delete ${metric.name} and its ${formatCount(points)} recorded ${points === 1 ? 'value' : 'values'}?`,
    confirmLabel: 'Delete',
    destructive: true
  })
  if (!confirmed) return
  const removed = await deleteMetric(metric.id)
  notifyWithUndo(`Deleted ${metric.name}`, () => restoreMetric(removed))
}

function MetricRow({ metric, owner }: { metric: Metric; owner?: string }) {
  const points = useLiveQuery(() => listPoints(metric.id), [metric.id]) ?? []
  const latest = points[points.length - 1]
  const health = healthLabel[metricHealth(metric, latest?.value)]
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {metric.name}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={1} title={metric.description}>
          {metric.description}
        </Text>
      </Table.Td>
      <Table.Td w={140}>{points.length > 1 ? <Sparkline h={32} w={120} data={points.map((p) => p.value)} curveType="linear" aria-label={`Trend of ${metric.name}`} /> : null}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {latest ? (
          <>
            <Text size="sm">{formatMetricValue(latest.value, metric.unit)}</Text>
            <Text size="xs" c="dimmed">
              {formatDay(latest.date)}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            No value yet
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{metric.target !== undefined ? formatMetricTarget(metric.target, metric) : '—'}</Table.Td>
      <Table.Td>
        <Badge variant="light" color={health.color} miw="max-content">
          {health.label}
        </Badge>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{owner ?? <Text size="sm" c="dimmed">No owner</Text>}</Table.Td>
      <Table.Td>
        <EditDeleteActions name={metric.name} onEdit={() => openMetricEditor(metric)} onDelete={() => void removeMetric(metric)}>
          <Button size="compact-sm" variant="light" onClick={() => openMetricPointEditor(metric)} aria-label={`Record a value for ${metric.name}`}>
            Record
          </Button>
        </EditDeleteActions>
      </Table.Td>
    </Table.Tr>
  )
}

export function MetricsPage() {
  const metrics = useLiveQuery(() => listMetrics(), [])
  const owners = usePeopleNames()
  const action = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => openMetricEditor()}>
      New metric
    </Button>
  )
  const header = <PageHeader title="Metrics" description="The KPIs your product team reports on, with targets and whether each is on track." action={metrics?.length ? action : undefined} />
  if (metrics?.length === 0) {
    return (
      <>
        {header}
        <TeachingEmptyState
          icon={<IconChartLine size={28} />}
          title="Define what good looks like"
          description="Write down each KPI once — how it is measured, its target, who owns it — then record its value every week or month to see whether it is on track."
          actions={action}
        />
      </>
    )
  }
  return (
    <>
      {header}
      <Table.ScrollContainer minWidth={980}>
        <Table highlightOnHover aria-label="Metrics">
          <TableHead columns={['Metric', 'Trend', 'Latest', 'Target', 'Status', 'Owner', { label: 'Actions', hidden: true }]} />
          <Table.Tbody>
            {metrics?.map((metric) => <MetricRow key={metric.id} metric={metric} owner={metric.ownerId ? owners.get(metric.ownerId) : undefined} />)}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  )
}
