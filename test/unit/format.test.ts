import { describe, expect, it } from 'vitest'
import { relativeTime } from '../../src/shared/format/relativeTime'
import { formatMoney, formatPercent } from '../../src/shared/format/money'
import { formatDay, formatMonth } from '../../src/shared/format/day'
import { metricHealth } from '../../src/shared/domain/metrics'
import { initials } from '../../src/shared/domain/people'

describe('formatting', () => {
  const now = new Date('2026-11-25T12:00:00Z')
  it('says how long ago a recent date was', () => {
    expect(relativeTime('2026-11-22T12:00:00Z', now, 'en')).toBe('3 days ago')
    expect(relativeTime('2026-11-25T11:59:30Z', now, 'en')).toBe('just now')
    expect(relativeTime('2026-12-09T12:00:00Z', now, 'en')).toBe('in 2 weeks')
  })

  it('formats money in the currency given and falls back for unknown codes', () => {
    expect(formatMoney(12400, 'USD', 'en-US')).toBe('$12,400')
    // Intl separates the symbol with a non-breaking space.
    expect(formatMoney(9.5, 'EUR', 'de-DE').replace(/\s/g, ' ')).toBe('9,50 €')
    expect(formatMoney(10, 'NOTACURRENCY', 'en-US')).toBe('10 NOTACURRENCY')
  })

  it('formats a share as a whole percent', () => {
    expect(formatPercent(0.614, 'en-US')).toBe('61%')
    expect(formatPercent(1.2, 'en-US')).toBe('120%')
  })

  it('shows a stored calendar day as that day, whatever the time zone', () => {
    expect(formatDay('2026-06-01', 'en-US')).toBe('Jun 1, 2026')
    expect(formatMonth('2026-12', 'en-US')).toBe('December 2026')
    expect(formatDay('not a day', 'en-US')).toBe('not a day')
  })

  it('makes initials from first and last names', () => {
    expect(initials('Ada Lovelace')).toBe('AL')
    expect(initials('  cher ')).toBe('C')
    expect(initials('Mary Jane Watson')).toBe('MW')
  })
})

describe('metric health', () => {
  it('is on track at or beyond the target in the good direction', () => {
    expect(metricHealth({ direction: 'increase', target: 40 }, 40)).toBe('on-track')
    expect(metricHealth({ direction: 'decrease', target: 2 }, 1.5)).toBe('on-track')
  })

  it('is at risk within 10% short of the target and off track beyond', () => {
    expect(metricHealth({ direction: 'increase', target: 100 }, 90)).toBe('at-risk')
    expect(metricHealth({ direction: 'increase', target: 100 }, 89)).toBe('off-track')
    expect(metricHealth({ direction: 'decrease', target: 10 }, 11)).toBe('at-risk')
    expect(metricHealth({ direction: 'decrease', target: 10 }, 12)).toBe('off-track')
  })

  it('says when there is nothing to judge', () => {
    expect(metricHealth({ direction: 'increase', target: 10 }, undefined)).toBe('no-data')
    expect(metricHealth({ direction: 'increase', target: undefined }, 3)).toBe('no-target')
  })
})
