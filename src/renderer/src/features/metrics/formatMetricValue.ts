import type { Metric } from '@shared/domain/metrics'
import { formatCount } from '@shared/format/money'

/** Units written against the number, as people write them: "23%", "4.3 hours", "1,141 teams". */
const unitsWithoutSpace = new Set(['%', '‰', '×'])

/** A metric's value or target with its unit, the number in the user's locale. */
export function formatMetricValue(value: number, unit: string, locale?: string): string {
  const number = formatCount(value, locale)
  if (!unit) return number
  return unitsWithoutSpace.has(unit) ? `${number}${unit}` : `${number} ${unit}`
}

/** "≥ 35%" for a metric where more is better, "≤ 4 hours" where less is. */
export function formatMetricTarget(target: number, { unit, direction }: Pick<Metric, 'unit' | 'direction'>, locale?: string): string {
  return `${direction === 'increase' ? '≥' : '≤'} ${formatMetricValue(target, unit, locale)}`
}
