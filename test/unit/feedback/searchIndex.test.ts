import { describe, expect, it } from 'vitest'
import { createFeedbackSearchIndex, importFeedbackSearchIndex, type SearchableFeedback } from '../../../src/shared/domain/feedback'

const rows: SearchableFeedback[] = [
  { id: 'a', text: 'Export to PDF is broken', customerName: 'Laura Fischer', company: 'Northwind', extra: { Browser: 'Firefox', Priority: 'High' } },
  { id: 'b', text: 'Scheduled exports to our warehouse', title: 'Nightly CSV', customerEmail: 'marco@keystone.org' },
  { id: 'c', text: 'Café menu crashes on Android', company: 'Brightline Studio' },
  { id: 'd', text: 'SSO with Okta', extra: { Segment: 'Enterprise' } }
]

describe('feedback search index', () => {
  it('finds words in the text, title, customer, company and extra attributes', () => {
    const index = createFeedbackSearchIndex(rows)
    expect(index.search('firefox')).toEqual(['a'])
    expect(index.search('enterprise')).toEqual(['d'])
    expect(index.search('nightly')).toEqual(['b'])
    expect(index.search('laura')).toEqual(['a'])
    expect(index.search('brightline')).toEqual(['c'])
    expect(index.size).toBe(4)
  })

  it('matches by prefix, ignoring case and accents, and needs every word', () => {
    const index = createFeedbackSearchIndex(rows)
    expect(index.search('EXPO').sort()).toEqual(['a', 'b'])
    expect(index.search('cafe')).toEqual(['c'])
    expect(index.search('export pdf')).toEqual(['a'])
    expect(index.search('export okta')).toEqual([])
    expect(index.search('   ')).toEqual([])
  })

  it('keeps to the limit', () => {
    expect(createFeedbackSearchIndex(rows).search('export', 1)).toHaveLength(1)
  })

  it('replaces what it knew of a row on update', () => {
    const index = createFeedbackSearchIndex(rows)
    index.update({ id: 'a', text: 'Dark mode please', extra: { Browser: 'Safari' } })
    expect(index.search('pdf')).toEqual([])
    expect(index.search('firefox')).toEqual([])
    expect(index.search('safari')).toEqual(['a'])
    index.add({ id: 'a', text: 'Dark mode again' })
    expect(index.search('safari')).toEqual([])
    expect(index.size).toBe(4)
  })

  it('forgets a removed row', () => {
    const index = createFeedbackSearchIndex(rows)
    index.remove('d')
    index.remove('never-added')
    expect(index.search('okta')).toEqual([])
    expect(index.has('d')).toBe(false)
    expect(index.size).toBe(3)
  })

  it('gives the same results after export and import, in chunks of bounded size and any order', () => {
    const index = createFeedbackSearchIndex(rows)
    const chunks = index.export({ maxChunkChars: 40 })
    expect(chunks.filter((c) => c.key !== 'meta').every((c) => c.data.length <= 40)).toBe(true)
    expect(chunks.length).toBeGreaterThan(3)
    expect(new Set(chunks.map((c) => c.key)).size).toBe(chunks.length)
    const imported = importFeedbackSearchIndex([...chunks].reverse())
    if (!imported.ok) throw new Error(imported.reason)
    for (const query of ['export', 'firefox', 'cafe', 'okta', 'nightly csv', 'marco', 'zzz']) expect(imported.index.search(query)).toEqual(index.search(query))
    expect(imported.index.size).toBe(4)
  })

  it('can be updated after it was imported', () => {
    const imported = importFeedbackSearchIndex(createFeedbackSearchIndex(rows).export())
    if (!imported.ok) throw new Error(imported.reason)
    imported.index.remove('a')
    imported.index.add({ id: 'e', text: 'Export to Excel' })
    expect(imported.index.search('export').sort()).toEqual(['b', 'e'])
    expect(imported.index.size).toBe(4)
  })

  it('refuses an export without its format record or in another format', () => {
    const chunks = createFeedbackSearchIndex(rows).export()
    expect(importFeedbackSearchIndex(chunks.filter((c) => c.key !== 'meta'))).toEqual({ ok: false, reason: 'The saved search index has no format record: rebuild it.' })
    const older = chunks.map((c) => (c.key === 'meta' ? { key: 'meta', data: '{"format":"opsdeck-feedback-v0"}' } : c))
    expect(importFeedbackSearchIndex(older)).toEqual({ ok: false, reason: 'The saved search index is in format opsdeck-feedback-v0, not opsdeck-feedback-v1: rebuild it.' })
  })
})
