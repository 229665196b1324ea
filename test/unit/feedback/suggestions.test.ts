import { describe, expect, it } from 'vitest'
import { buildSuggestionModel, stem, tokenize } from '../../../src/shared/domain/feedback'
import { makeTheme } from './makeFeedback'

const text = (...texts: string[]) => texts.map((t) => ({ text: t }))

describe('tokenizing', () => {
  it('lowercases, drops punctuation, numbers and stop words, and stems', () => {
    expect(tokenize('Please let us SCHEDULE the exports of 3 weekly reports!')).toEqual(['schedul', 'export', 'week', 'report'])
  })

  it('brings the forms of a word to one term', () => {
    expect(['export', 'exports', 'exported', 'exporting'].map(stem)).toEqual(['export', 'export', 'export', 'export'])
    expect(['schedule', 'scheduled', 'scheduling', 'schedules'].map(stem)).toEqual(['schedul', 'schedul', 'schedul', 'schedul'])
    expect(['companies', 'mapping', 'mapped', 'status', 'need', 'pdfs', 'string'].map(stem)).toEqual(['company', 'map', 'map', 'status', 'need', 'pdf', 'string'])
  })

  it('strips accents and joins contractions before dropping them as stop words', () => {
    expect(tokenize("Zürich doesn't sync")).toEqual(['zurich', 'sync'])
  })
})

describe('theme suggestions on a two-theme corpus', () => {
  // Two documents, one per theme; every known term appears in one of them, so
  // idf = ln((1 + 2) / (1 + 1)) + 1 = 1.405465 for each; an unseen term has
  // idf = ln(3 / 1) + 1 = 2.098612.
  const themes = [makeTheme('E', { name: 'Exports' }), makeTheme('S', { name: 'SSO' })]
  const model = buildSuggestionModel(themes, new Map([['E', text('export pdf')], ['S', text('saml sso')]]), { includeThemeText: false })

  it('scores an item with exactly a theme’s terms 1, with those terms as the reason', () => {
    expect(model.suggest({ text: 'Exporting PDFs!' })).toEqual([{ themeId: 'E', themeName: 'Exports', score: expect.closeTo(1, 10), terms: ['exporting', 'pdfs'], reason: 'exporting, pdfs' }])
  })

  it('counts a word the model has never seen in the item’s length', () => {
    // item (export 1.405465, csv 2.098612) has length 2.525768; theme E is (0.707107, 0.707107)
    // cosine = 1.405465 ÷ 2.525768 × 0.707107 = 0.393470
    const [suggestion] = model.suggest({ text: 'export csv' })
    expect(suggestion?.themeId).toBe('E')
    expect(suggestion?.score).toBeCloseTo(0.39347, 5)
    expect(suggestion?.reason).toBe('export')
  })

  it('suggests nothing below the threshold', () => {
    expect(model.suggest({ text: 'export csv' }, { minScore: 0.4 })).toEqual([])
    expect(model.suggest({ text: 'dark mode for late shifts' })).toEqual([])
    expect(model.suggest({ text: 'Please, can we?' })).toEqual([])
  })

  it('ranks equal scores by theme name and keeps to the limit', () => {
    // item (export, pdf, saml, sso) each 0.5; each theme shares two terms: 2 × 0.5 × 0.707107 = 0.707107
    const suggestions = model.suggest({ text: 'saml sso export pdf' })
    expect(suggestions.map((s) => [s.themeId, s.score])).toEqual([
      ['E', expect.closeTo(0.707107, 5)],
      ['S', expect.closeTo(0.707107, 5)]
    ])
    expect(model.suggest({ text: 'saml sso export pdf' }, { limit: 1 }).map((s) => s.themeId)).toEqual(['E'])
  })

  it('does not suggest a theme the item is already linked to', () => {
    expect(model.suggest({ text: 'export pdf', themeIds: ['E'] })).toEqual([])
  })

  it('reads the title with the text', () => {
    expect(model.suggest({ title: 'SAML', text: 'and SSO please' })[0]?.themeId).toBe('S')
  })
})

describe('theme suggestions on a realistic corpus', () => {
  const themes = [
    makeTheme('export', { name: 'Scheduled exports', description: 'Export reports to PDF and CSV on a schedule' }),
    makeTheme('sso', { name: 'Single sign-on', description: 'SAML SSO with Okta and Azure AD' }),
    makeTheme('offline', { name: 'Offline mode', description: 'Work without a connection on the mobile app' })
  ]
  const members = new Map([
    ['export', text('Please let us schedule exports of the weekly report', 'Export the dashboard to PDF every Monday', 'Scheduled CSV export to our warehouse')],
    ['sso', text('We need SAML SSO with Okta before rollout', 'Is SSO on the roadmap? We use Azure AD')],
    ['offline', text('App crashed and I lost my notes with no signal', 'Useless on site visits without Wi-Fi, needs offline mode')]
  ])
  const model = buildSuggestionModel(themes, members)

  it('suggests the theme whose members share the item’s heaviest words, and says which', () => {
    const [top] = model.suggest({ text: 'Could the weekly PDF report be exported automatically?' })
    expect(top?.themeId).toBe('export')
    expect(top?.terms).toContain('pdf')
    expect(model.suggest({ text: 'Can we log in with Okta SSO?' })[0]?.themeId).toBe('sso')
    expect(model.suggest({ text: 'The mobile app loses my notes when there is no signal' })[0]?.themeId).toBe('offline')
  })

  it('names the terms that characterise a theme in its members’ words', () => {
    const small = buildSuggestionModel([makeTheme('E')], new Map([['E', text('Exports to PDF', 'export to CSV')]]), { includeThemeText: false })
    // export is in both documents (idf 1), pdf and csv in one each (idf 1.405): export weighs most, then csv and pdf tie
    expect(small.characteristicTerms('E', 2)).toEqual(['export', 'csv'])
  })

  it('suggests a new theme from its name and description alone', () => {
    const fresh = buildSuggestionModel([makeTheme('dark', { name: 'Dark mode', description: 'A dark theme for night shifts' })], new Map())
    expect(fresh.suggest({ text: 'Would love a dark mode for late shifts' })[0]?.themeId).toBe('dark')
  })

  it('finds the right theme among forty once built', () => {
    const many = Array.from({ length: 40 }, (_, i) => makeTheme(`t${i}`, { name: `Theme ${i}`, description: `topic${i} area${i % 7}` }))
    const bigMembers = new Map(many.map((t, i) => [t.id, Array.from({ length: 50 }, (_, j) => ({ text: `topic${i} detail${j} area${i % 7} report export ${j % 3 ? 'slow' : 'fast'}` }))]))
    const big = buildSuggestionModel(many, bigMembers)
    expect(big.suggest({ text: 'topic17 report is slow and detail3 is missing' })[0]?.themeId).toBe('t17')
  })
})
