import { describe, expect, it } from 'vitest'
import { importFixture, runImport } from './fixtures'

const encode = (text: string) => new TextEncoder().encode(text)

describe('bad files get a clear message and no rows', () => {
  it('refuses an empty file', async () => {
    const { summary, rows } = await importFixture('empty.csv')
    expect(summary.fatal).toEqual({ code: 'empty-file', message: 'The file is empty.' })
    expect(rows).toEqual([])
  })

  it('refuses a file of blank lines as empty', async () => {
    const { summary } = await runImport(encode('\r\n\r\n  \n'))
    expect(summary.fatal?.code).toBe('empty-file')
  })

  it('refuses an .xlsx renamed .csv', async () => {
    const { summary, rows } = await importFixture('fake-xlsx.csv')
    expect(summary.fatal).toEqual({ code: 'binary-file', message: 'This looks like an Excel or ZIP file, not a CSV. Save it as CSV and try again.' })
    expect(rows).toEqual([])
  })

  it('refuses bytes that are binary data, not text', async () => {
    const junk = Array.from({ length: 400 }, (_, i) => (i * 37) % 256)
    const { summary, rows } = await runImport(new Uint8Array([...encode('Id,Feedback\n1,Fine\n'), ...junk]))
    expect(summary.fatal?.message).toBe('This file contains binary data, not text. Save it as CSV and try again.')
    expect(rows).toEqual([])
  })

  it('refuses a PDF, a PNG and a gzip file renamed .csv', async () => {
    for (const [head, message] of [
      [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37], /This is a PDF/],
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], /image \(PNG\)/],
      [[0x1f, 0x8b, 0x08, 0x00], /gzip/]
    ] as const) {
      const { summary, rows } = await runImport(new Uint8Array([...head, ...encode('Id,Feedback\n1,Fine\n')]))
      expect(summary.fatal?.code).toBe('binary-file')
      expect(summary.fatal?.message).toMatch(message)
      expect(rows).toEqual([])
    }
  })

  it('stops at binary data found further into the file', async () => {
    const head = encode(`Id,Feedback\n${'1,Fine\n'.repeat(20000)}`)
    const junk = Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)
    const bytes = new Uint8Array(head.length + junk.length)
    bytes.set(head)
    bytes.set(junk, head.length)
    const { summary, rows } = await runImport(bytes, {}, 64 * 1024)
    expect(summary.fatal?.code).toBe('binary-file')
    // Batches already delivered belong to an import batch the caller rolls back; the dry run finds this first.
    expect(rows.length).toBeLessThan(20000)
  })

  it('names the row of a quote that is never closed', async () => {
    const { summary, rows } = await importFixture('unterminated-quote.csv')
    expect(summary.fatal).toEqual({ code: 'unterminated-quote', message: 'Row 5: a quoted cell is never closed (a closing " is missing).' })
    expect(rows).toEqual([])
  })

  it('reports each ragged row by number and imports the others', async () => {
    const { summary, rows } = await importFixture('ragged.csv')
    expect(summary.fatal).toBeUndefined()
    expect(summary.errors).toEqual([
      { row: 5, message: 'Row 5 has 8 cells, the header has 9' },
      { row: 9, message: 'Row 9 has 12 cells, the header has 9' }
    ])
    expect(summary).toMatchObject({ rowsSeen: 10, rowsMapped: 8, rowsRejected: 2 })
    expect(rows.map((r) => r.externalId)).toEqual(['101', '102', '103', '105', '106', '107', '109', '110'])
  })

  it('accepts extra empty cells at the end of a row (a trailing delimiter)', async () => {
    const { summary, rows } = await runImport(encode('Id,Feedback\n1,Works well,,\n'))
    expect(summary.errorCount).toBe(0)
    expect(rows[0]?.text).toBe('Works well')
  })

  it('refuses a cell over the size limit, naming its row and column, before reading on', async () => {
    const huge = 'x'.repeat(3 * 1024 * 1024)
    const bytes = encode(`Id,Feedback,Plan\n1,Short,Business\n2,"${huge}",Starter\n3,Also short,Starter\n`)
    let delivered = 0
    const { summary } = await runImport(bytes, { onBatch: (b) => void (delivered += b.length) }, 64 * 1024)
    expect(summary.fatal).toEqual({
      code: 'cell-too-large',
      message: 'Row 3, column "Feedback": the cell is larger than 1 MB. Is a closing quote missing?'
    })
    expect(delivered).toBe(0)
  })

  it('applies a smaller cell limit when asked', async () => {
    const { summary } = await runImport(encode(`Id,Feedback\n1,${'y'.repeat(200)}\n`), { maxCellLength: 100 })
    expect(summary.fatal?.message).toBe('Row 2, column "Feedback": the cell is larger than 100 characters. Is a closing quote missing?')
  })

  it('says so when a file has a header but no rows', async () => {
    const { summary } = await runImport(encode('Id,Feedback,Created\n'))
    expect(summary.fatal).toEqual({ code: 'no-rows', message: 'The file has a header row but no rows.' })
  })

  it('asks for the text column when no column can be the text', async () => {
    const { summary, rows } = await runImport(encode('Id,Amount,Created\n1,12,2026-01-02\n2,14,2026-01-03\n'))
    expect(summary.fatal?.code).toBe('no-text-column')
    expect(summary.fatal?.message).toBe('No column looks like the feedback text. Choose the column (or columns) that hold it.')
    expect(rows).toEqual([])
  })

  it('rejects a row whose quote is not doubled, naming the row', async () => {
    const { summary, rows } = await runImport(encode('Id,Feedback\n1,"The "new" editor is slow"\n2,Fine\n'))
    expect(summary.errors.map((e) => e.message)).toEqual(['Row 2: a quote inside a quoted cell is not doubled (""), so its cells may be split wrongly'])
    expect(rows.map((r) => r.text)).toEqual(['Fine'])
  })

  it('imports a row whose date cannot be read, with a warning naming the column, rows and value', async () => {
    const csv = 'Id,Feedback,Created at\n1,Good,14/01/2026\n2,Fine,15/01/2026\n3,Bad date,31/02/2026\n4,Ok,16/01/2026\n'
    const { summary, rows } = await runImport(encode(csv))
    expect(summary.errors).toEqual([])
    expect(rows.map((r) => r.externalId)).toEqual(['1', '2', '3', '4'])
    expect(summary.warnings).toEqual([expect.objectContaining({ column: 'Created at', field: 'receivedAt', count: 1, rows: [4], values: ['31/02/2026'] })])
    expect(summary.warnings[0]?.message).toBe('Column "Created at": 1 row (4) has a value that is not a date ("31/02/2026"). The date is left empty there; the rows are imported and keep the value as an extra attribute.')
    expect(rows[2]?.extra['Created at']).toBe('31/02/2026')
  })
})
