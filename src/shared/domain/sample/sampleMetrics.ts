import { addDays, type IsoDate } from '../tools/isoDate'
import type { Metric, MetricPoint } from '../metrics'
import { samplePersonIds as who } from './samplePeople'

interface MetricSeed {
  metric: Omit<Metric, 'id' | 'createdAt' | 'updatedAt' | 'status'>
  /** Oldest first, one value per week. */
  weekly: number[]
}

const seeds: MetricSeed[] = [
  { metric: { name: 'Weekly active teams', description: 'Teams with at least three members active in a week (product analytics).', unit: 'teams', direction: 'increase', target: 1200, ownerId: who.jonas, cadence: 'weekly' }, weekly: [1010, 1034, 1061, 1049, 1088, 1102, 1125, 1141] },
  { metric: { name: 'Feedback triaged within 7 days', description: 'Share of new feedback reviewed within a week of arriving.', unit: '%', direction: 'increase', target: 90, ownerId: who.maya, cadence: 'weekly' }, weekly: [71, 74, 69, 80, 83, 79, 85, 82] },
  { metric: { name: 'Median time to first response', description: 'Support tickets, business hours, from Zendesk.', unit: 'hours', direction: 'decrease', target: 4, ownerId: who.hannah, cadence: 'weekly' }, weekly: [6.1, 5.8, 5.9, 5.2, 4.9, 4.6, 4.4, 4.3] },
  { metric: { name: 'Activation rate', description: 'New workspaces that invite a teammate and create a project within 14 days.', unit: '%', direction: 'increase', target: 35, ownerId: who.priya, cadence: 'monthly' }, weekly: [24, 25, 23, 26, 24, 25, 24, 23] }
]

export function sampleMetrics(today: IsoDate, stamp: { createdAt: string; updatedAt: string }): { metrics: Metric[]; metricPoints: MetricPoint[] } {
  const metrics: Metric[] = []
  const metricPoints: MetricPoint[] = []
  seeds.forEach((seed, metricIndex) => {
    const id = `sample-metric-${metricIndex + 1}`
    metrics.push({ ...seed.metric, id, status: 'active', ...stamp })
    seed.weekly.forEach((value, week) => {
      const date = addDays(today, -7 * (seed.weekly.length - 1 - week))
      metricPoints.push({ id: `${id}-point-${week + 1}`, metricId: id, date, value, ...stamp })
    })
  })
  return { metrics, metricPoints }
}
