import Papa from 'papaparse'

/**
 * A cell a spreadsheet would run: it starts with =, +, - or @ (after any
 * spaces), or with a tab or line break. Papaparse's own `escapeFormulae: true`
 * tests /^[=+\-@\t\r].*$/, which does not match a multi-line cell
 * ("=HYPERLINK(…)\nmore"), so every CSV Opsdeck writes uses this one.
 */
export const FORMULA_START = /^(\s*[=+\-@]|[\t\r\n])/

export type CsvCell = string | number | boolean | null | undefined

export interface WriteCsvOptions {
  /** A UTF-8 byte-order mark first, so Excel reads accents right. Default true. */
  bom?: boolean
}

/** Every CSV file Opsdeck writes: CRLF rows, quoted where needed, formulas neutralised with a leading apostrophe. */
export function writeCsv(fields: readonly string[], rows: readonly (readonly CsvCell[])[], { bom = true }: WriteCsvOptions = {}): string {
  const text = Papa.unparse({ fields: [...fields], data: rows.map((row) => row.map((cell) => cell ?? '')) }, { escapeFormulae: FORMULA_START, newline: '\r\n' })
  return bom ? `\uFEFF${text}` : text
}
