export { MetricsPage, healthLabel } from './MetricsPage'
export { openMetricEditor } from './MetricForm'
export { MetricsAttentionCard } from './MetricsAttentionCard'
