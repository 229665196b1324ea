import { Badge, Group, Stack, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { metricHealth } from '@shared/domain/metrics'
import { latestPoint, listMetrics } from '../../db/metrics'
import { toHash } from '../../navigation/routes'
import { AllClear, DashboardCard } from '../../ui/DashboardCard'
import { healthLabel } from './MetricsPage'

/** KPIs that are off track or at risk. */
export function MetricsAttentionCard() {
  const rows = useLiveQuery(async () => {
    const metrics = await listMetrics()
    return Promise.all(metrics.map(async (metric) => ({ metric, health: metricHealth(metric, (await latestPoint(metric.id))?.value) })))
  }, [])
  const needAttention = (rows ?? []).filter((row) => row.health === 'off-track' || row.health === 'at-risk')
  return (
    <DashboardCard title="Metrics" href={toHash('metrics')} linkLabel="All metrics">
      {needAttention.length === 0 ? (
        <AllClear>{rows?.length ? 'Every metric with a target is on track.' : 'No metrics defined yet.'}</AllClear>
      ) : (
        <Stack gap="xs">
          {needAttention.map(({ metric, health }) => (
            <Group key={metric.id} justify="space-between" wrap="nowrap">
              <Text size="sm">{metric.name}</Text>
              <Badge color={healthLabel[health].color} variant="light">
                {healthLabel[health].label}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </DashboardCard>
  )
}
