import { describe, expect, it } from 'vitest'
import { computeStatsByTheme, computeThemeStats, type ThemeStats } from '../../../src/shared/domain/feedback'
import { daysAgo, makeFeedback as fb, makeLink as link, NOW } from './makeFeedback'

const statsOf = (rows: ReturnType<typeof fb>[], importance: 'nice-to-have' | 'important' | 'critical' = 'important'): ThemeStats =>
  computeThemeStats({ links: rows.filter((r) => !r.mergedIntoId).map((r) => link(r.id, importance)), feedback: rows, now: NOW })

describe('unique customers', () => {
  it('counts a customer once by e-mail, case-insensitively, else by name, and each anonymous row as one customer', () => {
    const stats = statsOf([
      fb('a', { customerEmail: 'laura@northwind.com', customerName: 'Laura Fischer' }),
      fb('b', { customerEmail: ' LAURA@northwind.com ', customerName: 'L. Fischer' }),
      fb('c', { customerName: 'Tom Becker' }),
      fb('d', { customerName: 'tom   becker' }),
      fb('e'),
      fb('f'),
      fb('g', { customerEmail: 'tom@brightline.io', customerName: 'Tom Becker' })
    ])
    // laura (a, b) + name "tom becker" (c, d) + e + f + tom@brightline.io (g)
    expect(stats.uniqueCustomers).toBe(5)
    expect(stats.anonymousCustomers).toBe(2)
    expect(stats.feedbackCount).toBe(7)
    expect(stats.linkedCount).toBe(7)
  })

  it('ignores links to rows that are not given', () => {
    const stats = computeThemeStats({ links: [link('a', 'important'), link('missing', 'critical')], feedback: [fb('a', { customerName: 'A' })], now: NOW })
    expect(stats.feedbackCount).toBe(1)
    expect(stats.importanceCounts).toEqual({ 'nice-to-have': 0, important: 1, critical: 0 })
  })
})

describe('unique companies and their revenue', () => {
  const rows = [
    fb('b', { customerName: 'B', company: 'northwind logistics ', revenue: 4200, receivedAt: daysAgo(10) }),
    fb('a', { customerName: 'A', company: 'Northwind Logistics', revenue: 4000, receivedAt: daysAgo(50) }),
    fb('c', { customerName: 'C', company: 'Northwind  Logistics', receivedAt: daysAgo(1) }),
    fb('d', { customerName: 'D', company: 'Keystone Health', revenue: 2600, receivedAt: daysAgo(5) }),
    fb('e', { customerName: 'E', company: 'Fernwood Bank', receivedAt: daysAgo(5) }),
    fb('f', { customerName: 'F', revenue: 999, receivedAt: daysAgo(5) })
  ]

  it('counts each company once, whatever its case and spacing, and rows without a company not at all', () => {
    expect(statsOf(rows).uniqueCompanies).toBe(3)
  })

  it('counts each company once with the revenue of its latest row that has one', () => {
    const stats = statsOf(rows)
    // Northwind 4,200 (10 days ago beats 4,000 from 50 days ago; the row from yesterday has none) + Keystone 2,600
    expect(stats.revenue).toBe(6800)
    expect(stats.companiesWithoutRevenue).toBe(1)
    const northwind = stats.companies.find((c) => c.key === 'northwind logistics')
    expect(northwind).toMatchObject({ name: 'Northwind  Logistics', revenue: 4200, revenueAt: daysAgo(10), lastSeenAt: daysAgo(1) })
  })

  it('converts revenue to the base currency and warns about currencies without a rate', () => {
    const stats = computeThemeStats({
      links: [link('a', 'important'), link('b', 'important'), link('c', 'important')],
      feedback: [
        fb('a', { customerName: 'A', company: 'Alpha', revenue: 1000, revenueCurrency: 'EUR' }),
        fb('b', { customerName: 'B', company: 'Beta', revenue: 500, revenueCurrency: 'USD' }),
        fb('c', { customerName: 'C', company: 'Gamma', revenue: 300, revenueCurrency: 'GBP' })
      ],
      now: NOW,
      money: { baseCurrency: 'USD', rates: { EUR: 1.5 } }
    })
    // 1,000 EUR × 1.5 + 500 USD; GBP has no rate
    expect(stats.revenue).toBe(2000)
    expect(stats.currency).toBe('USD')
    expect(stats.companiesWithoutRevenue).toBe(1)
    expect(stats.warnings).toEqual(['No exchange rate for GBP: enter how many USD 1 GBP is worth. Companies billed in it are counted without revenue.'])
  })

  it('warns when revenue in several currencies is added without rates', () => {
    const stats = statsOf([
      fb('a', { customerName: 'A', company: 'Alpha', revenue: 1000, revenueCurrency: 'eur' }),
      fb('b', { customerName: 'B', company: 'Beta', revenue: 500, revenueCurrency: 'USD' })
    ])
    expect(stats.revenue).toBe(1500)
    expect(stats.currency).toBeUndefined()
    expect(stats.warnings).toEqual(['Revenue is in EUR, USD: amounts are added as they are. Set exchange rates to convert them.'])
  })
})

describe('trend', () => {
  const trendOfAges = (...ages: [days: number, ms?: number][]) =>
    statsOf(ages.map(([days, ms], i) => fb(`r${i}`, { customerName: `C${i}`, receivedAt: daysAgo(days, ms ?? 0) }))).trend

  it('counts feedback from exactly 30 days ago in the last 30 days', () => {
    expect(trendOfAges([30])).toEqual({ windowDays: 30, current: 1, previous: 0, changePercent: null, direction: 'up' })
  })

  it('counts feedback from 31 days ago in the 30 days before', () => {
    expect(trendOfAges([31])).toEqual({ windowDays: 30, current: 0, previous: 1, changePercent: -100, direction: 'down' })
  })

  it('counts feedback one millisecond older than 30 days in the 30 days before', () => {
    expect(trendOfAges([30, 1]).previous).toBe(1)
  })

  it('counts feedback from exactly 60 days ago in the 30 days before, and older feedback in neither window', () => {
    expect(trendOfAges([60], [60, 1])).toEqual({ windowDays: 30, current: 0, previous: 1, changePercent: -100, direction: 'down' })
  })

  it('compares the windows as a percentage change', () => {
    // current: today, 10, 29, 30 days ago = 4; previous: 45 and 59 days ago = 2; (4 − 2) / 2 = +100%
    expect(trendOfAges([0], [10], [29], [30], [45], [59], [90])).toEqual({ windowDays: 30, current: 4, previous: 2, changePercent: 100, direction: 'up' })
  })

  it('is flat when both windows hold the same count', () => {
    expect(trendOfAges([3], [40])).toEqual({ windowDays: 30, current: 1, previous: 1, changePercent: 0, direction: 'flat' })
  })

  it('counts feedback dated after now as current', () => {
    expect(trendOfAges([-1]).current).toBe(1)
  })
})

describe('rating and first and last seen', () => {
  it('averages the ratings that are given and reports how many there were', () => {
    const stats = statsOf([fb('a', { customerName: 'A', rating: 5 }), fb('b', { customerName: 'B', rating: 2 }), fb('c', { customerName: 'C' })])
    expect(stats.averageRating).toBe(3.5)
    expect(stats.ratingCount).toBe(2)
  })

  it('has no average rating when nobody rated', () => {
    expect(statsOf([fb('a')]).averageRating).toBeUndefined()
  })

  it('reports the earliest and latest receivedAt', () => {
    const stats = statsOf([fb('a', { receivedAt: daysAgo(12) }), fb('b', { receivedAt: daysAgo(80) }), fb('c', { receivedAt: daysAgo(3) })])
    expect(stats.firstSeenAt).toBe(daysAgo(80))
    expect(stats.lastSeenAt).toBe(daysAgo(3))
  })

  it('reports an empty theme as zeros with no dates', () => {
    const stats = statsOf([])
    expect(stats).toMatchObject({ feedbackCount: 0, uniqueCustomers: 0, uniqueCompanies: 0, revenue: 0, ratingCount: 0, firstSeenAt: undefined, lastSeenAt: undefined })
    expect(stats.trend).toEqual({ windowDays: 30, current: 0, previous: 0, changePercent: null, direction: 'flat' })
  })
})

describe('merged evidence', () => {
  const laura = { customerEmail: 'laura@northwind.com', company: 'Northwind' }
  const marco = { customerEmail: 'marco@northwind.com', company: 'Northwind' }
  const rows = [
    fb('T', { ...laura, revenue: 4200, rating: 4, receivedAt: daysAgo(20) }),
    fb('m1', { ...laura, revenue: 4300, receivedAt: daysAgo(2), mergedIntoId: 'T' }),
    fb('m2', { ...marco, receivedAt: daysAgo(15), mergedIntoId: 'T' }),
    fb('m3', { ...marco, rating: 1, receivedAt: daysAgo(12), mergedIntoId: 'T' }),
    fb('m4', { customerEmail: 'aisha@keystone.org', company: 'Keystone', revenue: 2600, receivedAt: daysAgo(40), mergedIntoId: 'T' }),
    fb('Y', { customerEmail: 'ben@keystone.org', company: 'Keystone', receivedAt: daysAgo(3), mergedIntoId: 'T' }),
    fb('X', { customerEmail: 'zoe@elsewhere.com', company: 'Elsewhere', revenue: 9999, receivedAt: daysAgo(1), mergedIntoId: 'not-linked' })
  ]
  // Y is merged into T yet still linked itself as critical: its own link no longer counts.
  const stats = computeThemeStats({ links: [link('T', 'important'), link('Y', 'critical')], feedback: rows, now: NOW })

  it('counts merged rows through their target, once per customer', () => {
    // units: T (laura; m1 is laura again), m2 (marco; m3 is marco again), m4 (aisha), Y (ben)
    expect(stats.feedbackCount).toBe(4)
    expect(stats.linkedCount).toBe(1)
    expect(stats.mergedCount).toBe(5)
    expect(stats.uniqueCustomers).toBe(4)
    expect(stats.importanceCounts).toEqual({ 'nice-to-have': 0, important: 4, critical: 0 })
  })

  it('counts the companies of merged rows, each once with its latest revenue', () => {
    // Northwind: 4,300 from m1 (2 days ago) beats 4,200 from T; Keystone: 2,600; X's company is not evidence
    expect(stats.uniqueCompanies).toBe(2)
    expect(stats.revenue).toBe(6900)
  })

  it('dates each merged customer by their first merged row and rates by the row that counts', () => {
    // units dated T 20, m2 15, Y 3 (current) and m4 40 (previous); m3's rating is not marco's counting row
    expect(stats.trend).toMatchObject({ current: 3, previous: 1 })
    expect(stats.averageRating).toBe(4)
  })

  it('sees a customer again when a merged repeat is newer', () => {
    expect(stats.customers.find((c) => c.key === 'email:laura@northwind.com')?.lastSeenAt).toBe(daysAgo(2))
    expect(stats.firstSeenAt).toBe(daysAgo(40))
    expect(stats.lastSeenAt).toBe(daysAgo(2))
  })
})

describe('stats for every theme', () => {
  it('groups links by theme and brings each linked row its merged evidence', () => {
    const rows = [
      fb('a', { customerName: 'A' }),
      fb('b', { customerName: 'B' }),
      fb('c', { customerName: 'C', mergedIntoId: 'a' }),
      fb('d', { customerName: 'D' })
    ]
    const stats = computeStatsByTheme([link('a', 'critical', 't1'), link('b', 'important', 't1'), link('d', 'nice-to-have', 't2')], rows, NOW)
    expect(stats.get('t1')?.uniqueCustomers).toBe(3)
    expect(stats.get('t1')?.importanceCounts).toEqual({ 'nice-to-have': 0, important: 1, critical: 2 })
    expect(stats.get('t2')?.uniqueCustomers).toBe(1)
    expect(stats.has('t3')).toBe(false)
  })
})
