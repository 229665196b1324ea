import { describe, expect, it } from 'vitest'
import { formatMetricTarget, formatMetricValue } from '../../../src/renderer/src/features/metrics/formatMetricValue'

describe('a metric value', () => {
  it('writes a percent against the number and other units after a space', () => {
    expect(formatMetricValue(23, '%', 'en-US')).toBe('23%')
    expect(formatMetricValue(4.3, 'hours', 'en-US')).toBe('4.3 hours')
    expect(formatMetricValue(1141, 'teams', 'en-US')).toBe('1,141 teams')
  })

  it('shows a bare number when the metric has no unit', () => {
    expect(formatMetricValue(1200, '', 'de-DE')).toBe('1.200')
  })

  it('says which side of the target is good', () => {
    expect(formatMetricTarget(35, { unit: '%', direction: 'increase' }, 'en-US')).toBe('≥ 35%')
    expect(formatMetricTarget(4, { unit: 'hours', direction: 'decrease' }, 'en-US')).toBe('≤ 4 hours')
  })
})
