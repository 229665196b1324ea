import { detectBinaryFile } from './binary'
import { createChunkDecoder, detectEncoding, type TextEncoding } from './decode'
import { createRecordParser, normalizeLineBreaks, type CsvRecord, type Delimiter } from './parse'
import { footerText, isBlankRow, isFooterRow, sniffLayout } from './sniff'

export interface CsvTable {
  encoding: TextEncoding
  encodingReason: string
  delimiter: Delimiter
  headers: string[]
  /** Data rows with their spreadsheet row numbers; blank rows and report footers left out. */
  rows: CsvRecord[]
  footersDropped: string[]
}

export type CsvTableResult = { ok: true; table: CsvTable } | { ok: false; message: string }

/** Small tables (an inventory spreadsheet) are read whole; feedback exports go through the streaming pipeline. */
export const MAX_TABLE_BYTES = 10 * 1024 * 1024

/**
 * Reads a small CSV whole, with the import pipeline's decoding, layout
 * sniffing and parsing: the same encodings, delimiters, preambles and footers.
 */
export function readCsvTable(bytes: Uint8Array, fileName: string, options: { encoding?: TextEncoding } = {}): CsvTableResult {
  if (bytes.length === 0) return { ok: false, message: `${fileName} is empty.` }
  if (bytes.length > MAX_TABLE_BYTES) return { ok: false, message: `${fileName} is larger than ${MAX_TABLE_BYTES / 1024 / 1024} MB, too large for a table like this.` }
  const guess = options.encoding ? { encoding: options.encoding, reason: 'chosen by you' } : detectEncoding(bytes)
  const binary = detectBinaryFile(bytes, guess.encoding)
  if (binary) return { ok: false, message: `${fileName}: ${binary.message}` }
  const decoder = createChunkDecoder(guess.encoding)
  const text = normalizeLineBreaks(decoder.decode(bytes) + decoder.flush())
  const layout = sniffLayout(text, { complete: true })
  if (!layout) return { ok: false, message: `${fileName} has no header row.` }
  const records: CsvRecord[] = []
  const parser = createRecordParser({ delimiter: layout.delimiter, lineBreak: layout.lineBreak, onRecords: (found) => records.push(...found) })
  parser.push(text)
  parser.finish()
  if (parser.problem) return { ok: false, message: `${fileName}, row ${parser.problem.row}: a quoted cell is never closed or is too large.` }
  const data = records.filter((record) => record.row > layout.headerRecordIndex + layout.headerRowCount && !isBlankRow(record.fields))
  const footers: CsvRecord[] = []
  while (data.length > 0 && isFooterRow(data[data.length - 1]!.fields)) footers.unshift(data.pop()!)
  if (data.length === 0) return { ok: false, message: `${fileName} has a header row but no rows.` }
  return {
    ok: true,
    table: { encoding: guess.encoding, encodingReason: guess.reason, delimiter: layout.delimiter, headers: layout.headers, rows: data, footersDropped: footers.map((record) => footerText(record.fields)) }
  }
}
