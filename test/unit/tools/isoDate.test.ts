import { describe, expect, it } from 'vitest'
import { addDays, addMonths, daysBetween, isIsoDate, localIsoDate, monthOf, endOfMonth } from '@shared/domain/tools'

describe('calendar dates', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(isIsoDate('2028-02-29')).toBe(true)
    expect(isIsoDate('2027-02-29')).toBe(false)
    expect(isIsoDate('2100-02-29')).toBe(false)
    expect(isIsoDate('2000-02-29')).toBe(true)
    expect(isIsoDate('2026-04-31')).toBe(false)
    expect(isIsoDate('2026-4-3')).toBe(false)
    expect(isIsoDate('2026-04-03T00:00:00Z')).toBe(false)
  })

  it('adds and subtracts days across month and year ends', () => {
    expect(addDays('2026-03-31', -30)).toBe('2026-03-01')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28')
  })

  it('counts days across the spring daylight-saving change without drift', () => {
    // Europe and the US change clocks in March; UTC day numbers do not notice.
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31)
    expect(daysBetween('2026-10-20', '2026-11-10')).toBe(21)
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366)
  })

  it('clamps the day when adding months lands in a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonths('2026-01-31', 2)).toBe('2026-03-31')
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15')
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15')
  })

  it('names months and their last day', () => {
    expect(monthOf('2026-07-14')).toBe('2026-07')
    expect(endOfMonth('2028-02-10')).toBe('2028-02-29')
  })

  it('reads the local calendar date of an instant', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })

  it('refuses to compute with a date that does not exist', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow('"2026-02-30" is not a date (YYYY-MM-DD)')
  })
})
