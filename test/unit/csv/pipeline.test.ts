import { describe, expect, it } from 'vitest'
import { createImportPipeline, headerSignature, type MappedFeedback } from '../../../src/shared/csv'
import { fixture, importFixture, runImport } from './fixtures'

const encode = (text: string) => new TextEncoder().encode(text)
const feedbackCsv = (rows: number) =>
  'Id,Created,Feedback\n' + Array.from({ length: rows }, (_, i) => `${i + 1},2026-01-${String((i % 28) + 1).padStart(2, '0')},Comment number ${i + 1}\n`).join('')

describe('createImportPipeline', () => {
  it('delivers rows in batches, waiting for each batch before the next', async () => {
    const log: string[] = []
    const { batches, summary } = await runImport(encode(feedbackCsv(1200)), {
      batchSize: 500,
      onBatch: async (rows) => {
        log.push(`start ${rows[0]?.externalId}`)
        await new Promise((resolve) => setTimeout(resolve, 1))
        log.push(`end ${rows[0]?.externalId}`)
      }
    }, 4096)
    expect(batches).toEqual([500, 500, 200])
    expect(log).toEqual(['start 1', 'end 1', 'start 501', 'end 501', 'start 1001', 'end 1001'])
    expect(summary).toMatchObject({ rowsSeen: 1200, rowsMapped: 1200, itemsEmitted: 1200 })
  })

  it('counts and previews the whole file in a dry run without delivering anything', async () => {
    const { batches, summary } = await runImport(encode(feedbackCsv(1200)), { dryRun: true })
    expect(batches).toEqual([])
    expect(summary).toMatchObject({ rowsSeen: 1200, rowsMapped: 1200, itemsEmitted: 1200, encoding: 'utf-8', delimiter: ',', headerRow: 1 })
    expect(summary.preview).toHaveLength(20)
    expect(summary.preview[0]).toMatchObject({ externalId: '1', text: 'Comment number 1', receivedDate: '2026-01-01', receivedAt: '2026-01-01T12:00:00.000Z' })
  })

  it('keeps the first 100 row errors and counts them all', async () => {
    const csv = 'Id,Created,Feedback\n' + Array.from({ length: 150 }, (_, i) => `${i + 1},2026-01-02,${i < 3 ? `Text ${i}` : ''}\n`).join('')
    const { summary } = await runImport(encode(csv), {
      dryRun: true,
      mapping: { text: { columns: ['Feedback'] }, receivedAt: { columns: ['Created'] }, externalId: { columns: ['Id'] } }
    })
    expect(summary.errorCount).toBe(147)
    expect(summary.errors).toHaveLength(100)
    expect(summary.errors[0]?.message).toBe('Row 5, column "Feedback": the feedback text is empty ("Feedback")')
    expect(summary.rowsRejected).toBe(147)
  })

  it('reads the file in the encoding the user chooses', async () => {
    const bytes = fixture('semicolon-european.csv')
    const asUtf8 = await runImport(bytes, { encoding: 'utf-8', dryRun: true })
    expect(asUtf8.summary).toMatchObject({ encoding: 'utf-8', encodingReason: 'chosen by you' })
    expect(asUtf8.summary.preview[0]?.customerName).toBe('S\ufffdren Madsen')
    const as1252 = await runImport(bytes, { encoding: 'windows-1252', dryRun: true })
    expect(as1252.summary.preview[0]?.customerName).toBe('Søren Madsen')
  })

  it('warns when bytes further into a UTF-8 file are not UTF-8', async () => {
    const head = encode(feedbackCsv(5000))
    const tail = new Uint8Array([...encode('5001,2026-02-01,Caf'), 0xe9, ...encode(' au lait\n')])
    const bytes = new Uint8Array(head.length + tail.length)
    bytes.set(head)
    bytes.set(tail, head.length)
    const { summary } = await runImport(bytes, { dryRun: true })
    expect(summary.encoding).toBe('utf-8')
    expect(summary.encodingWarning).toBe('1 character further into the file is not valid UTF-8. If accents look wrong, choose Windows-1252.')
  })

  it('uses the mapping it is given, and refuses one naming columns the file lacks', async () => {
    const given = await runImport(encode(feedbackCsv(3)), { dryRun: true, mapping: { text: { columns: ['Feedback'] }, title: { columns: ['Id'] } } })
    expect(given.summary.mappingFrom).toBe('given')
    expect(given.summary.preview[0]).toMatchObject({ title: '1', extra: { Created: '2026-01-01' } })
    const wrong = await runImport(encode(feedbackCsv(3)), { mapping: { text: { columns: ['Body'] } } })
    expect(wrong.summary.fatal).toEqual({ code: 'mapping-columns-missing', message: 'The mapping uses columns this file does not have: "Body".' })
  })

  it('picks a saved preset whose header signature matches the file', async () => {
    const preset = { name: 'Support export', headerSignature: headerSignature(['id', 'created', 'feedback']), mapping: { text: { columns: ['Feedback'] }, plan: { columns: ['Id'] } } }
    const { summary } = await runImport(encode(feedbackCsv(2)), { dryRun: true, presets: [preset] })
    expect(summary).toMatchObject({ mappingFrom: 'preset', presetName: 'Support export' })
    expect(summary.preview[0]?.plan).toBe('1')
  })

  it('reuses the last import of the same layout before a preset, with its source and time zone', async () => {
    const signature = headerSignature(['Id', 'Created', 'Feedback'])
    const preset = { name: 'Support export', headerSignature: signature, mapping: { text: { columns: ['Feedback'] } } }
    const remembered = [
      { headerSignature: signature, importedAt: '2026-09-07T09:00:00.000Z', fileName: 'week-36.csv', source: 'support', mapping: { text: { columns: ['Feedback'] }, externalId: { columns: ['Id'] }, receivedAt: { columns: ['Created'], timeZone: 'America/New_York' } } },
      { headerSignature: signature, importedAt: '2026-08-31T09:00:00.000Z', fileName: 'week-35.csv', source: 'other', mapping: { text: { columns: ['Feedback'] } } },
      { headerSignature: 'some|other|layout', importedAt: '2026-09-08T09:00:00.000Z', mapping: { text: { columns: ['x'] } } }
    ]
    const csv = encode('Id,Created,Feedback\n7,2026-09-01 08:55,Exports are slow\n')
    const { summary, rows } = await runImport(csv, { presets: [preset], remembered, defaultTimeZone: 'Asia/Kolkata' })
    expect(summary).toMatchObject({ mappingFrom: 'last-import', lastImport: { importedAt: '2026-09-07T09:00:00.000Z', fileName: 'week-36.csv' }, source: 'support' })
    expect(rows[0]).toMatchObject({ externalId: '7', source: 'support', dedupeKey: 'support:7', receivedAt: '2026-09-01T12:55:00.000Z' })
    const given = await runImport(csv, { presets: [preset], remembered, mapping: { text: { columns: ['Feedback'] } } })
    expect(given.summary.mappingFrom).toBe('given')
  })

  it('names the source the user gives instead of the recognised one', async () => {
    const { summary, rows } = await importFixture('canny.csv', { source: 'canny-eu' })
    expect(summary).toMatchObject({ source: 'canny-eu', sourceLabel: 'Canny posts' })
    expect(rows[0]?.dedupeKey).toBe('canny-eu:63f1a2b4c5d6e7f801234567')
  })

  describe('a date column whose values fit both day/month orders', () => {
    const ambiguous = 'Id,Date,Feedback\n1,03/04/2026,Slow board\n2,05/06/2026,Dark mode\n'

    it('asks for the order after a dry run', async () => {
      const { summary } = await runImport(encode(ambiguous), { dryRun: true })
      expect(summary.needsDayMonthOrder).toBe(true)
      expect(summary.mapping?.receivedAt?.dayMonthOrder).toBeUndefined()
    })

    it('refuses to write until the order is chosen', async () => {
      const { summary, batches } = await runImport(encode(ambiguous))
      expect(summary.fatal).toEqual({
        code: 'ambiguous-date-order',
        message: 'The dates in "Date" could be day-first or month-first (like 03/04/2026). Choose the order, then import again.'
      })
      expect(batches).toEqual([])
    })

    it('can read on and report instead, for a preview that classifies rows without writing them', async () => {
      const { summary, rows } = await runImport(encode(ambiguous), { stopOnAmbiguousDates: false })
      expect(summary.fatal).toBeUndefined()
      expect(summary.needsDayMonthOrder).toBe(true)
      expect(rows).toHaveLength(2)
    })

    it('imports with the order the user chose', async () => {
      const { rows } = await runImport(encode(ambiguous), { mapping: { text: { columns: ['Feedback'] }, receivedAt: { columns: ['Date'], dayMonthOrder: 'day-first' } } })
      expect(rows.map((r) => r.receivedDate)).toEqual(['2026-04-03', '2026-06-05'])
    })

    it('settles the order from a value past the sample, and redraws the preview with it', async () => {
      const csv = ambiguous + '3,25/06/2026,Search\n'
      const { summary } = await runImport(encode(csv), { dryRun: true, tuning: { sampleRows: 2 } })
      expect(summary.needsDayMonthOrder).toBeUndefined()
      expect(summary.mapping?.receivedAt?.dayMonthOrder).toBe('day-first')
      expect(summary.preview.map((r) => r.receivedDate)).toEqual(['2026-04-03', '2026-06-05', '2026-06-25'])
    })
  })

  it('reports UserVoice voters of a suggestion that come back after another suggestion', async () => {
    const lines = new TextDecoder().decode(fixture('uservoice.csv')).trimEnd().split('\n')
    const moved = [lines[0], lines[1], lines[5], lines[2], ...lines.slice(6)].join('\n') + '\n'
    const { summary, rows } = await runImport(encode(moved))
    expect(summary.errors[0]?.message).toBe(
      'Row 4, column "suggestion.id": "41275" appeared earlier in the file; rows of one item must be together (sort the export by this column). This row was not counted.'
    )
    expect(rows.find((r) => r.externalId === '41275')?.voterCount).toBe(1)
  })

  it('treats footer-like rows followed by data as data', async () => {
    const { summary } = await runImport(encode('Id,Feedback\n1,Fine\nTotal\n2,Also fine\n\n'))
    expect(summary.footersDropped).toEqual([])
    expect(summary.errors.map((e) => e.message)).toEqual(['Row 3 has 1 cells, the header has 2'])
    expect(summary.rowsMapped).toBe(2)
  })

  it('reports progress while it reads', async () => {
    const pipeline = createImportPipeline({ dryRun: true })
    const bytes = encode(feedbackCsv(5000))
    await pipeline.feed(bytes.subarray(0, 100 * 1024))
    const halfway = pipeline.progress
    expect(halfway.bytesRead).toBe(100 * 1024)
    expect(halfway.rowsSeen).toBeGreaterThan(0)
    await pipeline.feed(bytes.subarray(100 * 1024))
    await pipeline.finish()
    expect(pipeline.progress).toEqual({ bytesRead: bytes.length, rowsSeen: 5000 })
  })

  it('ignores feeding after the end and returns the same summary', async () => {
    const seen: MappedFeedback[] = []
    const pipeline = createImportPipeline({ onBatch: (rows) => void seen.push(...rows) })
    await pipeline.feed(encode(feedbackCsv(2)))
    const summary = await pipeline.finish()
    await pipeline.feed(encode('3,2026-01-01,late\n'))
    expect(await pipeline.finish()).toBe(summary)
    expect(seen).toHaveLength(2)
  })
})
