import { Badge, Group, Stack, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { metricHealth } from '@shared/domain/metrics'
import { latestPoint, listMetrics } from '../../db/metrics'
import { toHash } from '../../navigation/routes'
import { AllClear, DashboardCard } from '../../ui/DashboardCard'
import { formatMetricTarget, formatMetricValue } from './formatMetricValue'
import { healthLabel } from './MetricsPage'

/** KPIs that are off track or at risk. */
export function MetricsAttentionCard() {
  const rows = useLiveQuery(async () => {
    const metrics = await listMetrics()
    return Promise.all(
      metrics.map(async (metric) => {
        const latest = (await latestPoint(metric.id))?.value
        return { metric, latest, health: metricHealth(metric, latest) }
      })
    )
  }, [])
  const needAttention = (rows ?? []).filter((row) => row.health === 'off-track' || row.health === 'at-risk')
  return (
    <DashboardCard title="Metrics" href={toHash('metrics')} linkLabel="All metrics">
      {needAttention.length === 0 ? (
        <AllClear>{rows?.length ? 'Every metric with a target is on track.' : 'No metrics defined yet.'}</AllClear>
      ) : (
        <Stack gap="xs">
          {needAttention.map(({ metric, latest, health }) => (
            <Group key={metric.id} justify="space-between" wrap="nowrap">
              <div>
                <Text size="sm">{metric.name}</Text>
                {latest !== undefined && metric.target !== undefined && (
                  <Text size="xs" c="dimmed">
                    {formatMetricValue(latest, metric.unit)} · target {formatMetricTarget(metric.target, metric)}
                  </Text>
                )}
              </div>
              <Badge color={healthLabel[health].color} variant="light" miw="max-content">
                {healthLabel[health].label}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </DashboardCard>
  )
}
