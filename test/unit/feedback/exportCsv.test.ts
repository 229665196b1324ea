import { describe, expect, it } from 'vitest'
import { computeThemeStats, feedbackCsvHeaders, feedbackToCsvRows, rankThemes, themesToCsvRows } from '../../../src/shared/domain/feedback'
import { daysAgo, makeFeedback as fb, makeLink, makeTheme, NOW } from './makeFeedback'

describe('feedback as CSV rows', () => {
  const row = fb('a', {
    receivedAt: '2026-03-01T10:00:00.000Z',
    text: 'Export, please',
    customerName: 'Laura Fischer',
    company: 'Northwind',
    revenue: 4200,
    tags: ['urgent', 'q2'],
    themeIds: ['t1', 't-gone'],
    extra: { Priority: 'High', Company: 'Northwind GmbH' }
  })

  it('writes the chosen columns under their labels, lists joined and theme names looked up', () => {
    const rows = feedbackToCsvRows([row], ['receivedAt', 'customerName', 'company', 'revenue', 'rating', 'tags', 'themes', 'extra:Priority', 'extra:Company'], {
      themeNames: new Map([['t1', 'Bulk edit']])
    })
    expect(rows).toEqual([
      {
        'Received at': '2026-03-01T10:00:00.000Z',
        Customer: 'Laura Fischer',
        Company: 'Northwind',
        'Revenue (MRR)': 4200,
        Rating: '',
        Tags: 'urgent; q2',
        Themes: 'Bulk edit; t-gone',
        Priority: 'High',
        'Company (2)': 'Northwind GmbH'
      }
    ])
  })

  it('keeps the column order in the headers', () => {
    expect(feedbackCsvHeaders(['text', 'extra:Text', 'status'])).toEqual(['Text', 'Text (2)', 'Status'])
  })

  it('writes an empty value for an extra column the row does not have', () => {
    expect(feedbackToCsvRows([fb('b')], ['extra:Priority'])).toEqual([{ Priority: '' }])
  })
})

describe('themes as CSV rows', () => {
  it('writes one row per theme in ranking order, with the numbers, calculations and warnings', () => {
    const themes = [makeTheme('t1', { name: 'Bulk edit', status: 'planned', description: 'Edit many rows', confidence: 1 }), makeTheme('t2', { name: 'Dark mode' })]
    const stats = new Map([
      [
        't1',
        computeThemeStats({
          links: [makeLink('a', 'critical'), makeLink('b', 'important')],
          feedback: [
            fb('a', { customerName: 'A', company: 'Acme', revenue: 1000, rating: 4, receivedAt: daysAgo(5) }),
            fb('b', { customerName: 'B', receivedAt: daysAgo(40) })
          ],
          now: NOW
        })
      ]
    ])
    const ranking = rankThemes(themes, stats, { method: 'rice' })
    const rows = themesToCsvRows(themes, stats, ranking)
    // reach 2, impact (3 + 2) ÷ 2 = 2.5, confidence 1, effort 1 (missing) → 5; revenue 1,000 × 3 = 3,000
    expect(rows[0]).toEqual({
      Rank: 1,
      Theme: 'Bulk edit',
      Status: 'planned',
      Description: 'Edit many rows',
      'Effort (person-weeks)': '',
      Confidence: 1,
      Feedback: 2,
      'Unique customers': 2,
      'Unique companies': 1,
      'Revenue (MRR)': 1000,
      Currency: '',
      'Average rating': 4,
      'Last 30 days': 1,
      'Previous 30 days': 1,
      'Trend %': 0,
      'First seen': daysAgo(40),
      'Last seen': daysAgo(5),
      'RICE score': 5,
      Reach: 2,
      Impact: 2.5,
      'Confidence used': 1,
      'Effort used': 1,
      'RICE calculation': '2 × 2.5 × 1 ÷ 1 = 5',
      'Revenue score': 3000,
      'Revenue calculation': '1,000 × 3 = 3,000',
      'Combined score': 1,
      'Combined calculation': '(0.5 × 1 + 0.5 × 1) ÷ 1 = 1',
      Warnings: 'Effort missing: 1 person-week assumed'
    })
    expect(rows[1]).toMatchObject({ Rank: 2, Theme: 'Dark mode', Feedback: 0, 'RICE score': 0 })
    expect(rows.map((r) => r.Theme)).toEqual(['Bulk edit', 'Dark mode'])
  })
})
