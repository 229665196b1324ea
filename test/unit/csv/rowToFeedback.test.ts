import { describe, expect, it } from 'vitest'
import { createOccurrenceCounter, mapRow, type Mapping, type RowMapperOptions } from '../../../src/shared/csv'

const options: RowMapperOptions & { row: number } = { source: 'csv', fallbackReceivedAt: '2026-05-01T00:00:00.000Z', row: 7 }
const headers = ['Title', 'Body', 'First', 'Last', 'Email', 'ARR', 'Tags', 'Topics', 'Channel', 'Votes', 'When', 'Notes']
const record = ['Dark mode', 'Please add it.\r\nOur team works late.', 'Ann', 'Lee', 'Ann.Lee@Acme.io', '€ 12.000,00', 'ui; theme', 'UI|night', 'email', '14', '2026-01-14 09:30', 'VIP']

describe('mapRow', () => {
  it('maps a record to feedback fields, keeping unmapped columns as extra attributes', () => {
    const mapping: Mapping = {
      text: { columns: ['Title', 'Body'] },
      title: { columns: ['Title'] },
      customerName: { columns: ['First', 'Last'] },
      customerEmail: { columns: ['Email'] },
      revenue: { columns: ['ARR'], kind: 'arr' },
      importedTags: { columns: ['Tags', 'Topics'] },
      source: { columns: ['Channel'] },
      voterCount: { columns: ['Votes'] },
      receivedAt: { columns: ['When'], timeZone: 'Europe/Berlin' }
    }
    const result = mapRow(record, headers, mapping, options)
    expect(result).toEqual({
      ok: {
        text: 'Dark mode\n\nPlease add it.\nOur team works late.',
        title: 'Dark mode',
        customerName: 'Ann Lee',
        customerEmail: 'ann.lee@acme.io',
        revenue: 1000,
        revenueCurrency: 'EUR',
        importedTags: ['ui', 'theme', 'night'],
        source: 'email',
        voterCount: 14,
        receivedAt: '2026-01-14T08:30:00.000Z',
        extra: { Notes: 'VIP' },
        dedupeKey: expect.stringMatching(/^csv:h[0-9a-f]{16}:1$/)
      }
    })
  })

  it('rejects a row without text, saying which column was empty', () => {
    const result = mapRow(['', ''], ['Comment', 'Score'], { text: { columns: ['Comment'] } }, options)
    expect(result).toEqual({ errors: [{ row: 7, column: 'Comment', message: 'Row 7, column "Comment": the feedback text is empty ("Comment")' }] })
  })

  it('keeps a row whose optional values cannot be read, leaving those fields empty with a warning each', () => {
    const result = mapRow(['x', 'soon', 'n/a', 'Good'], ['Text', 'Date', 'MRR', 'Rating'], {
      text: { columns: ['Text'] }, receivedAt: { columns: ['Date'] }, revenue: { columns: ['MRR'], kind: 'mrr' }, rating: { columns: ['Rating'] }
    }, options)
    if (!('ok' in result)) throw new Error('the row was rejected')
    expect(result.ok).toMatchObject({ text: 'x', receivedAt: options.fallbackReceivedAt, extra: { Date: 'soon', MRR: 'n/a', Rating: 'Good' } })
    expect(result.ok.revenue).toBeUndefined()
    expect(result.ok.rating).toBeUndefined()
    expect(result.warnings?.map((w) => [w.column, w.field, w.value])).toEqual([['Date', 'receivedAt', 'soon'], ['Rating', 'rating', 'Good'], ['MRR', 'revenue', 'n/a']])
  })

  it('uses the import time for a row without a date, and keeps it out of the key', () => {
    const mapping: Mapping = { text: { columns: ['Text'] }, receivedAt: { columns: ['Date'] } }
    const a = mapRow(['Same', ''], ['Text', 'Date'], mapping, { ...options, occurrences: createOccurrenceCounter() })
    const b = mapRow(['Same', ''], ['Text', 'Date'], mapping, { ...options, fallbackReceivedAt: '2027-01-01T00:00:00.000Z', occurrences: createOccurrenceCounter() })
    expect('ok' in a && a.ok.receivedAt).toBe('2026-05-01T00:00:00.000Z')
    expect('ok' in a && 'ok' in b && a.ok.dedupeKey === b.ok.dedupeKey).toBe(true)
  })

  it('keeps a value that is not an email address as an extra attribute instead', () => {
    const result = mapRow(['Hi', 'n/a'], ['Text', 'Email'], { text: { columns: ['Text'] }, customerEmail: { columns: ['Email'] } }, options)
    expect('ok' in result && result.ok).toMatchObject({ extra: { Email: 'n/a' } })
    expect('ok' in result && result.ok.customerEmail).toBeUndefined()
  })

  it('splits Zendesk-style tags on spaces when asked', () => {
    const result = mapRow(['Hi', 'sso okta  login'], ['Text', 'Tags'], { text: { columns: ['Text'] }, importedTags: { columns: ['Tags'], split: 'whitespace' } }, options)
    expect('ok' in result && result.ok.importedTags).toEqual(['sso', 'okta', 'login'])
  })

  it('leaves out a voter count that is not a whole number, with a warning', () => {
    const result = mapRow(['Hi', '2.5'], ['Text', 'Votes'], { text: { columns: ['Text'] }, voterCount: { columns: ['Votes'] } }, options)
    expect('ok' in result && result.ok.voterCount).toBeUndefined()
    expect('ok' in result && result.warnings?.[0]?.problem).toBe('"2.5" is not a number of voters')
  })
})
