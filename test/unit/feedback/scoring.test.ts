import { describe, expect, it } from 'vitest'
import { computeThemeStats, rankThemes, revenueScore, riceScore, type Feedback, type Importance, type ThemeLink } from '../../../src/shared/domain/feedback'
import { daysAgo, makeFeedback as fb, makeLink, makeTheme, NOW } from './makeFeedback'

interface Ask {
  customer: string
  importance: Importance
  days?: number
  company?: string
  revenue?: number
}

/** One linked row per ask, on theme `themeId`. */
function statsFor(asks: Ask[], themeId = 't1') {
  const rows: Feedback[] = []
  const links: ThemeLink[] = []
  asks.forEach((ask, i) => {
    const id = `${themeId}-r${i}`
    rows.push(fb(id, { customerEmail: `${ask.customer}@example.com`, company: ask.company, revenue: ask.revenue, receivedAt: daysAgo(ask.days ?? 1) }))
    links.push(makeLink(id, ask.importance, themeId))
  })
  return computeThemeStats({ links, feedback: rows, now: NOW })
}

describe('RICE', () => {
  const stats = statsFor([
    { customer: 'c1', importance: 'critical', days: 10 },
    { customer: 'c1', importance: 'nice-to-have', days: 12 },
    { customer: 'c2', importance: 'important', days: 20 },
    { customer: 'c3', importance: 'important', days: 80 },
    { customer: 'c4', importance: 'nice-to-have', days: 89 },
    { customer: 'c5', importance: 'critical', days: 91 }
  ])
  const theme = makeTheme('t1', { effort: 4, confidence: 0.8 })

  it('multiplies reach by impact and confidence and divides by effort', () => {
    const rice = riceScore(theme, stats)
    // reach: c1–c4 seen in the last 90 days = 4; impact: (3 + 2 + 2 + 1) ÷ 4 = 2; 4 × 2 × 0.8 ÷ 4 = 1.6
    expect(rice.score).toBeCloseTo(1.6, 10)
    expect(rice.formula).toBe('Reach × Impact × Confidence ÷ Effort')
    expect(rice.calculation).toBe('4 × 2 × 0.8 ÷ 4 = 1.6')
    expect(rice.terms.map((t) => [t.key, t.value])).toEqual([
      ['reach', 4],
      ['impact', 2],
      ['confidence', 0.8],
      ['effort', 4]
    ])
    expect(rice.warnings).toEqual([])
  })

  it('explains impact as the average of each customer’s highest importance', () => {
    const impact = riceScore(theme, stats).terms.find((t) => t.key === 'impact')
    expect(impact?.explanation).toBe('Average over 4 customers of the weight of their highest importance: (1 nice-to-have × 1 + 2 important × 2 + 1 critical × 3) ÷ 4 = 2')
  })

  it('counts reach over the chosen period', () => {
    const rice = riceScore(theme, stats, { reachDays: 120 })
    // c1–c5 = 5; impact (3 + 2 + 2 + 1 + 3) ÷ 5 = 2.2; 5 × 2.2 × 0.8 ÷ 4 = 2.2
    expect(rice.terms.find((t) => t.key === 'reach')?.value).toBe(5)
    expect(rice.score).toBeCloseTo(2.2, 10)
  })

  it('uses adjusted importance weights', () => {
    // impact (5 + 2 + 2 + 1) ÷ 4 = 2.5; 4 × 2.5 × 0.8 ÷ 4 = 2
    expect(riceScore(theme, stats, { weights: { importance: { critical: 5 } } }).score).toBeCloseTo(2, 10)
  })

  it('assumes confidence 0.5 and effort 1 when they are missing, and says so', () => {
    const three = statsFor([
      { customer: 'a', importance: 'important' },
      { customer: 'b', importance: 'important' },
      { customer: 'c', importance: 'important' }
    ])
    const rice = riceScore(makeTheme('t1'), three)
    // 3 × 2 × 0.5 ÷ 1 = 3
    expect(rice.score).toBe(3)
    expect(rice.calculation).toBe('3 × 2 × 0.5 ÷ 1 = 3')
    expect(rice.warnings).toEqual([
      { code: 'confidence-missing', message: 'Confidence missing: 0.5 assumed' },
      { code: 'effort-missing', message: 'Effort missing: 1 person-week assumed' }
    ])
    expect(rice.inputs.find((i) => i.key === 'themeEffort')?.value).toBeNull()
  })

  it('replaces an effort of 0 by 1 and clamps a confidence above 1, with warnings', () => {
    const one = statsFor([{ customer: 'a', importance: 'critical' }])
    const rice = riceScore(makeTheme('t1', { effort: 0, confidence: 1.5 }), one)
    // 1 × 3 × 1 ÷ 1
    expect(rice.score).toBe(3)
    expect(rice.warnings.map((w) => w.code)).toEqual(['confidence-out-of-range', 'effort-invalid'])
  })

  it('scores a theme without feedback 0 and says why', () => {
    const rice = riceScore(makeTheme('t1', { effort: 2, confidence: 1 }), statsFor([]))
    expect(rice.score).toBe(0)
    expect(rice.warnings).toEqual([{ code: 'no-feedback', message: 'No feedback is linked to this theme yet: reach is 0' }])
  })

  it('scores 0 when nobody asked within the period', () => {
    const old = statsFor([{ customer: 'a', importance: 'critical', days: 200 }])
    const rice = riceScore(makeTheme('t1', { effort: 2, confidence: 1 }), old)
    expect(rice.score).toBe(0)
    expect(rice.warnings).toEqual([{ code: 'no-reach', message: 'No customer asked in the last 90 days: reach is 0' }])
  })
})

describe('revenue-weighted score', () => {
  const stats = statsFor([
    { customer: 'n1', importance: 'nice-to-have', company: 'Northwind', revenue: 4000, days: 30 },
    { customer: 'n2', importance: 'critical', company: 'Northwind', revenue: 4200, days: 5 },
    { customer: 'k1', importance: 'important', company: 'Keystone', revenue: 2600 },
    { customer: 'f1', importance: 'nice-to-have', company: 'Fernwood' },
    { customer: 'x1', importance: 'critical' }
  ])

  it('sums each company’s latest MRR times the highest importance its customers gave', () => {
    const revenue = revenueScore(makeTheme('t1'), stats)
    // Northwind 4,200 × 3 + Keystone 2,600 × 2 + Fernwood 0 × 1 = 17,800
    expect(revenue.score).toBe(17800)
    expect(revenue.calculation).toBe('4,200 × 3 + 2,600 × 2 + 0 × 1 = 17,800')
    expect(revenue.terms.map((t) => [t.label, t.value])).toEqual([
      ['Northwind', 12600],
      ['Keystone', 5200],
      ['Fernwood', 0]
    ])
  })

  it('warns about companies without revenue', () => {
    expect(revenueScore(makeTheme('t1'), stats).warnings).toEqual([{ code: 'revenue-missing', message: '1 of 3 companies have no revenue: counted as 0' }])
  })
})

describe('ranking', () => {
  // A: 2 nice-to-have customers at Acme (1,000 MRR); confidence 1, effort 1 → RICE 2 × 1 × 1 ÷ 1 = 2; revenue 1,000 × 1 = 1,000
  // B: 4 important customers, no company; confidence 1, effort 2 → RICE 4 × 2 × 1 ÷ 2 = 4; revenue 0
  // C: 1 critical customer at Bigco (2,000 MRR); confidence 0.5, effort 1 → RICE 1 × 3 × 0.5 ÷ 1 = 1.5; revenue 2,000 × 3 = 6,000
  const themes = [makeTheme('A', { name: 'Alpha', confidence: 1, effort: 1 }), makeTheme('B', { name: 'Beta', confidence: 1, effort: 2 }), makeTheme('C', { name: 'Gamma', confidence: 0.5, effort: 1 })]
  const stats = new Map([
    [
      'A',
      statsFor(
        [
          { customer: 'a1', importance: 'nice-to-have', company: 'Acme', revenue: 1000 },
          { customer: 'a2', importance: 'nice-to-have', company: 'Acme', revenue: 1000 }
        ],
        'A'
      )
    ],
    ['B', statsFor(['b1', 'b2', 'b3', 'b4'].map((customer) => ({ customer, importance: 'important' as const })), 'B')],
    ['C', statsFor([{ customer: 'c1', importance: 'critical', company: 'Bigco', revenue: 2000 }], 'C')]
  ])
  const order = (ranked: ReturnType<typeof rankThemes>) => ranked.map((r) => [r.theme.id, r.rank])

  it('ranks by RICE', () => {
    const ranked = rankThemes(themes, stats, { method: 'rice' })
    expect(order(ranked)).toEqual([
      ['B', 1],
      ['A', 2],
      ['C', 3]
    ])
    expect(ranked.map((r) => r.score)).toEqual([4, 2, 1.5])
  })

  it('ranks by revenue', () => {
    const ranked = rankThemes(themes, stats, { method: 'revenue' })
    expect(order(ranked)).toEqual([
      ['C', 1],
      ['A', 2],
      ['B', 3]
    ])
    expect(ranked.map((r) => r.score)).toEqual([6000, 1000, 0])
  })

  it('combines both, each normalised to the best theme, with equal weights by default', () => {
    const ranked = rankThemes(themes, stats, { method: 'combined' })
    // C: (0.5 × 1.5/4 + 0.5 × 6000/6000) ÷ 1 = 0.6875; B: (0.5 × 1 + 0.5 × 0) = 0.5; A: (0.5 × 0.5 + 0.5 × 1000/6000) = 0.3333
    expect(order(ranked)).toEqual([
      ['C', 1],
      ['B', 2],
      ['A', 3]
    ])
    expect(ranked[0]?.score).toBeCloseTo(0.6875, 10)
    expect(ranked[1]?.score).toBeCloseTo(0.5, 10)
    expect(ranked[2]?.score).toBeCloseTo(1 / 3, 10)
    expect(ranked[0]?.breakdown.calculation).toBe('(0.5 × 0.38 + 0.5 × 1) ÷ 1 = 0.69')
  })

  it('follows the weights the user sets', () => {
    const ranked = rankThemes(themes, stats, { method: 'combined', weights: { rice: 3, revenue: 1 } })
    // B: (3 × 1 + 1 × 0) ÷ 4 = 0.75; C: (3 × 0.375 + 1 × 1) ÷ 4 = 0.53125; A: (3 × 0.5 + 1 × 1/6) ÷ 4 = 0.41667
    expect(order(ranked)).toEqual([
      ['B', 1],
      ['C', 2],
      ['A', 3]
    ])
    expect(ranked.map((r) => r.score)).toEqual([0.75, 0.53125, expect.closeTo(5 / 12, 10)])
  })

  it('gives equal scores the same rank', () => {
    const twin = makeTheme('A2', { name: 'Alpha two', confidence: 1, effort: 1 })
    const withTwin = new Map([...stats, ['A2', stats.get('A')!]])
    expect(order(rankThemes([...themes, twin], withTwin, { method: 'rice' }))).toEqual([
      ['B', 1],
      ['A', 2],
      ['A2', 2],
      ['C', 4]
    ])
  })

  it('puts a theme without stats last with a score of 0 and says why', () => {
    const ranked = rankThemes([...themes, makeTheme('D', { name: 'Delta', confidence: 1, effort: 1 })], stats, { method: 'rice' })
    expect(ranked.at(-1)?.theme.id).toBe('D')
    expect(ranked.at(-1)?.score).toBe(0)
    expect(ranked.at(-1)?.breakdown.warnings.map((w) => w.code)).toEqual(['no-feedback'])
  })

  it('gives every ranked theme all three breakdowns', () => {
    const [first] = rankThemes(themes, stats, { method: 'revenue' })
    expect(first?.breakdown).toBe(first?.revenue)
    expect(first?.rice.method).toBe('rice')
    expect(first?.combined.method).toBe('combined')
  })
})
