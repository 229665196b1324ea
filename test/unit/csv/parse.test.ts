import { describe, expect, it } from 'vitest'
import { createRecordParser, type CsvRecord, type RecordParserOptions } from '../../../src/shared/csv'

function parseInPieces(text: string, pieceSize: number, options: Partial<RecordParserOptions> = {}) {
  const records: CsvRecord[] = []
  const parser = createRecordParser({ delimiter: ',', minParseChars: 1, ...options, onRecords: (r) => records.push(...r) })
  for (let i = 0; i < text.length; i += pieceSize) parser.push(text.slice(i, i + pieceSize))
  parser.finish()
  return { records, problem: parser.problem }
}

describe('createRecordParser', () => {
  const tricky =
    'id,text,n\r\n' +
    '1,"multi\r\nline ""quoted"", with comma",2\r\n' +
    '2,,\r\n' +
    '\r\n' +
    '3,"ends with quote """,4\r\n' +
    '4,plain,5'

  it('reads RFC 4180 quoting, multi-line cells, doubled quotes and CRLF, cut at any character', () => {
    const expected = [
      { row: 1, fields: ['id', 'text', 'n'] },
      { row: 2, fields: ['1', 'multi\r\nline "quoted", with comma', '2'] },
      { row: 3, fields: ['2', '', ''] },
      { row: 4, fields: [''] },
      { row: 5, fields: ['3', 'ends with quote "', '4'] },
      { row: 6, fields: ['4', 'plain', '5'] }
    ]
    for (let size = 1; size <= tricky.length; size++) {
      expect(parseInPieces(tricky, size).records).toEqual(expected)
    }
  })

  it('reads LF files and a file without a final line break the same way', () => {
    expect(parseInPieces('a,b\n1,2\n', 3).records).toEqual(parseInPieces('a,b\r\n1,2', 2).records)
  })

  it('numbers records as a spreadsheet numbers rows, a multi-line cell being one row', () => {
    const { records } = parseInPieces('h\n"a\nb\nc"\nnext\n', 4)
    expect(records.map((r) => r.row)).toEqual([1, 2, 3])
  })

  it('reports an unterminated quote at the end with the row it opens in', () => {
    const { records, problem } = parseInPieces('id,text\n1,ok\n2,"never closed\n3,more\n', 5)
    expect(records.map((r) => r.row)).toEqual([1, 2])
    expect(problem).toEqual({ code: 'unterminated-quote', row: 3 })
  })

  it('flags a quote inside a quoted cell that is not doubled', () => {
    const { records } = parseInPieces('id,text\n1,"a "b" c"\n', 4)
    expect(records[1]).toMatchObject({ row: 2, malformedQuote: true })
  })

  it('stops at a cell over the limit while it is still being read, naming its row and column', () => {
    const pushed: number[] = []
    const parser = createRecordParser({ delimiter: ',', maxCellLength: 1000, minParseChars: 100, onRecords: (r) => pushed.push(...r.map((x) => x.row)) })
    parser.push('id,text\n1,ok\n2,"')
    for (let i = 0; i < 50 && !parser.problem; i++) parser.push('x'.repeat(100))
    expect(parser.problem).toEqual({ code: 'cell-too-large', row: 3, columnIndex: 1, limit: 1000 })
    expect(parser.bufferedChars).toBe(0)
    expect(pushed).toEqual([1, 2])
  })

  it('stops at a complete cell over the limit too', () => {
    const { problem } = parseInPieces(`a,b\n1,${'y'.repeat(50)}\n`, 1000, { maxCellLength: 20 })
    expect(problem).toEqual({ code: 'cell-too-large', row: 2, columnIndex: 1, limit: 20 })
  })

  it('holds back no more than one unfinished record and one round of text, whatever the file size', () => {
    const row = '12345,"A customer comment, with a comma and ""quotes""",Business,2026-01-14\n'
    let records = 0
    let largest = 0
    const parser = createRecordParser({ delimiter: ',', onRecords: (r) => void (records += r.length) })
    const chunk = row.repeat(1000)
    for (let i = 0; i < 150; i++) {
      parser.push(chunk)
      largest = Math.max(largest, parser.bufferedChars)
    }
    parser.finish()
    expect(records).toBe(150_000)
    expect(largest).toBeLessThan(64 * 1024 + chunk.length)
  })
})
