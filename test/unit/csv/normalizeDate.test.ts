import { describe, expect, it } from 'vitest'
import { decideDayMonthOrder, parseDate, timeZoneFromHeader, zoneOffsetMinutes, type DateOptions } from '../../../src/shared/csv'

describe('parseDate reads the dates exports write', () => {
  const cases: Array<[string, DateOptions, string]> = [
    ['2026-01-14', {}, '2026-01-14T00:00:00.000Z'],
    ['2026-01-14 09:32', {}, '2026-01-14T09:32:00.000Z'],
    ['2026-01-14T09:32:11Z', {}, '2026-01-14T09:32:11.000Z'],
    ['2026-01-14T09:32:11.250+01:00', {}, '2026-01-14T08:32:11.250Z'],
    ['2026-01-14 09:32:11 -0500', {}, '2026-01-14T14:32:11.000Z'],
    ['2026-02-14 11:32:10 UTC', {}, '2026-02-14T11:32:10.000Z'],
    ['2026/01/14', {}, '2026-01-14T00:00:00.000Z'],
    ['20260114', {}, '2026-01-14T00:00:00.000Z'],
    ['01/14/2026 3:42 PM', {}, '2026-01-14T15:42:00.000Z'],
    ['1/6/2026 9:32 AM', { dayMonthOrder: 'month-first' }, '2026-01-06T09:32:00.000Z'],
    ['01/12/2026 12:05:00 AM', { dayMonthOrder: 'month-first' }, '2026-01-12T00:05:00.000Z'],
    ['01/12/2026 12:05:00 PM', { dayMonthOrder: 'month-first' }, '2026-01-12T12:05:00.000Z'],
    ['14/01/2026', {}, '2026-01-14T00:00:00.000Z'],
    ['03/04/2026', { dayMonthOrder: 'day-first' }, '2026-04-03T00:00:00.000Z'],
    ['03/04/2026', { dayMonthOrder: 'month-first' }, '2026-03-04T00:00:00.000Z'],
    ['14.01.2026 09:30', {}, '2026-01-14T09:30:00.000Z'],
    ['03.04.26', {}, '2026-04-03T00:00:00.000Z'],
    ['14/Jul/25 3:42 PM', {}, '2025-07-14T15:42:00.000Z'],
    ['02/Sep/25 1:26 PM', {}, '2025-09-02T13:26:00.000Z'],
    ['14-Jul-2025', {}, '2025-07-14T00:00:00.000Z'],
    ['Jul 14, 2025', {}, '2025-07-14T00:00:00.000Z'],
    ['July 14, 2025 at 3:42 PM', {}, '2025-07-14T15:42:00.000Z'],
    ['Mon, 14 Jul 2025 15:42:00 +0000', {}, '2025-07-14T15:42:00.000Z'],
    ['1767431727', {}, '2026-01-03T09:15:27.000Z'],
    ['1767431727000', {}, '2026-01-03T09:15:27.000Z'],
    ['2026-01-14 09:32', { timeZone: 'UTC+01:00' }, '2026-01-14T08:32:00.000Z'],
    ['2026-01-14 09:32', { timeZone: '-05:30' }, '2026-01-14T15:02:00.000Z'],
    ['2026-01-14 09:32', { timeZone: 'Europe/Berlin' }, '2026-01-14T08:32:00.000Z'],
    ['2026-07-14 09:32', { timeZone: 'Europe/Berlin' }, '2026-07-14T07:32:00.000Z'],
    ['2026-07-14 09:32', { timeZone: 'America/Sao_Paulo' }, '2026-07-14T12:32:00.000Z'],
    ['2026-01-14T09:32:00Z', { timeZone: 'Europe/Berlin' }, '2026-01-14T09:32:00.000Z']
  ]
  it.each(cases)('reads %j with %j as %s', (value, options, iso) => {
    expect(parseDate(value, options)).toEqual({ ok: true, value: iso })
  })

  const failures: Array<[string, DateOptions]> = [
    ['31/02/2026', {}],
    ['2026-13-01', {}],
    ['13/25/2026', {}],
    ['03/25/2026', { dayMonthOrder: 'day-first' }],
    ['14/01/2026 25:00', {}],
    ['13:00 PM 01/01/2026', {}],
    ['13/01/2026 13:00 PM', {}],
    ['next Tuesday', {}],
    ['', {}],
    ['42', {}]
  ]
  it.each(failures)('rejects %j with a message naming the value', (value, options) => {
    expect(parseDate(value, options)).toEqual({ ok: false, problem: `"${value}" is not a date` })
  })
})

describe('decideDayMonthOrder looks at the whole column', () => {
  it('finds day-first when a day above 12 comes first', () => {
    expect(decideDayMonthOrder(['03/04/2026', '14/01/2026', '05/06/2026'])).toBe('day-first')
  })
  it('finds month-first when a day above 12 comes second', () => {
    expect(decideDayMonthOrder(['03/04/2026', '1/23/2026 10:20 AM'])).toBe('month-first')
  })
  it('takes dotted dates as day-first', () => {
    expect(decideDayMonthOrder(['03.04.2026'])).toBe('day-first')
  })
  it('is ambiguous when every value fits both orders, so the caller asks', () => {
    expect(decideDayMonthOrder(['03/04/2026', '05/06/2026', '', '12/11/2025'])).toBe('ambiguous')
  })
  it('is ambiguous when the values contradict each other', () => {
    expect(decideDayMonthOrder(['14/01/2026', '01/14/2026'])).toBe('ambiguous')
  })
  it('does not need an order for ISO dates, month names or epochs', () => {
    expect(decideDayMonthOrder(['2026-01-14', '14/Jul/25 3:42 PM', '1767431727'])).toBe('not-needed')
  })
})

describe('time zones', () => {
  it.each([
    ['Created at (Europe/Berlin)', 'Europe/Berlin'],
    ['Created at (UTC+01:00)', '+01:00'],
    ['Created at (GMT-5)', '-05:00'],
    ['Submit Date (UTC)', 'UTC'],
    ['Created [America/New_York]', 'America/New_York'],
    ['Created at', undefined],
    ['Price (USD)', undefined],
    ['Notes (Mars/Olympus)', undefined]
  ])('finds the time zone in the header %j', (header, zone) => {
    expect(timeZoneFromHeader(header)).toBe(zone)
  })

  it('gives an IANA zone its offset at each moment, from Intl', () => {
    expect(zoneOffsetMinutes('Europe/Berlin', Date.UTC(2026, 0, 1))).toBe(60)
    expect(zoneOffsetMinutes('Europe/Berlin', Date.UTC(2026, 6, 1))).toBe(120)
    expect(zoneOffsetMinutes('Asia/Kolkata', Date.UTC(2026, 6, 1))).toBe(330)
  })
})
