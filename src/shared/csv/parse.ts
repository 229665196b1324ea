import Papa from 'papaparse'

export const delimiters = [',', ';', '\t', '|'] as const
export type Delimiter = (typeof delimiters)[number]
/** `\n` also ends CRLF records: the `\r` left on a record's last cell is removed. `\r` is for old Mac files. */
export type LineBreak = '\n' | '\r'

export interface CsvRecord {
  /** 1-based record number in the file, as a spreadsheet counts rows (a multi-line cell is one row). */
  row: number
  fields: string[]
  /** A quote inside a quoted cell was not doubled; the cells may be split wrongly. */
  malformedQuote?: true
}

export type ParseProblem =
  | { code: 'unterminated-quote'; row: number }
  | { code: 'cell-too-large'; row: number; columnIndex: number; limit: number }
  | { code: 'record-too-large'; row: number; limit: number }

export const DEFAULT_MAX_CELL_LENGTH = 1024 * 1024
export const DEFAULT_MIN_PARSE_CHARS = 64 * 1024

export interface RecordParserOptions {
  delimiter: Delimiter
  lineBreak?: LineBreak
  /** Longest cell, in characters, before the file is refused (1 MB by default). */
  maxCellLength?: number
  /** Longest record, in characters (16 cells of the maximum by default). */
  maxRecordLength?: number
  /** Text gathered before each parse; smaller only makes tests exercise more chunk edges. */
  minParseChars?: number
  onRecords(records: CsvRecord[]): void
}

export interface RecordParser {
  push(text: string): void
  finish(): void
  /** Set once the file cannot be read on; nothing more is parsed after it. */
  readonly problem: ParseProblem | undefined
  /** Characters held back: at most one unfinished record plus the text gathered for the next parse. */
  readonly bufferedChars: number
}

interface PapaResult {
  data: string[][]
  errors: Array<{ code: string; row: number }>
  meta: { cursor: number }
}

/**
 * A streaming CSV record parser: papaparse's core parser run over the text gathered so far, keeping back the
 * unfinished last record (papaparse's `ignoreLastRow`, which knows when a quote is still open) for the next
 * round. Memory holds one unfinished record plus one round of text, whatever the file size.
 */
export function createRecordParser(options: RecordParserOptions): RecordParser {
  const lineBreak = options.lineBreak ?? '\n'
  const maxCell = options.maxCellLength ?? DEFAULT_MAX_CELL_LENGTH
  const maxRecord = options.maxRecordLength ?? maxCell * 16
  const minParse = Math.max(1, options.minParseChars ?? DEFAULT_MIN_PARSE_CHARS)
  const papa = new Papa.Parser({ delimiter: options.delimiter, newline: lineBreak, quoteChar: '"' })

  let pending = ''
  let recordsSoFar = 0
  let parseAt = minParse
  let problem: ParseProblem | undefined

  function run(final: boolean): void {
    const input = pending
    const result = papa.parse(input, 0, !final) as PapaResult
    const rows = result.data
    let unterminatedAt = -1
    const malformed = new Set<number>()
    for (const error of result.errors) {
      if (error.row >= rows.length) continue // belongs to the record held back for the next round
      if (error.code === 'MissingQuotes') unterminatedAt = error.row
      else if (error.code === 'InvalidQuotes') malformed.add(error.row)
    }

    const records: CsvRecord[] = []
    for (let i = 0; i < rows.length; i++) {
      const row = recordsSoFar + i + 1
      if (i === unterminatedAt) {
        problem = { code: 'unterminated-quote', row }
        break
      }
      const fields = rows[i] as string[]
      if (lineBreak === '\n') dropCarriageReturn(fields)
      const tooLong = fields.findIndex((cell) => cell.length > maxCell)
      if (tooLong !== -1) {
        problem = { code: 'cell-too-large', row, columnIndex: tooLong, limit: maxCell }
        break
      }
      records.push(malformed.has(i) ? { row, fields, malformedQuote: true } : { row, fields })
    }
    recordsSoFar += records.length
    pending = final || problem ? '' : input.slice(result.meta.cursor)
    if (records.length > 0) options.onRecords(records)
    if (!final && !problem) {
      checkHeldBackRecord()
      parseAt = pending.length + Math.max(minParse, pending.length)
    }
  }

  /** A record still open after this much text is a giant cell, or a quote that is never closed. */
  function checkHeldBackRecord(): void {
    if (pending.length <= maxCell) return
    const probe = papa.parse(pending, 0, false) as PapaResult
    const fields = probe.data[0] ?? []
    const row = recordsSoFar + 1
    const tooLong = fields.findIndex((cell) => cell.length > maxCell)
    if (tooLong !== -1) problem = { code: 'cell-too-large', row, columnIndex: tooLong, limit: maxCell }
    else if (pending.length > maxRecord) problem = { code: 'record-too-large', row, limit: maxRecord }
    if (problem) pending = ''
  }

  return {
    push(text) {
      if (problem || text.length === 0) return
      pending += text
      if (pending.length >= parseAt) run(false)
    },
    finish() {
      if (!problem) run(true)
    },
    get problem() {
      return problem
    },
    get bufferedChars() {
      return pending.length
    }
  }
}

/** Records of a piece of text at once (for sniffing a sample); `complete: false` leaves out a cut-off last record. */
export function parseRecords(text: string, delimiter: Delimiter, lineBreak: LineBreak, complete: boolean): string[][] {
  const result = new Papa.Parser({ delimiter, newline: lineBreak, quoteChar: '"' }).parse(text, 0, !complete) as PapaResult
  if (lineBreak === '\n') for (const fields of result.data) dropCarriageReturn(fields)
  return result.data
}

function dropCarriageReturn(fields: string[]): void {
  const last = fields.length - 1
  const cell = fields[last]
  if (cell !== undefined && cell.endsWith('\r')) fields[last] = cell.slice(0, -1)
}

export interface LineBreakNormalizer {
  /** The text with every CR, LF and CRLF outside quotes as LF; a CR at the very end waits for the next text. */
  push(text: string): string
  /** What is left at the end of the file (a held-back CR becomes LF). */
  flush(): string
}

/**
 * Makes every record end in LF, whatever each line used: files stitched together on different systems mix CRLF,
 * LF and old-Mac CR, and papaparse reads a text with one newline only. Line breaks inside quotes are the cell's
 * own and are left as they are. A quote opens a quoted cell only where papaparse opens one, at the start of a
 * cell (after a line break or any of the delimiters it may be), so a stray inch mark (`5" screen`) does not
 * swallow the rest of the file; `""` inside a quoted cell is a quote. State carries across pushes, so a chunk
 * may end anywhere, even between CR and LF.
 */
export function createLineBreakNormalizer(): LineBreakNormalizer {
  let inQuotes = false
  let heldCarriageReturn = false
  /** The character before this text (a line start at first), and whether it was a quote that closed a cell. */
  let previous = '\n'
  let previousClosed = false
  /** Index in the current text of the last quote that closed a cell (-1: none yet). */
  let lastClose = -1

  const opensCell = (c: string) => c === '\n' || c === '\r' || c === ',' || c === ';' || c === '\t' || c === '|'

  return {
    push(input) {
      let text = input
      let out = ''
      if (heldCarriageReturn && text.length > 0) {
        heldCarriageReturn = false
        out = '\n'
        if (text[0] === '\n') text = text.slice(1)
      }
      if (text.length === 0) return out
      let start = 0
      let quote = text.indexOf('"')
      let cr = text.indexOf('\r')
      // Jumps from quote to quote and CR to CR: most text is neither.
      while (quote !== -1 || cr !== -1) {
        if (quote !== -1 && (cr === -1 || quote < cr)) {
          const before = quote > 0 ? (text[quote - 1] as string) : previous
          const closedJustBefore = quote > 0 ? lastClose === quote - 1 : previousClosed
          if (inQuotes) {
            inQuotes = false
            lastClose = quote
          } else if (opensCell(before) || closedJustBefore) inQuotes = true
          quote = text.indexOf('"', quote + 1)
          continue
        }
        if (!inQuotes) {
          out += text.slice(start, cr)
          if (cr + 1 === text.length) {
            heldCarriageReturn = true
            start = text.length
            break
          }
          out += '\n'
          start = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1
        }
        cr = text.indexOf('\r', cr + 1)
      }
      previousClosed = lastClose === text.length - 1
      previous = text[text.length - 1] as string
      lastClose = -1
      return out + text.slice(start)
    },
    flush() {
      if (!heldCarriageReturn) return ''
      heldCarriageReturn = false
      return '\n'
    }
  }
}

/** The whole of a text normalised at once (a sample, a small table). */
export function normalizeLineBreaks(text: string): string {
  const normalizer = createLineBreakNormalizer()
  return normalizer.push(text) + normalizer.flush()
}
