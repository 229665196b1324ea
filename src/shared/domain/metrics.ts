import type { EntityBase } from './entity'

export const metricDirections = ['increase', 'decrease'] as const
export type MetricDirection = (typeof metricDirections)[number]

export interface Metric extends EntityBase {
  name: string
  description: string
  unit: string
  /** Whether a higher value is better. */
  direction: MetricDirection
  target?: number
  ownerId?: string
  cadence: 'weekly' | 'monthly' | 'quarterly'
  status: 'active' | 'archived'
}

export interface MetricPoint extends EntityBase {
  metricId: string
  /** ISO date 'YYYY-MM-DD' the value belongs to. */
  date: string
  value: number
  note?: string
}

export type MetricHealth = 'on-track' | 'at-risk' | 'off-track' | 'no-data' | 'no-target'

/** Within 10% of the target (on the wrong side) counts as at risk. */
export function metricHealth(metric: Pick<Metric, 'direction' | 'target'>, latest: number | undefined): MetricHealth {
  if (latest === undefined) return 'no-data'
  if (metric.target === undefined) return 'no-target'
  const target = metric.target
  const better = metric.direction === 'increase' ? latest >= target : latest <= target
  if (better) return 'on-track'
  const gap = Math.abs(latest - target) / (Math.abs(target) || 1)
  return gap <= 0.1 ? 'at-risk' : 'off-track'
}
