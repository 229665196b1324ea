import { delimiters, parseRecords, type Delimiter, type LineBreak } from './parse'

export interface Layout {
  delimiter: Delimiter
  lineBreak: LineBreak
  /** 0-based record index of the (first) header row; the records before it are preamble. */
  headerRecordIndex: number
  /** 2 for a two-row header (SurveyMonkey: question row, then a row of "Response" / option labels). */
  headerRowCount: 1 | 2
  /** One name per column: two-row headers combined, blanks named "Column N", repeats numbered. */
  headers: string[]
  /** The preamble lines skipped before the header, as text for the preview. */
  preamble: string[]
}

/**
 * Reads the shape of a file from its first part: delimiter, line break, header row (after any preamble),
 * two-row headers. Returns undefined when the sample holds nothing but blank lines.
 * `complete` says the sample is the whole file, so its last record is not cut off.
 */
export function sniffLayout(sampleText: string, options: { complete?: boolean } = {}): Layout | undefined {
  const complete = options.complete ?? false
  const lineBreak = detectLineBreak(sampleText)
  const declared = declaredDelimiter(sampleText)
  const delimiter = declared ?? steadiestDelimiter(sampleText, lineBreak, complete)
  const records = parseRecords(sampleText, delimiter, lineBreak, complete)
  if (records.every(isBlankRow)) return undefined

  const start = declared ? 1 : 0
  // Widths without trailing empty cells, so that rows ending in a delimiter ("1,Fine,,") do not outgrow the header.
  const width = modalWidth(records.slice(start).map(withoutTrailingBlanks))
  let headerIndex = records.findIndex(
    (r, i) => i >= start && withoutTrailingBlanks(r).length >= width && nonEmptyCount(r) >= Math.min(2, width)
  )
  if (headerIndex === -1) headerIndex = records.findIndex((r, i) => i >= start && !isBlankRow(r))

  const top = records[headerIndex] as string[]
  const next = records[headerIndex + 1]
  const twoRows = next !== undefined && isSubHeaderRow(top, next)
  const names = (twoRows ? combineHeaderRows(top, next) : top).map(plainHeader)

  return {
    delimiter,
    lineBreak,
    headerRecordIndex: headerIndex,
    headerRowCount: twoRows ? 2 : 1,
    headers: dedupeHeaders(names.map((name, i) => name || `Column ${i + 1}`)),
    preamble: records.slice(0, headerIndex).filter((r) => !isBlankRow(r)).map((r) => r.map((c) => c.trim()).filter(Boolean).join(' '))
  }
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/**
 * A header as the user should see it: Typeform writes questions with their formatting ("<strong>What</strong>
 * could we do better?"), so tags are removed and entities decoded. Only real tags go: "<5 seats" stays.
 */
export function plainHeader(name: string): string {
  if (name.indexOf('<') === -1 && name.indexOf('&') === -1) return name.trim()
  return name
    .replace(/<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/gi, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] !== '#') return entities[code.toLowerCase()] ?? whole
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10)
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole
    })
    .replace(/\s+/g, ' ')
    .replace(/\s+([?.,:;!])/g, '$1')
    .trim()
}

/** The first line break outside quotes decides; CRLF files are read with `\n` (the parser drops the `\r`). */
export function detectLineBreak(text: string): LineBreak {
  let inQuotes = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') inQuotes = !inQuotes
    else if (!inQuotes && c === '\n') return '\n'
    else if (!inQuotes && c === '\r') return i + 1 === text.length || text[i + 1] === '\n' ? '\n' : '\r'
  }
  return '\n'
}

/** Excel's `sep=;` first line names the delimiter outright. */
function declaredDelimiter(text: string): Delimiter | undefined {
  const match = /^"?sep=(.)"?\r?\n/i.exec(text)
  const declared = match?.[1] === 't' ? '\t' : match?.[1]
  return delimiters.find((d) => d === declared)
}

/** The delimiter that splits most lines into the same number of cells (more cells wins a tie). */
function steadiestDelimiter(text: string, lineBreak: LineBreak, complete: boolean): Delimiter {
  let best: { delimiter: Delimiter; share: number; width: number } = { delimiter: ',', share: 0, width: 1 }
  for (const delimiter of delimiters) {
    const records = parseRecords(text, delimiter, lineBreak, complete).filter((r) => !isBlankRow(r))
    const width = modalWidth(records)
    if (width < 2) continue
    // Over all lines, preamble included, so that a delimiter splitting only a few lines cannot look steady.
    const share = Math.round((100 * records.filter((r) => r.length === width).length) / records.length) / 100
    if (share > best.share || (share === best.share && width > best.width)) best = { delimiter, share, width }
  }
  return best.delimiter
}

/** The most common number of cells, among lines of two or more (one-cell lines are preamble, footers or a one-column file). */
function modalWidth(records: string[][]): number {
  const counts = new Map<number, number>()
  for (const r of records) if (r.length > 1 && !isBlankRow(r)) counts.set(r.length, (counts.get(r.length) ?? 0) + 1)
  let width = 1
  let seen = 0
  for (const [w, n] of counts) if (n > seen || (n === seen && w > width)) [width, seen] = [w, n]
  return width
}

const subHeaderLabels = new Set(['response', 'open-ended response', 'open ended response', 'other (please specify)'])
const looksLikeData = /^(\d[\d.,:/\- ]*|.*@.*\..*|https?:\/\/.*)$/i

/**
 * SurveyMonkey's second header row: "Response" / "Open-Ended Response" under questions, option labels under
 * the blank cells of a multiple-choice question, and blanks under the respondent columns.
 */
export function isSubHeaderRow(top: string[], sub: string[]): boolean {
  if (Math.abs(top.length - sub.length) > 1 || nonEmptyCount(sub) === 0) return false
  if (sub.some((cell) => subHeaderLabels.has(cell.trim().toLowerCase()))) return true
  let underBlank = 0
  let blankUnderName = 0
  for (let i = 0; i < Math.max(top.length, sub.length); i++) {
    const t = (top[i] ?? '').trim()
    const s = (sub[i] ?? '').trim()
    if (s && looksLikeData.test(s)) return false
    if (!t && s) underBlank++
    if (t && !s) blankUnderName++
  }
  return underBlank > 0 && blankUnderName > 0
}

/** "How likely…?" over "Response" becomes "How likely…? - Response"; option labels take the question to their left. */
export function combineHeaderRows(top: string[], sub: string[]): string[] {
  let question = ''
  const width = Math.max(top.length, sub.length)
  const names: string[] = []
  for (let i = 0; i < width; i++) {
    const t = (top[i] ?? '').trim()
    const s = (sub[i] ?? '').trim()
    if (t) question = t
    if (t && !s) names.push(t)
    else if (s && question) names.push(`${question} - ${s}`)
    else names.push(s)
  }
  return names
}

/** Repeated names are kept apart, every value kept: `Labels, Labels, Labels` → `Labels, Labels (2), Labels (3)`. */
export function dedupeHeaders(names: string[]): string[] {
  const taken = new Set<string>()
  const repeats = new Map<string, number>()
  return names.map((name) => {
    let unique = name
    if (taken.has(unique)) {
      let n = repeats.get(name) ?? 1
      do unique = `${name} (${++n})`
      while (taken.has(unique))
      repeats.set(name, n)
    }
    taken.add(unique)
    return unique
  })
}

function withoutTrailingBlanks(fields: string[]): string[] {
  let end = fields.length
  while (end > 1 && (fields[end - 1] as string).trim() === '') end--
  return end === fields.length ? fields : fields.slice(0, end)
}

export function isBlankRow(fields: string[]): boolean {
  return fields.every((cell) => cell.trim() === '')
}

function nonEmptyCount(fields: string[]): number {
  return fields.reduce((n, cell) => (cell.trim() ? n + 1 : n), 0)
}

const footerPatterns = [
  /^grand totals?\b/i,
  /^totals?\s*(\(\s*\d[\d,. ]*\s*(records?|rows?)\s*\))?:?$/i,
  /^confidential information\b/i,
  /^copyright\s*(\(c\)|©)/i,
  /^©\s*\d{4}/,
  /^\(?\d[\d,. ]*\s+(records?|rows?)(\s+(returned|exported|total))?\)?\.?$/i
]

/**
 * A report footer row (Salesforce "Grand Totals (24 records)", "Confidential Information - Do Not Distribute",
 * "Copyright (c) 2000-2026 salesforce.com, inc."): one or two filled cells matching a known footer. Footers are
 * only known at the end, so the pipeline holds such rows back until it sees whether data follows.
 */
export function isFooterRow(fields: string[]): boolean {
  const filled = fields.map((cell) => cell.trim()).filter(Boolean)
  if (filled.length === 0 || filled.length > 2) return false
  const text = filled.join(' ')
  return footerPatterns.some((pattern) => pattern.test(text))
}

export function footerText(fields: string[]): string {
  return fields.map((cell) => cell.trim()).filter(Boolean).join(' ')
}
