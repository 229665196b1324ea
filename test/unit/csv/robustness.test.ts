import { describe, expect, it } from 'vitest'
import { defaultRatingValueMap, guessRevenue, parseRating, plainHeader, readCsvTable } from '../../../src/shared/csv'
import { fixture, importFixture } from './fixtures'

describe('stray NUL bytes', () => {
  it('removes stray NULs from a UTF-8 file, counts them, and imports every row', async () => {
    for (const chunkSize of [1, 5, 64 * 1024]) {
      const { summary, rows } = await importFixture('stray-nuls.csv', {}, chunkSize)
      expect(summary.fatal).toBeUndefined()
      expect(summary.nulBytesRemoved).toBe(6)
      expect(summary).toMatchObject({ encoding: 'utf-8', rowsSeen: 5, rowsMapped: 5, errorCount: 0 })
      expect(rows.map((r) => r.text)).toEqual([
        'Export to PDF cuts off the last column', 'Calendar sync makes duplicates', 'Please add a dark mode', 'Invoices show the old address', 'Search misses words with accents like "café"'
      ])
      expect(rows.every((r) => !Object.values(r).some((v) => typeof v === 'string' && v.includes('\u0000')))).toBe(true)
    }
  })

  it('removes stray NULs from a Windows-1252 file too', async () => {
    const { summary, rows } = await importFixture('stray-nuls-1252.csv')
    expect(summary).toMatchObject({ encoding: 'windows-1252', nulBytesRemoved: 3, rowsMapped: 2 })
    expect(rows.map((r) => [r.text, r.customerName])).toEqual([['Schöne App', 'Jörg'], ['Gut gemacht', 'Käthe']])
  })

  it('still refuses real binary files', async () => {
    expect((await importFixture('fake-xlsx.csv')).summary.fatal?.code).toBe('binary-file')
  })

  it('reads a small table with stray NULs and mixed line breaks the same way', () => {
    const result = readCsvTable(fixture('stray-nuls.csv'), 'stray-nuls.csv')
    expect(result.ok && result.table.rows.length).toBe(5)
  })
})

describe('mixed line endings', () => {
  it('imports every row of a file mixing CRLF, LF and CR, multi-line cells kept whole', async () => {
    for (const chunkSize of [1, 3, 64 * 1024]) {
      const { summary, rows } = await importFixture('mixed-line-endings.csv', { tuning: { minParseChars: 4 } }, chunkSize)
      expect(summary).toMatchObject({ rowsSeen: 7, rowsMapped: 7, rowsRejected: 0, errorCount: 0 })
      expect(rows.map((r) => r.externalId)).toEqual(['1', '2', '3', '4', '5', '6', '7'])
      expect(rows[0]?.text).toBe('Export to PDF:\n- cuts the last column\n- loses the logo')
      expect(rows[2]?.text).toBe('Please add a dark mode.\nMy eyes hurt at night.')
      expect(rows[4]?.text).toBe('Search misses accents\nlike café')
      expect(rows[6]?.text).toBe('Weekly report "Summary" is empty')
    }
  })
})

describe('ratings and revenue', () => {
  it('proposes numbers for known rating scales and nothing for numbers or unknown words', () => {
    expect(defaultRatingValueMap(['Good', 'Bad', 'Offered'])).toEqual({ good: 5, bad: 1, offered: null, unoffered: null })
    expect(defaultRatingValueMap(['Very satisfied', 'Neutral', 'Dissatisfied'])).toEqual({ 'very satisfied': 5, neutral: 3, dissatisfied: 2 })
    expect(defaultRatingValueMap(['Excellent', 'Good', 'Poor'])).toEqual({ excellent: 5, good: 4, poor: 2 })
    expect(defaultRatingValueMap(['4', '5', ''])).toBeUndefined()
    expect(defaultRatingValueMap(['Purple', 'Green'])).toBeUndefined()
  })

  it('reads ratings written as "4/5", "4 out of 5", "4 stars" and stars', () => {
    for (const raw of ['4', '4/5', '4 out of 5', '4 stars', '★★★★☆']) expect(parseRating(raw)).toEqual({ ok: true, value: 4 })
    expect(parseRating('Good').ok).toBe(false)
  })

  it('guesses MRR or ARR and the currency from the column name, else from the values', () => {
    expect(guessRevenue('Account ARR [decimal]')).toEqual({ kind: 'arr', kindFrom: 'name' })
    expect(guessRevenue('Jahresumsatz (€)')).toEqual({ kind: 'arr', kindFrom: 'name', currency: 'EUR', currencyFrom: 'name' })
    expect(guessRevenue('Monthly spend USD')).toEqual({ kind: 'mrr', kindFrom: 'name', currency: 'USD', currencyFrom: 'name' })
    expect(guessRevenue('Contract value', ['£12,000/yr', '£8,400/yr'])).toEqual({ kind: 'arr', kindFrom: 'values', currency: 'GBP', currencyFrom: 'values' })
    expect(guessRevenue('Amount', ['120', '80'])).toEqual({ kind: 'mrr', kindFrom: 'default' })
    // Nearly all multiples of 12, in the thousands: twelve monthly prices.
    expect(guessRevenue('Contract value', ['48000.00', '120000.00', '6000.00', '18000.00', '30000.00', 'n/a'])).toEqual({ kind: 'arr', kindFrom: 'values' })
    expect(guessRevenue('Contract value', ['49', '99', '149', '1250', '8900'])).toEqual({ kind: 'mrr', kindFrom: 'default' })
  })
})

describe('plainHeader', () => {
  it('strips HTML from a question header and decodes entities, leaving "<5" alone', () => {
    expect(plainHeader('<strong>What almost stopped you</strong> from signing up?')).toBe('What almost stopped you from signing up?')
    expect(plainHeader('What&#39;s your <em>work</em> email?')).toBe("What's your work email?")
    expect(plainHeader('Teams <5 seats &amp; more')).toBe('Teams <5 seats & more')
  })
})
