import { describe, expect, it } from 'vitest'
import type { ImportBatch, MappingPreset } from '../../../src/shared/domain/feedback/feedback'
import { autoMap, headerScore, headerSignature, mappingSchema, missingColumns, readMapping, similarity } from '../../../src/shared/csv'

describe('autoMap', () => {
  it('maps headers by their synonyms, whatever their case and punctuation', () => {
    const headers = ['Ticket_ID', 'SUBJECT', 'Message Body', 'Created-At', 'Customer E-mail', 'Organisation', 'Tier', 'Labels', 'Link']
    const rows = [['T-1', 'Slow', 'The board is slow to load with many cards', '2026-01-02', 'a@b.co', 'Acme', 'Pro', 'perf', 'https://x.io/1']]
    const mapping = autoMap(headers, rows)
    expect(Object.fromEntries(Object.entries(mapping).map(([field, m]) => [field, m?.columns]))).toEqual({
      externalId: ['Ticket_ID'],
      title: ['SUBJECT'],
      text: ['Message Body'],
      receivedAt: ['Created-At'],
      customerEmail: ['Customer E-mail'],
      company: ['Organisation'],
      plan: ['Tier'],
      importedTags: ['Labels'],
      url: ['Link']
    })
  })

  it('gives every field a confidence between 0 and 1', () => {
    const mapping = autoMap(['Feedbak', 'Emial'], [['A long enough comment about reports', 'x@y.io']])
    expect(mapping.text).toMatchObject({ columns: ['Feedbak'] })
    expect(mapping.customerEmail).toMatchObject({ columns: ['Emial'] })
    for (const field of Object.values(mapping)) expect(field?.confidence).toBeGreaterThan(0.4)
  })

  it('finds columns from their values when the header says nothing', () => {
    const rows = [
      ['x1', 'anna@acme.io', 'https://acme.io/t/1', '2026-01-02 10:00', 'The export to PDF cuts off the last column of wide tables'],
      ['x2', 'bo@globex.io', 'https://acme.io/t/2', '2026-01-03 11:30', 'Please add keyboard shortcuts for moving cards between lists']
    ]
    const mapping = autoMap(['A', 'B', 'C', 'D', 'E'], rows)
    expect(mapping.customerEmail?.columns).toEqual(['B'])
    expect(mapping.url?.columns).toEqual(['C'])
    expect(mapping.receivedAt?.columns).toEqual(['D'])
    expect(mapping.text?.columns).toEqual(['E'])
  })

  it('refuses a header match whose values do not fit (a "Date" column of names)', () => {
    const mapping = autoMap(['Date', 'Feedback'], [['Ann', 'Slow board'], ['Bob', 'No dark mode'], ['Cy', 'Search']])
    expect(mapping.receivedAt).toBeUndefined()
  })

  it('never takes a column with repeated values as the external id', () => {
    const rows = Array.from({ length: 10 }, (_, i) => [String(i % 3), `Comment number ${i}`])
    expect(autoMap(['ID', 'Comment'], rows).externalId).toBeUndefined()
  })

  it('joins first and last name, and takes every repeated tag column', () => {
    const mapping = autoMap(['First Name', 'Last Name', 'Comment', 'Tags', 'Tags (2)'], [['Ann', 'Lee', 'Great', 'a', 'b']])
    expect(mapping.customerName?.columns).toEqual(['First Name', 'Last Name'])
    expect(mapping.importedTags?.columns).toEqual(['Tags', 'Tags (2)'])
  })

  it('reads the time zone from the date header and the day/month order from its values', () => {
    const mapping = autoMap(['Created at (UTC+02:00)', 'Text'], [['14/01/2026 10:00', 'x'], ['03/02/2026 10:00', 'y']])
    expect(mapping.receivedAt).toMatchObject({ timeZone: '+02:00', dayMonthOrder: 'day-first' })
  })

  it('tells ARR from MRR and reads a currency from the header', () => {
    expect(autoMap(['Feedback', 'ARR (EUR)'], [['x', '12.000']]).revenue).toMatchObject({ kind: 'arr', currency: 'EUR' })
    expect(autoMap(['Feedback', 'Monthly spend'], [['x', '1200']]).revenue).toMatchObject({ kind: 'mrr' })
  })

  it('falls back to the title as text when there is no body column', () => {
    const mapping = autoMap(['Title', 'Votes'], [['Dark mode', '12']])
    expect(mapping.text?.columns).toEqual(['Title'])
    expect(mapping.title).toBeUndefined()
    expect(mapping.voterCount?.columns).toEqual(['Votes'])
  })
})

describe('header matching', () => {
  it('scores an exact synonym 1 and a synonym as the header\'s last word above one inside it', () => {
    expect(headerScore('plan', 'Plan')).toBe(1)
    expect(headerScore('plan', 'Company plan')).toBeGreaterThan(headerScore('company', 'Company plan'))
  })

  it('measures similarity by edit distance', () => {
    expect(similarity('feedback', 'feedbak')).toBeCloseTo(0.875)
    expect(similarity('', '')).toBe(1)
  })
})

describe('mappings as stored data', () => {
  it('reads a stored mapping back and rejects one that no longer fits', () => {
    const stored: Record<string, unknown> = { text: { columns: ['Body'] }, revenue: { columns: ['ARR'], kind: 'arr', currency: 'EUR' } }
    expect(readMapping(stored)).toEqual(stored)
    expect(readMapping({ text: { columns: [] } })).toBeUndefined()
    expect(mappingSchema.safeParse({ revenue: { columns: ['x'], kind: 'weekly' } }).success).toBe(false)
  })

  it('names the columns a mapping uses that a file does not have', () => {
    expect(missingColumns({ text: { columns: ['Body', 'Title'] } }, ['Title'])).toEqual(['Body'])
  })

  it('gives the same header signature however the header is spelled', () => {
    expect(headerSignature(['Created At', 'E-mail'])).toBe(headerSignature(['created_at', 'e mail']))
  })
})

describe('a mapping fits the domain records that store it', () => {
  it('can be stored as a MappingPreset or ImportBatch mapping as is', () => {
    const mapping = autoMap(['Feedback'], [['A comment long enough to be text']])
    const preset: Pick<MappingPreset, 'mapping' | 'headerSignature'> = { mapping, headerSignature: headerSignature(['Feedback']) }
    const batch: Pick<ImportBatch, 'mapping'> = { mapping }
    expect(readMapping(JSON.parse(JSON.stringify(preset.mapping)))).toEqual(batch.mapping)
  })
})
