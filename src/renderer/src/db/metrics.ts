import type { Metric, MetricPoint } from '@shared/domain/metrics'
import { db } from './db'
import { createRepository } from './repository'

export const metricsRepository = createRepository<Metric>(() => db.metrics)
export const metricPointsRepository = createRepository<MetricPoint>(() => db.metricPoints)

export async function listMetrics(): Promise<Metric[]> {
  const metrics = await db.metrics.where('status').equals('active').toArray()
  return metrics.sort((a, b) => a.name.localeCompare(b.name))
}

export function listPoints(metricId: string): Promise<MetricPoint[]> {
  return db.metricPoints.where('[metricId+date]').between([metricId, ''], [metricId, '\uffff']).toArray()
}

export async function latestPoint(metricId: string): Promise<MetricPoint | undefined> {
  return db.metricPoints.where('[metricId+date]').between([metricId, ''], [metricId, '\uffff']).last()
}

/** Removes a metric and its data points together, and hands both back for undo. */
export async function deleteMetric(metricId: string): Promise<{ metric?: Metric; points: MetricPoint[] }> {
  return db.transaction('rw', db.metrics, db.metricPoints, async () => {
    const metric = await db.metrics.get(metricId)
    const points = await db.metricPoints.where('[metricId+date]').between([metricId, ''], [metricId, '\uffff']).toArray()
    await db.metricPoints.bulkDelete(points.map((point) => point.id))
    await db.metrics.delete(metricId)
    return { metric, points }
  })
}

export async function restoreMetric(removed: { metric?: Metric; points: MetricPoint[] }): Promise<void> {
  await db.transaction('rw', db.metrics, db.metricPoints, async () => {
    if (removed.metric) await db.metrics.put(removed.metric)
    await db.metricPoints.bulkPut(removed.points)
  })
}

/** How many values a metric has recorded, counted on the index. */
export function countPoints(metricId: string): Promise<number> {
  return db.metricPoints.where('[metricId+date]').between([metricId, ''], [metricId, '\uffff']).count()
}
