import { describe, expect, it } from 'vitest'
import { contentHash, createOccurrenceCounter, dedupeKey, hash64 } from '../../../src/shared/csv'
import { goodFixtures, importFixture, runImport } from './fixtures'

describe('dedupe keys', () => {
  it('uses source and external id when the export has ids', () => {
    expect(dedupeKey({ source: 'zendesk', externalId: ' 48213 ', text: 'x' }, createOccurrenceCounter())).toBe('zendesk:48213')
  })

  it('hashes normalised text, the date to the minute and the customer otherwise', () => {
    const a = contentHash({ text: '  Dark MODE   please\n', receivedAt: '2026-01-14T09:32:11.000Z', customerEmail: 'A@B.co' })
    const b = contentHash({ text: 'dark mode please', receivedAt: '2026-01-14T09:32:59.999Z', customerEmail: 'a@b.co' })
    expect(a).toBe(b)
    expect(contentHash({ text: 'dark mode please', receivedAt: '2026-01-14T09:33:00.000Z', customerEmail: 'a@b.co' })).not.toBe(a)
    expect(contentHash({ text: 'dark mode please', receivedAt: '2026-01-14T09:32:00.000Z', customerName: 'Ann' })).not.toBe(a)
  })

  it('keeps identical rows of one file apart with an occurrence number', () => {
    const counter = createOccurrenceCounter()
    const row = { source: 'csv', text: 'Export to PDF', receivedAt: '2026-01-14T09:32:00.000Z' }
    const keys = [dedupeKey(row, counter), dedupeKey(row, counter), dedupeKey({ ...row, text: 'Other' }, counter), dedupeKey(row, counter)]
    expect(keys.map((k) => k.split(':').pop())).toEqual(['1', '2', '1', '3'])
    expect(new Set(keys).size).toBe(4)
  })

  it('hashes to 16 hex digits, stably', () => {
    expect(hash64('')).toMatch(/^[0-9a-f]{16}$/)
    expect(hash64('dark mode')).toBe(hash64('dark mode'))
    expect(hash64('dark mode')).not.toBe(hash64('dark modf'))
  })

  it('gives the same keys when the same file is imported again', async () => {
    for (const name of goodFixtures) {
      const first = await importFixture(name)
      const again = await importFixture(name, {}, 7)
      expect(again.rows.map((r) => r.dedupeKey)).toEqual(first.rows.map((r) => r.dedupeKey))
      expect(new Set(first.rows.map((r) => r.dedupeKey)).size).toBe(first.rows.length)
    }
  })

  it('keeps identical rows distinct in a file without ids, and an overlapping export reuses the shared keys', async () => {
    const header = 'Date,Customer,Feedback\n'
    const jan = '2026-01-05,Ann,Export to PDF please\n'
    const feb = '2026-02-03,Bob,Dark mode\n2026-02-03,Bob,Dark mode\n'
    const mar = '2026-03-09,Cy,Faster search\n'
    const encode = (t: string) => new TextEncoder().encode(t)
    const first = await runImport(encode(header + jan + feb))
    const second = await runImport(encode(header + feb + mar))
    expect(first.rows.map((r) => r.dedupeKey.split(':').pop())).toEqual(['1', '1', '2'])
    const firstKeys = new Set(first.rows.map((r) => r.dedupeKey))
    expect(second.rows.map((r) => firstKeys.has(r.dedupeKey))).toEqual([true, true, false])
  })
})
