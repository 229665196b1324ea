import { describe, expect, it } from 'vitest'
import { computeThemeStats, emptyThemeStats, pickTopQuotes, riceScore, themeBriefMarkdown } from '../../../src/shared/domain/feedback'
import { daysAgo, makeFeedback as fb, makeLink, makeTheme, NOW } from './makeFeedback'

const theme = makeTheme('t1', { name: 'Bulk edit in tables', description: 'Admins change many rows one at a time.', status: 'in-progress', effort: 4, confidence: 0.9 })
const rows = [
  fb('c', { text: 'Need <bulk> edit', source: 'google-play', rating: 2, receivedAt: daysAgo(45) }),
  fb('a', {
    text: 'I have to change the owner on 200 projects.\nOne at a time.',
    customerName: 'Ben Adeyemi',
    company: 'Keystone Health',
    revenue: 2600,
    revenueCurrency: 'USD',
    source: 'zendesk',
    receivedAt: daysAgo(1)
  }),
  fb('b', {
    text: 'Selecting multiple rows would make triage faster | much faster.',
    customerName: 'Chloe Martin',
    company: 'Fernwood Bank',
    revenue: 12500,
    revenueCurrency: 'USD',
    source: 'productboard',
    rating: 4,
    receivedAt: daysAgo(20)
  })
]
const links = [makeLink('a', 'critical'), makeLink('b', 'important'), makeLink('c', 'nice-to-have')]

describe('top quotes', () => {
  it('picks the most important first, then the highest revenue, then the most recent, one per customer', () => {
    const again = fb('a2', { text: 'Any news on bulk edit?', customerName: 'Ben Adeyemi', revenue: 2600, receivedAt: daysAgo(0) })
    expect(pickTopQuotes([...rows, again], [...links, makeLink('a2', 'critical')]).map((r) => r.id)).toEqual(['a2', 'b', 'c'])
    expect(pickTopQuotes(rows, links, 1).map((r) => r.id)).toEqual(['a'])
  })
})

describe('theme brief', () => {
  it('writes the description, evidence, score breakdown and quotes as Markdown', () => {
    const stats = computeThemeStats({ links, feedback: rows, now: NOW })
    const markdown = themeBriefMarkdown(theme, stats, riceScore(theme, stats), pickTopQuotes(rows, links), { locale: 'en-US', ownerName: 'Kofi' })
    // RICE: reach 3; impact (1 + 2 + 3) ÷ 3 = 2; 3 × 2 × 0.9 ÷ 4 = 1.35
    expect(markdown).toBe(
      [
        '# Bulk edit in tables',
        '',
        'Admins change many rows one at a time.',
        '',
        '**Status:** In progress · **Owner:** Kofi · **Effort:** 4 person-weeks · **Confidence:** 90%',
        '',
        '## Evidence',
        '',
        '| | |',
        '| --- | --- |',
        '| Feedback | 3 |',
        '| Unique customers | 3 (1 anonymous) |',
        '| Unique companies | 2 |',
        '| Revenue of those companies | $15,100 MRR |',
        '| Average rating | 3 (2 ratings) |',
        '| Trend | 2 in the last 30 days, 1 in the 30 before (+100%) |',
        '| First seen | 2026-02-15 |',
        '| Last seen | 2026-03-31 |',
        '',
        '## Score: RICE 1.35',
        '',
        'Formula: Reach × Impact × Confidence ÷ Effort',
        '',
        'Calculation: 3 × 2 × 0.9 ÷ 4 = 1.35',
        '',
        '| Term | Value | How |',
        '| --- | --- | --- |',
        '| Reach | 3 | 3 unique customers seen in the last 90 days |',
        '| Impact | 2 | Average over 3 customers of the weight of their highest importance: (1 nice-to-have × 1 + 1 important × 2 + 1 critical × 3) ÷ 3 = 2 |',
        "| Confidence | 0.9 | The theme's confidence: 0.9 |",
        "| Effort (person-weeks) | 4 | The theme's effort: 4 person-weeks |",
        '',
        '## What customers say',
        '',
        '> I have to change the owner on 200 projects.',
        '> One at a time.',
        '>',
        '> — Ben Adeyemi, Keystone Health, $2,600 MRR (zendesk, 2026-03-31)',
        '',
        '> Selecting multiple rows would make triage faster | much faster.',
        '>',
        '> — Chloe Martin, Fernwood Bank, $12,500 MRR (productboard, 2026-03-12)',
        '',
        '> Need &lt;bulk> edit',
        '>',
        '> — Anonymous (google-play, 2026-02-15)',
        ''
      ].join('\n')
    )
  })

  it('lists the assumptions of the score and says when there is nothing to quote', () => {
    const bare = makeTheme('t2', { name: 'Dark mode', description: '' })
    const stats = emptyThemeStats(NOW)
    const markdown = themeBriefMarkdown(bare, stats, riceScore(bare, stats), [], { locale: 'en-US' })
    expect(markdown).toContain('**Status:** Idea · **Effort:** not estimated · **Confidence:** not set')
    expect(markdown).toContain(
      [
        'Assumptions and gaps:',
        '',
        '- No feedback is linked to this theme yet: reach is 0',
        '- Confidence missing: 0.5 assumed',
        '- Effort missing: 1 person-week assumed'
      ].join('\n')
    )
    expect(markdown.endsWith('## What customers say\n\nNo feedback is linked yet.\n')).toBe(true)
    expect(markdown).toContain('| Trend | 0 in the last 30 days, 0 in the 30 before (no change) |')
  })
})
