import { describe, expect, it } from 'vitest'
import { activeFilterCount, describeFilter, matchesFilter, parseFeedbackFilter, type FeedbackFilter } from '../../../src/shared/domain/feedback'
import { makeFeedback as fb } from './makeFeedback'

/** An instant on the user's clock (the machine's zone): a date filter means the user's calendar days. */
const local = (y: number, m: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => new Date(y, m - 1, d, h, mi, s, ms).toISOString()

const rows = [
  fb('a', {
    status: 'new',
    source: 'zendesk',
    text: 'Export to PDF is broken',
    customerName: 'Laura Fischer',
    company: 'Northwind',
    plan: 'Business',
    rating: 2,
    revenue: 4200,
    receivedAt: local(2026, 3, 1),
    tags: ['urgent'],
    themeIds: ['t1'],
    batchId: 'b1',
    extra: { Priority: 'High', Browser: 'Firefox' },
    notes: 'called back about invoices'
  }),
  fb('b', {
    status: 'reviewed',
    source: 'Intercom',
    text: 'SSO with Okta',
    title: 'Login',
    company: 'keystone health',
    plan: 'Team',
    importedTags: ['Security'],
    receivedAt: local(2026, 3, 31, 23, 59, 59, 999),
    lastBatchId: 'b2',
    extra: { Priority: 'low' }
  }),
  fb('c', { status: 'archived', source: 'zendesk', text: 'Dark mode', receivedAt: local(2026, 2, 28, 23, 59, 59, 999), rating: 5, revenue: 49, mergedIntoId: 'a' }),
  fb('d', { status: 'new', source: 'typeform', text: 'Export scheduling', receivedAt: local(2026, 4, 1), customerEmail: 'ops@fernwood.com' })
]
const matching = (filter: FeedbackFilter) => rows.filter((row) => matchesFilter(row, filter)).map((row) => row.id)

describe('matching a filter', () => {
  it('matches everything when nothing is set', () => {
    expect(matching({})).toEqual(['a', 'b', 'c', 'd'])
    expect(matching({ status: [], source: [], text: '  ', extra: {} })).toEqual(['a', 'b', 'c', 'd'])
  })

  it('takes values of one field as alternatives and fields together', () => {
    expect(matching({ status: ['new', 'archived'] })).toEqual(['a', 'c', 'd'])
    expect(matching({ status: ['new', 'archived'], source: ['zendesk'] })).toEqual(['a', 'c'])
  })

  it('compares source, company, plan and tags case-insensitively, and tags include imported ones', () => {
    expect(matching({ source: ['intercom'] })).toEqual(['b'])
    expect(matching({ company: ['Keystone Health'] })).toEqual(['b'])
    expect(matching({ plan: ['business'] })).toEqual(['a'])
    expect(matching({ tag: ['URGENT', 'security'] })).toEqual(['a', 'b'])
  })

  it('filters by theme', () => {
    expect(matching({ themeId: ['t1', 't9'] })).toEqual(['a'])
  })

  it('includes whole days of the user’s calendar at both ends of a date range', () => {
    expect(matching({ dateFrom: '2026-03-01', dateTo: '2026-03-31' })).toEqual(['a', 'b'])
    expect(matching({ dateFrom: new Date(Date.parse(local(2026, 3, 1)) + 1).toISOString() })).toEqual(['b', 'd'])
    expect(matching({ dateTo: '2026-02-28' })).toEqual(['c'])
  })

  it('matches a row whose source gave a date alone on that date, in every zone', () => {
    const dated = [
      fb('early', { receivedAt: '2026-09-01T12:00:00.000Z', receivedDate: '2026-09-01' }),
      fb('late', { receivedAt: '2026-09-30T12:00:00.000Z', receivedDate: '2026-09-30' }),
      fb('night', { receivedAt: local(2026, 9, 1, 23, 30) }),
      fb('before', { receivedAt: local(2026, 8, 31, 23, 59) })
    ]
    const ids = (filter: FeedbackFilter) => dated.filter((row) => matchesFilter(row, filter)).map((row) => row.id)
    expect(ids({ dateFrom: '2026-09-01', dateTo: '2026-09-01' })).toEqual(['early', 'night'])
    expect(ids({ dateFrom: '2026-09-30' })).toEqual(['late'])
    expect(ids({ dateTo: '2026-08-31' })).toEqual(['before'])
  })

  it('leaves rows without a rating or revenue out of a rating or revenue range', () => {
    expect(matching({ ratingMin: 2 })).toEqual(['a', 'c'])
    expect(matching({ ratingMin: 1, ratingMax: 4 })).toEqual(['a'])
    expect(matching({ revenueMin: 100 })).toEqual(['a'])
    expect(matching({ revenueMax: 100 })).toEqual(['c'])
  })

  it('finds rows an import batch created or last changed', () => {
    expect(matching({ batchId: 'b1' })).toEqual(['a'])
    expect(matching({ batchId: 'b2' })).toEqual(['b'])
  })

  it('matches every word of the text in the text, title, customer, company or extra values, ignoring case', () => {
    expect(matching({ text: 'EXPORT' })).toEqual(['a', 'd'])
    expect(matching({ text: 'pdf export' })).toEqual(['a'])
    expect(matching({ text: 'login' })).toEqual(['b'])
    expect(matching({ text: 'laura' })).toEqual(['a'])
    expect(matching({ text: 'fernwood' })).toEqual(['d'])
    expect(matching({ text: 'firefox' })).toEqual(['a'])
    expect(matching({ text: 'invoices' })).toEqual([])
  })

  it('matches extra attributes by column, ignoring case', () => {
    expect(matching({ extra: { Priority: 'high' } })).toEqual(['a'])
    expect(matching({ extra: { Priority: 'low', Browser: 'firefox' } })).toEqual([])
  })

  it('leaves out or keeps only merged duplicates', () => {
    expect(matching({ merged: 'exclude' })).toEqual(['a', 'b', 'd'])
    expect(matching({ merged: 'only' })).toEqual(['c'])
  })
})

describe('describing a filter', () => {
  it('reads as a line of labelled values with the text last', () => {
    expect(describeFilter({ text: 'export', status: ['new'], source: ['zendesk'] })).toBe("Status: new · Source: zendesk · 'export'")
  })

  it('names themes and batches, and shows ranges', () => {
    const filter: FeedbackFilter = {
      themeId: ['t1', 't2'],
      tag: ['urgent'],
      dateFrom: '2026-03-01',
      dateTo: '2026-03-31',
      ratingMin: 1,
      ratingMax: 3,
      revenueMin: 1000,
      batchId: 'b1',
      extra: { Priority: 'High' },
      merged: 'exclude'
    }
    expect(describeFilter(filter, { themes: new Map([['t1', 'Bulk edit']]), batches: { b1: 'zendesk.csv' } })).toBe(
      'Theme: Bulk edit, t2 · Tag: urgent · Received: 2026-03-01 – 2026-03-31 · Rating: 1–3 · Revenue: ≥ 1000 · Import: zendesk.csv · Priority: High · Without merged duplicates'
    )
  })

  it('says so when nothing filters', () => {
    expect(describeFilter({})).toBe('All feedback')
    expect(describeFilter({ dateTo: '2026-01-31', ratingMax: 2 })).toBe('Received: until 2026-01-31 · Rating: ≤ 2')
  })

  it('counts the fields that filter', () => {
    expect(activeFilterCount({})).toBe(0)
    expect(activeFilterCount({ status: ['new'], dateFrom: '2026-01-01', dateTo: '2026-02-01', ratingMin: 3, text: 'x', extra: { A: '1', B: '2' } })).toBe(6)
  })
})

describe('reading a saved filter', () => {
  it('keeps the fields that fit and drops the ones that do not', () => {
    expect(parseFeedbackFilter({ status: ['new', 'triaged'], source: ['zendesk'], ratingMin: '3', text: 'export', unknown: 1 })).toEqual({ source: ['zendesk'], text: 'export' })
    expect(parseFeedbackFilter({ status: ['new'], extra: { Priority: 'High' }, merged: 'exclude' })).toEqual({ status: ['new'], extra: { Priority: 'High' }, merged: 'exclude' })
  })

  it('reads anything that is not an object as no filter', () => {
    expect(parseFeedbackFilter(null)).toEqual({})
    expect(parseFeedbackFilter('status=new')).toEqual({})
  })
})
