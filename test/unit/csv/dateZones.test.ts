/**
 * Dates as real exports write them, read under whatever zone the machine is in. `npm run test:unit` runs
 * this file under TZ=UTC, America/New_York, Asia/Kolkata and Europe/Berlin (see vitest.config.mts): every
 * expectation here is built without the machine's zone, or from it explicitly.
 */
import { describe, expect, it } from 'vitest'
import { createOccurrenceCounter, mapRow, readDate, zoneOffsetMinutes, type Mapping, type RowMapperOptions } from '../../../src/shared/csv'
import { daysBetween, feedbackDateExact, feedbackDateLabel, localDay } from '../../../src/shared/format/feedbackDate'
import { byId, importFixture } from './fixtures'

const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone

describe('the test run', () => {
  it('is in the zone its project names', () => {
    // Guards the multi-zone runs themselves: a TZ that did not take effect would make them all UTC runs.
    const zone = process.env.TZ
    if (!zone) return
    for (const at of [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12)]) {
      expect(0 - new Date(at).getTimezoneOffset() || 0).toBe(zoneOffsetMinutes(zone, at))
    }
  })
})

describe('readDate: a time without a zone is a clock time in the file’s zone', () => {
  const cases: Array<[string, string, string, string]> = [
    // [what the export writes, the file's zone, the instant, which export writes it so]
    ['2026-01-14 09:32', 'America/New_York', '2026-01-14T14:32:00.000Z', 'Zendesk "Created at" (account zone)'],
    ['2026-09-01 08:55', 'America/New_York', '2026-09-01T12:55:00.000Z', 'Zendesk, in summer time'],
    ['2026-03-27 09:14:52', 'Europe/Berlin', '2026-03-27T08:14:52.000Z', 'Intercom "Created at (Europe/Berlin)"'],
    ['2026-02-03 14:22:05', 'UTC', '2026-02-03T14:22:05.000Z', 'Typeform "Submit Date (UTC)"'],
    ['01/12/2026 09:02:11 AM', 'America/Los_Angeles', '2026-01-12T17:02:11.000Z', 'SurveyMonkey "Start Date"'],
    ['14/Jul/25 3:42 PM', 'Asia/Kolkata', '2025-07-14T10:12:00.000Z', 'Jira "Created" (user profile zone)'],
    ['2026-09-01 23:30', 'Asia/Kolkata', '2026-09-01T18:00:00.000Z', 'a late evening east of UTC'],
    ['2026-09-02 00:15', 'America/New_York', '2026-09-02T04:15:00.000Z', 'just after midnight west of UTC']
  ]
  it.each(cases)('reads %j in %s as %s (%s)', (value, timeZone, at) => {
    const read = readDate(value, { timeZone, dayMonthOrder: 'either' })
    expect(read.ok && read.value.at).toBe(at)
    expect(read.ok && read.value.day).toBeUndefined()
  })

  it('lets a zone in the value win over the file’s zone', () => {
    expect(readDate('2026-01-14T09:32:11Z', { timeZone: 'Asia/Kolkata' })).toMatchObject({ ok: true, value: { at: '2026-01-14T09:32:11.000Z' } })
    expect(readDate('2026-01-14T09:32:11+02:00', { timeZone: 'America/New_York' })).toMatchObject({ ok: true, value: { at: '2026-01-14T07:32:11.000Z' } })
    expect(readDate('Mon, 14 Jul 2025 15:42:00 +0000', { timeZone: 'Asia/Kolkata' })).toMatchObject({ ok: true, value: { at: '2025-07-14T15:42:00.000Z' } })
  })

  it('reads a time the zone’s clocks skip (spring forward) as the moment after the gap', () => {
    // Europe/Berlin jumps from 02:00 to 03:00 on 2026-03-29: 02:30 does not exist there.
    expect(readDate('2026-03-29 01:30', { timeZone: 'Europe/Berlin' })).toMatchObject({ value: { at: '2026-03-29T00:30:00.000Z' } })
    expect(readDate('2026-03-29 02:30', { timeZone: 'Europe/Berlin' })).toMatchObject({ value: { at: '2026-03-29T01:30:00.000Z' } })
    expect(readDate('2026-03-29 03:30', { timeZone: 'Europe/Berlin' })).toMatchObject({ value: { at: '2026-03-29T01:30:00.000Z' } })
  })

  it('reads a time the zone’s clocks show twice (fall back) as its first occurrence', () => {
    // America/New_York goes from 02:00 EDT back to 01:00 EST on 2026-11-01.
    expect(readDate('2026-11-01 01:30', { timeZone: 'America/New_York' })).toMatchObject({ value: { at: '2026-11-01T05:30:00.000Z' } })
    expect(readDate('2026-11-01 08:00', { timeZone: 'America/New_York' })).toMatchObject({ value: { at: '2026-11-01T13:00:00.000Z' } })
  })

  it('shows a time read in the machine’s own zone at the clock time the file wrote', () => {
    for (const [value, hour, minute] of [['2026-09-01 08:55', 8, 55], ['2026-09-01 23:30', 23, 30], ['2026-03-29 01:30', 1, 30], ['2026-11-01 08:00', 8, 0]] as const) {
      const read = readDate(value, { timeZone: machineZone })
      const shown = new Date(read.ok ? read.value.at : NaN)
      expect([shown.getHours(), shown.getMinutes()]).toEqual([hour, minute])
      expect(localDay(shown)).toBe(value.slice(0, 10))
    }
  })
})

describe('readDate: a date alone stays a calendar date', () => {
  const cases: Array<[string, string, 'day-first' | 'month-first' | 'either']> = [
    ['2026-09-01', '2026-09-01', 'either'], // Zendesk "Due date", ISO
    ['2026/09/01', '2026-09-01', 'either'],
    ['20260901', '2026-09-01', 'either'],
    ['9/1/2026', '2026-09-01', 'month-first'], // US spreadsheets
    ['01.09.2026', '2026-09-01', 'day-first'], // German exports
    ['21/Jul/25', '2025-07-21', 'either'], // Jira "Due Date"
    ['Sep 1, 2026', '2026-09-01', 'either'],
    ['2026-03-29', '2026-03-29', 'either'], // DST starts in Europe
    ['2026-11-01', '2026-11-01', 'either'] // DST ends in the US
  ]
  it.each(cases)('reads %j as the day %s in every file zone', (value, day, dayMonthOrder) => {
    for (const timeZone of ['UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland', 'America/Los_Angeles']) {
      const read = readDate(value, { timeZone, dayMonthOrder })
      expect(read).toEqual({ ok: true, value: { day, at: `${day}T12:00:00.000Z` } })
    }
  })

  it('places a date alone on its own day in local time from UTC−11 to UTC+11', () => {
    const read = readDate('2026-09-01')
    const at = new Date(read.ok ? read.value.at : NaN)
    for (const timeZone of ['Pacific/Pago_Pago', 'America/Los_Angeles', 'America/New_York', 'UTC', 'Europe/Berlin', 'Asia/Kolkata', 'Asia/Tokyo', 'Pacific/Noumea']) {
      expect(new Intl.DateTimeFormat('en-CA', { timeZone }).format(at)).toBe('2026-09-01')
    }
  })
})

describe('mapRow: whose zone a date is read in', () => {
  const options: RowMapperOptions = { source: 'csv', fallbackReceivedAt: '2026-05-01T00:00:00.000Z', defaultTimeZone: 'Asia/Kolkata' }
  const map = (headers: string[], values: string[], mapping: Mapping) => {
    const result = mapRow(values, headers, mapping, { ...options, occurrences: createOccurrenceCounter(), row: 2 })
    if (!('ok' in result)) throw new Error(JSON.stringify(result.errors))
    return result.ok
  }

  it('reads a zone-less time in the laptop’s zone when the mapping names none', () => {
    expect(map(['Text', 'When'], ['Hi', '2026-09-01 08:55'], { text: { columns: ['Text'] }, receivedAt: { columns: ['When'] } }).receivedAt).toBe('2026-09-01T03:25:00.000Z')
  })

  it('reads it in the file’s zone the user chose', () => {
    const row = map(['Text', 'When'], ['Hi', '2026-09-01 08:55'], { text: { columns: ['Text'] }, receivedAt: { columns: ['When'], timeZone: 'America/New_York' } })
    expect(row.receivedAt).toBe('2026-09-01T12:55:00.000Z')
  })

  it('lets the zone the header states win, also when the column was mapped by hand with another zone', () => {
    const headers = ['Text', 'Created at (America/New_York)', 'Updated at (UTC)']
    const values = ['Hi', '2026-09-01 08:55', '2026-09-01 08:55']
    expect(map(headers, values, { text: { columns: ['Text'] }, receivedAt: { columns: ['Created at (America/New_York)'], timeZone: 'Asia/Kolkata' } }).receivedAt).toBe('2026-09-01T12:55:00.000Z')
    expect(map(headers, values, { text: { columns: ['Text'] }, receivedAt: { columns: ['Updated at (UTC)'], timeZone: 'America/New_York' } }).receivedAt).toBe('2026-09-01T08:55:00.000Z')
  })

  it('stores a date alone as its calendar date', () => {
    const row = map(['Text', 'When'], ['Hi', '2026-09-03'], { text: { columns: ['Text'] }, receivedAt: { columns: ['When'], timeZone: 'America/New_York' } })
    expect(row).toMatchObject({ receivedDate: '2026-09-03', receivedAt: '2026-09-03T12:00:00.000Z' })
  })

  it('keys a row the same whatever the file’s zone, so correcting the zone updates rows instead of duplicating them', () => {
    const mapping = (timeZone: string): Mapping => ({ text: { columns: ['Text'] }, receivedAt: { columns: ['When'], timeZone } })
    for (const when of ['2026-09-01 08:55', '2026-09-03']) {
      const keys = ['UTC', 'America/New_York', 'Asia/Kolkata'].map((zone) => map(['Text', 'When'], ['Same words', when], mapping(zone)).dedupeKey)
      expect(new Set(keys).size).toBe(1)
    }
    const distinct = ['2026-09-01 08:55', '2026-09-01 08:56', '2026-09-01'].map((when) => map(['Text', 'When'], ['Same words', when], mapping('UTC')).dedupeKey)
    expect(new Set(distinct).size).toBe(3)
  })
})

describe('real exports, read in the laptop’s zone', () => {
  it('reads an Intercom export in the zone its header names, whatever the laptop’s zone', async () => {
    const { rows } = await importFixture('intercom.csv', { defaultTimeZone: 'America/New_York' })
    // "Created at (Europe/Berlin)": 2026-03-27 09:14:52 is CET (UTC+1).
    expect(byId(rows, '215467338910442').receivedAt).toBe('2026-03-27T08:14:52.000Z')
  })

  it('reads a Zendesk export (no zone anywhere) as clock times in the laptop’s zone', async () => {
    const { rows, summary } = await importFixture('zendesk.csv', { defaultTimeZone: machineZone })
    expect(summary.mapping?.receivedAt?.columns).toEqual(['Created at'])
    const shown = new Date(byId(rows, '48213').receivedAt)
    expect([localDay(shown), shown.getHours(), shown.getMinutes()]).toEqual(['2026-01-14', 9, 32])
  })

  it('reads a hand-kept sheet with times and dates alone mixed in one column', async () => {
    const { rows } = await importFixture('feedback-log-sheet.csv', { defaultTimeZone: machineZone })
    expect(rows.map((row) => row.receivedDate ?? localDay(new Date(row.receivedAt)))).toEqual(['2026-09-01', '2026-09-01', '2026-09-03', '2026-09-04', '2026-09-05'])
    expect(rows.map((row) => (row.receivedDate ? 'date' : 'time'))).toEqual(['time', 'time', 'date', 'time', 'date'])
    const late = new Date(rows[1]!.receivedAt)
    expect([late.getHours(), late.getMinutes()]).toEqual([23, 30])
  })
})

describe('how a feedback date is shown', () => {
  it('shows a date alone as that date in every zone', () => {
    const row = { receivedAt: '2026-09-03T12:00:00.000Z', receivedDate: '2026-09-03' }
    expect(feedbackDateExact(row, 'en-US')).toBe('Sep 3, 2026')
    expect(feedbackDateLabel(row, new Date(2026, 11, 2, 9), 'en-US')).toBe('Sep 3')
    expect(feedbackDateLabel(row, new Date(2027, 0, 2, 9), 'en-US')).toBe('Sep 3, 2026')
    expect(feedbackDateLabel({ receivedAt: '2026-01-01T12:00:00.000Z', receivedDate: '2026-01-01' }, new Date(2026, 11, 31, 23, 30), 'en-US')).toBe('Jan 1')
  })

  it('counts a recent date alone in the user’s calendar days, from early morning to late evening', () => {
    const row = { receivedAt: '2026-09-01T12:00:00.000Z', receivedDate: '2026-09-01' }
    expect(feedbackDateLabel(row, new Date(2026, 8, 2, 0, 30), 'en-US')).toBe('yesterday')
    expect(feedbackDateLabel(row, new Date(2026, 8, 2, 23, 30), 'en-US')).toBe('yesterday')
    expect(feedbackDateLabel(row, new Date(2026, 8, 1, 23, 59), 'en-US')).toBe('today')
    expect(feedbackDateLabel(row, new Date(2026, 8, 4, 6), 'en-US')).toBe('3 days ago')
  })

  it('counts days across a DST change without losing or gaining one', () => {
    // The night of 2026-03-29 is an hour short in Europe/Berlin; that of 2026-11-01 an hour long in New York.
    expect(feedbackDateLabel({ receivedAt: '2026-03-28T12:00:00.000Z', receivedDate: '2026-03-28' }, new Date(2026, 2, 29, 23, 30), 'en-US')).toBe('yesterday')
    expect(feedbackDateLabel({ receivedAt: '2026-10-31T12:00:00.000Z', receivedDate: '2026-10-31' }, new Date(2026, 10, 1, 0, 30), 'en-US')).toBe('yesterday')
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2)
  })

  it('shows an older time this year as day and clock time in the user’s zone, and one of an earlier year as its date', () => {
    const read = readDate('2026-09-01 08:55', { timeZone: machineZone })
    const row = { receivedAt: read.ok ? read.value.at : '' }
    expect(feedbackDateLabel(row, new Date(2026, 11, 2, 9), 'en-US')).toMatch(/^Sep 1,? (at )?8:55\s?AM$/)
    expect(feedbackDateLabel(row, new Date(2027, 1, 2, 9), 'en-US')).toBe('Sep 1, 2026')
    expect(feedbackDateExact(row, 'en-US')).toMatch(/^Sep 1, 2026,? (at )?8:55\s?AM$/)
  })
})

describe('a theme’s first and last seen', () => {
  it('keeps a date alone as that date, and counts it in the trend window of its day', async () => {
    const { computeThemeStats } = await import('../../../src/shared/domain/feedback')
    const row = (id: string, receivedAt: string, receivedDate?: string) => ({ id, receivedAt, ...(receivedDate ? { receivedDate } : {}), customerName: id })
    const link = (feedbackId: string) => ({ id: `l-${feedbackId}`, themeId: 't', feedbackId, importance: 'important' as const, createdAt: '', updatedAt: '' })
    const feedback = [row('a', '2026-09-03T12:00:00.000Z', '2026-09-03'), row('b', '2026-09-20T14:00:00.000Z'), row('c', '2026-08-01T12:00:00.000Z', '2026-08-01')]
    const stats = computeThemeStats({ links: feedback.map((r) => link(r.id)), feedback, now: '2026-09-30T10:00:00.000Z' })
    expect(stats).toMatchObject({ firstSeenDate: '2026-08-01', lastSeenAt: '2026-09-20T14:00:00.000Z', lastSeenDate: undefined })
    // 30 days back from Sep 30 10:00 UTC: Sep 3 (noon) and Sep 20 are in; Aug 1 is not.
    expect(stats.trend).toMatchObject({ current: 2 })
    expect(feedbackDateExact({ receivedAt: stats.firstSeenAt as string, receivedDate: stats.firstSeenDate }, 'en-US')).toBe('Aug 1, 2026')
  })
})

describe('exporting feedback dates', () => {
  it('writes a date alone as that date and a time as its ISO instant', async () => {
    const { feedbackToCsvRows } = await import('../../../src/shared/domain/feedback/exportCsv')
    const base = { text: 'x', source: 'csv', importedTags: [], extra: {}, dedupeKey: 'k', status: 'new' as const, tags: [], themeIds: [], notes: '', createdAt: '', updatedAt: '' }
    const rows = [
      { ...base, id: 'a', receivedAt: '2026-09-03T12:00:00.000Z', receivedDate: '2026-09-03' },
      { ...base, id: 'b', receivedAt: '2026-09-01T12:55:00.000Z' }
    ]
    expect(feedbackToCsvRows(rows, ['id', 'receivedAt']).map((r) => r['Received at'])).toEqual(['2026-09-03', '2026-09-01T12:55:00.000Z'])
  })
})
