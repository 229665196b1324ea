import { autoMap } from './autoMap'
import { binaryDataFound, detectBinaryFile, looksLikeBinaryData } from './binary'
import { createChunkDecoder, detectEncoding, ENCODING_SAMPLE_BYTES, type ChunkDecoder, type TextEncoding } from './decode'
import { createOccurrenceCounter } from './dedupeKey'
import { createRowFolder, type RowFolder } from './foldRows'
import { recognizeExport } from './knownExports'
import { headerSignature, missingColumns, readMapping, type FeedbackField, type Mapping } from './mapping'
import { createDayMonthVote, type DayMonthVote } from './normalizeDate'
import { createLineBreakNormalizer, createRecordParser, type CsvRecord, type Delimiter, type ParseProblem, type RecordParser } from './parse'
import { defaultRatingValueMap } from './ratingScales'
import { createRowMapper, rowError, type MappedFeedback, type MapRowResult, type RowError, type RowWarning } from './rowToFeedback'
import { footerText, isBlankRow, isFooterRow, sniffLayout, type Layout } from './sniff'

export interface ImportPipelineOptions {
  /** Receives mapped rows in batches; a returned promise is awaited before the next batch (back-pressure). */
  onBatch?: (rows: MappedFeedback[]) => void | Promise<void>
  batchSize?: number
  /** Reads, maps and counts the whole file without calling onBatch: the preview. */
  dryRun?: boolean
  /**
   * When a date column fits both day/month orders and the mapping names none: stop with 'ambiguous-date-order'
   * before delivering anything (the default, except in a dry run), or read on month-first-when-both-fit, settle
   * the order from the rest of the file and report `needsDayMonthOrder` (the default in a dry run; set it false
   * for a preview that classifies rows through onBatch without writing them).
   */
  stopOnAmbiguousDates?: boolean
  /** Every row error as it is found (the summary keeps only the first 100), for the full downloadable list. */
  onError?: (error: RowError) => void
  /** The user's choice of encoding, replacing detection. */
  encoding?: TextEncoding
  /** The user's mapping (for example the preview's, edited), replacing presets, known exports and auto-mapping. */
  mapping?: Mapping
  /** Saved presets; one whose header signature matches the file is used (after a given mapping). */
  presets?: Array<{ name: string; headerSignature: string; mapping: unknown }>
  /**
   * Mappings of earlier imports, newest first: the first whose header signature matches the file is used
   * (after a given mapping, before presets), with its source, so a weekly re-import maps and keys as last time.
   */
  remembered?: RememberedMapping[]
  /** Replaces the recognised source ('zendesk', …, or 'csv') as the rows' source and the keys' namespace. */
  source?: string
  /** receivedAt of rows without a date: the import's time, ISO. Now by default. */
  importedAt?: string
  /** The file's zone (for dates that carry none) when the mapping names none: the laptop's in the app. UTC by default. */
  defaultTimeZone?: string
  /** Longest cell accepted, in characters (1 MB by default). */
  maxCellLength?: number
  tuning?: {
    /** Decoded text gathered before sniffing the layout (64k characters). */
    sniffChars?: number
    /** Text gathered before each parse round (64k characters); tests make it tiny to cut records anywhere. */
    minParseChars?: number
    /** Data rows read before the mapping is decided (200). */
    sampleRows?: number
  }
}

export type ImportFatalCode =
  | 'empty-file' | 'binary-file' | 'no-rows' | 'no-text-column' | 'mapping-columns-missing' | 'ambiguous-date-order'
  | ParseProblem['code']

/** Why a file cannot be imported at all. Nothing more is parsed or delivered after it. */
export interface ImportFatal {
  code: ImportFatalCode
  message: string
}

export type MappingOrigin = 'given' | 'last-import' | 'preset' | 'known-export' | 'auto'

/** The mapping an earlier import of a layout used. */
export interface RememberedMapping {
  headerSignature: string
  mapping: unknown
  /** The source that import stored its rows under (it namespaces their keys). */
  source?: string
  /** When that import ran, ISO. */
  importedAt: string
  fileName?: string
}

/** Values of one column that its field could not read: left empty on those rows (kept as extra attributes). */
export interface ColumnWarning {
  column: string
  field: FeedbackField
  /** Rows with such a value. */
  count: number
  /** The first rows, for the message. */
  rows: number[]
  /** The first distinct values that could not be read. */
  values: string[]
  message: string
}

export interface ImportSummary {
  fatal?: ImportFatal
  encoding?: TextEncoding
  encodingReason: string
  /** Set when bytes further into an auto-detected UTF-8 file were not UTF-8: suggest Windows-1252. */
  encodingWarning?: string
  delimiter?: Delimiter
  /** Row number of the (first) header row; later than 1 when a preamble came before it. */
  headerRow?: number
  headerRowCount?: 1 | 2
  headers: string[]
  preamble: string[]
  /** The recognised export ('zendesk', …), or 'csv'. */
  source: string
  sourceLabel: string
  mapping?: Mapping
  mappingFrom?: MappingOrigin
  presetName?: string
  /** When mappingFrom is 'last-import': which import it came from. */
  lastImport?: { importedAt: string; fileName?: string }
  /** The date column's values all fit both day/month orders: ask the user and import again with the order set. */
  needsDayMonthOrder?: boolean
  /** Report footers left out at the end of the file ("Grand Totals (24 records)"). */
  footersDropped: string[]
  /** Data rows read (not preamble, header, blank or footer rows). */
  rowsSeen: number
  rowsMapped: number
  rowsRejected: number
  /** Items delivered (or, in a dry run, that would be): rows after folding (UserVoice voters → one item). */
  itemsEmitted: number
  /** The first 100 row errors; `errorCount` counts them all. */
  errors: RowError[]
  errorCount: number
  /** The first 20 items as they will be stored. */
  preview: MappedFeedback[]
  /** One entry per column whose values an optional field could not read on some rows; those rows are still imported. */
  warnings: ColumnWarning[]
  /** Stray NUL bytes removed from the text (exporters leave them; they are not binary data). */
  nulBytesRemoved: number
  /** Up to 12 distinct values per column from the first rows, for the mapping editor (value maps, revenue guesses). */
  columnValues: Record<string, string[]>
}

export interface ImportPipeline {
  /** Feeds the next bytes of the file; await it (batches are delivered before it resolves). */
  feed(chunk: Uint8Array): Promise<void>
  /** Ends the file: delivers the last batch and returns the summary. */
  finish(): Promise<ImportSummary>
  /** For progress: bytes fed, data rows read so far, and the fatal problem if one stopped the import. */
  readonly progress: { bytesRead: number; rowsSeen: number; fatal?: ImportFatal }
  /** The mapping in use, once decided (before the first batch is delivered). */
  readonly mapping: Mapping | undefined
}

const MAX_ERRORS_KEPT = 100
const PREVIEW_ROWS = 20
const MAX_PENDING_FOOTERS = 50
const MAX_SNIFF_CHARS = 1024 * 1024
/** Lines the sniffing sample should hold: preamble, a two-row header and a few rows to compare them with. */
const SNIFF_MIN_LINES = 8

export function createImportPipeline(options: ImportPipelineOptions = {}): ImportPipeline {
  const batchSize = Math.max(1, options.batchSize ?? 500)
  const sniffChars = options.tuning?.sniffChars ?? 64 * 1024
  const sampleRows = Math.max(1, options.tuning?.sampleRows ?? 200)
  const importedAt = options.importedAt ?? new Date().toISOString()
  const dryRun = options.dryRun ?? false

  const summary: ImportSummary = {
    encodingReason: '',
    headers: [],
    preamble: [],
    source: options.source ?? 'csv',
    sourceLabel: 'CSV file',
    footersDropped: [],
    rowsSeen: 0,
    rowsMapped: 0,
    rowsRejected: 0,
    itemsEmitted: 0,
    errors: [],
    errorCount: 0,
    preview: [],
    warnings: [],
    nulBytesRemoved: 0,
    columnValues: {}
  }
  const warningsByColumn = new Map<string, ColumnWarning>()
  const lineBreaks = createLineBreakNormalizer()

  let bytesRead = 0
  let stage: 'bytes' | 'text' | 'records' | 'done' = 'bytes'
  let firstBytes: Uint8Array[] = []
  let firstBytesLength = 0
  let decoder: ChunkDecoder | undefined
  let sniffBuffer = ''
  let layout: Layout | undefined
  let parser: RecordParser | undefined
  let sample: CsvRecord[] = []
  let pendingFooters: CsvRecord[] = []
  let mapRecord: ((fields: string[], row: number) => MapRowResult) | undefined
  let mapping: Mapping | undefined
  let folder: RowFolder | undefined
  let foldIndex = -1
  let voterIndex: { name: number; email: number } | undefined
  let dateVote: DayMonthVote | undefined
  let dateColumns: number[] = []
  const previewRecords: CsvRecord[] = []
  let batch: MappedFeedback[] = []
  let ready: MappedFeedback[][] = []
  let chain: Promise<unknown> = Promise.resolve()

  const fail = (code: ImportFatalCode, message: string) => {
    if (summary.fatal) return
    summary.fatal = { code, message }
    stage = 'done'
    ready = []
    batch = []
  }

  const addError = (error: RowError) => {
    summary.errorCount++
    options.onError?.(error)
    if (summary.errors.length < MAX_ERRORS_KEPT) summary.errors.push(error)
  }

  function startDecoding(): void {
    const bytes = concat(firstBytes, firstBytesLength)
    firstBytes = []
    if (bytes.length === 0) return fail('empty-file', 'The file is empty.')
    const guess = options.encoding ? { encoding: options.encoding, reason: 'chosen by you' } : detectEncoding(bytes)
    summary.encoding = guess.encoding
    summary.encodingReason = guess.reason
    const binary = detectBinaryFile(bytes, guess.encoding)
    if (binary) return fail('binary-file', binary.message)
    decoder = createChunkDecoder(guess.encoding)
    stage = 'text'
    pushText(lineBreaks.push(decoder.decode(bytes)))
  }

  function pushText(text: string): void {
    if (stage === 'text') {
      sniffBuffer += text
      const enough = sniffBuffer.length >= sniffChars && countLineBreaks(sniffBuffer, SNIFF_MIN_LINES) >= SNIFF_MIN_LINES
      if (enough || sniffBuffer.length >= MAX_SNIFF_CHARS) startRecords(false)
    } else if (stage === 'records' && parser) {
      parser.push(text)
      checkParser()
    }
  }

  function startRecords(complete: boolean): void {
    const found = sniffLayout(sniffBuffer, { complete })
    if (!found) {
      if (complete || sniffBuffer.length >= MAX_SNIFF_CHARS) fail('empty-file', 'The file is empty: it has no header row.')
      return
    }
    layout = found
    summary.delimiter = found.delimiter
    summary.headerRow = found.headerRecordIndex + 1
    summary.headerRowCount = found.headerRowCount
    summary.headers = found.headers
    summary.preamble = found.preamble
    parser = createRecordParser({
      delimiter: found.delimiter,
      lineBreak: found.lineBreak,
      maxCellLength: options.maxCellLength,
      minParseChars: options.tuning?.minParseChars,
      onRecords: (records) => {
        for (const record of records) if (stage !== 'done') handleRecord(record)
      }
    })
    stage = 'records'
    const text = sniffBuffer
    sniffBuffer = ''
    parser.push(text)
    checkParser()
  }

  function checkParser(): void {
    const problem = parser?.problem
    if (!problem || summary.fatal) return
    if (problem.code === 'unterminated-quote') {
      return fail(problem.code, `Row ${problem.row}: a quoted cell is never closed (a closing " is missing).`)
    }
    const megabytes = problem.limit / (1024 * 1024)
    const size = megabytes >= 1 ? `${Math.round(megabytes * 10) / 10} MB` : `${problem.limit.toLocaleString('en-US')} characters`
    if (problem.code === 'cell-too-large') {
      const column = summary.headers[problem.columnIndex] ?? `Column ${problem.columnIndex + 1}`
      return fail(problem.code, `Row ${problem.row}, column "${column}": the cell is larger than ${size}. Is a closing quote missing?`)
    }
    fail(problem.code, `Row ${problem.row} is larger than ${size}. Is a closing quote missing?`)
  }

  function handleRecord(record: CsvRecord): void {
    const index = record.row - 1
    const found = layout as Layout
    if (index < found.headerRecordIndex + found.headerRowCount) return
    if (isBlankRow(record.fields) || isFooterRow(record.fields)) {
      // Footers are only footers at the very end; hold them until data follows (then they were data) or the file ends.
      pendingFooters.push(record)
      if (pendingFooters.length <= MAX_PENDING_FOOTERS) return
    }
    if (pendingFooters.length > 0) {
      const held = pendingFooters
      pendingFooters = []
      for (const r of held) if (!isBlankRow(r.fields)) dataRow(r)
      if (held[held.length - 1] === record) return
    }
    dataRow(record)
  }

  function dataRow(record: CsvRecord): void {
    summary.rowsSeen++
    if (mapRecord) return processRow(record)
    sample.push(record)
    if (sample.length >= sampleRows) decideMapping()
  }

  function decideMapping(): void {
    const headers = summary.headers
    const rows = sample.map((r) => r.fields)
    const known = recognizeExport(headers, rows)
    if (known) {
      summary.source = options.source ?? known.source
      summary.sourceLabel = known.label
    }
    const signature = headerSignature(headers)
    const preset = options.presets?.find((p) => p.headerSignature === signature && readMapping(p.mapping))
    const remembered = options.remembered?.find((r) => r.headerSignature === signature && readMapping(r.mapping))
    let chosen: Mapping
    if (options.mapping) {
      chosen = structuredClone(options.mapping)
      summary.mappingFrom = 'given'
    } else if (remembered) {
      chosen = readMapping(remembered.mapping) as Mapping
      summary.mappingFrom = 'last-import'
      summary.lastImport = { importedAt: remembered.importedAt, ...(remembered.fileName ? { fileName: remembered.fileName } : {}) }
      if (!options.source && remembered.source) summary.source = remembered.source
    } else if (preset) {
      chosen = readMapping(preset.mapping) as Mapping
      summary.mappingFrom = 'preset'
      summary.presetName = preset.name
    } else if (known) {
      chosen = known.mapping
      summary.mappingFrom = 'known-export'
    } else {
      chosen = autoMap(headers, rows)
      summary.mappingFrom = 'auto'
    }
    summary.columnValues = distinctValues(headers, rows)
    if (chosen.rating && !chosen.rating.valueMap) {
      const index = headers.indexOf(chosen.rating.columns[0] as string)
      const valueMap = defaultRatingValueMap(rows.map((r) => r[index] ?? ''))
      if (valueMap) chosen.rating.valueMap = valueMap
    }
    summary.mapping = chosen
    const missing = missingColumns(chosen, headers)
    if (missing.length > 0) {
      return fail('mapping-columns-missing', `The mapping uses columns this file does not have: ${missing.map((c) => `"${c}"`).join(', ')}.`)
    }
    if (!chosen.text) return fail('no-text-column', 'No column looks like the feedback text. Choose the column (or columns) that hold it.')

    dateColumns = (chosen.receivedAt?.columns ?? []).map((c) => headers.indexOf(c))
    if (chosen.receivedAt && !chosen.receivedAt.dayMonthOrder) {
      const vote = createDayMonthVote()
      for (const r of rows) vote.add(dateColumns.map((i) => r[i] ?? '').join(' '))
      const decision = vote.decide()
      if (decision === 'day-first' || decision === 'month-first') chosen.receivedAt.dayMonthOrder = decision
      else if (decision === 'ambiguous') {
        if (options.stopOnAmbiguousDates ?? !dryRun) {
          const column = chosen.receivedAt.columns[0] as string
          return fail('ambiguous-date-order', `The dates in "${column}" could be day-first or month-first (like 03/04/2026). Choose the order, then import again.`)
        }
        dateVote = vote
      }
    }

    mapRecord = createRowMapper(headers, chosen, {
      source: summary.source,
      occurrences: createOccurrenceCounter(),
      fallbackReceivedAt: importedAt,
      defaultTimeZone: options.defaultTimeZone,
      dayMonthOrder: 'either'
    })
    mapping = chosen
    if (known?.foldKey) {
      foldIndex = headers.indexOf(known.foldKey)
      folder = createRowFolder(known.foldKey, emit, { perVoterColumns: known.voter?.perVoterColumns })
      if (known.voter && known.voter.perVoterColumns.length > 0) {
        voterIndex = { name: known.voter.name ? headers.indexOf(known.voter.name) : -1, email: known.voter.email ? headers.indexOf(known.voter.email) : -1 }
      }
    }
    const held = sample
    sample = []
    for (const r of held) processRow(r, true)
  }

  function processRow(record: CsvRecord, inSample = false): void {
    if (stage === 'done') return
    const width = summary.headers.length
    let fields = record.fields
    if (fields.length > width && fields.slice(width).every((c) => c.trim() === '')) fields = fields.slice(0, width)
    if (fields.length !== width) {
      summary.rowsRejected++
      return addError({ row: record.row, message: `Row ${record.row} has ${fields.length} cells, the header has ${width}` })
    }
    if (record.malformedQuote) {
      summary.rowsRejected++
      return addError(rowError(record.row, undefined, 'a quote inside a quoted cell is not doubled (""), so its cells may be split wrongly'))
    }
    if (dateVote && !inSample) dateVote.add(dateColumns.map((i) => fields[i] ?? '').join(' '))
    const result = (mapRecord as NonNullable<typeof mapRecord>)(fields, record.row)
    if ('errors' in result) {
      summary.rowsRejected++
      for (const error of result.errors) addError(error)
      return
    }
    summary.rowsMapped++
    if (folder) {
      const voter = voterIndex && { name: fields[voterIndex.name], email: fields[voterIndex.email] }
      const error = folder.add(result.ok, (fields[foldIndex] ?? '').trim(), record.row, voter)
      if (error) {
        summary.rowsMapped--
        summary.rowsRejected++
        addError(error)
      } else if (result.warnings) for (const warning of result.warnings) addWarning(warning)
      return
    }
    if (result.warnings) for (const warning of result.warnings) addWarning(warning)
    if (summary.preview.length < PREVIEW_ROWS) previewRecords.push({ row: record.row, fields })
    emit(result.ok)
  }

  function addWarning(warning: RowWarning): void {
    let entry = warningsByColumn.get(warning.column)
    if (!entry) {
      entry = { column: warning.column, field: warning.field, count: 0, rows: [], values: [], message: '' }
      warningsByColumn.set(warning.column, entry)
      summary.warnings.push(entry)
    }
    entry.count++
    if (entry.rows.length < 5) entry.rows.push(warning.row)
    if (entry.values.length < 5 && !entry.values.includes(warning.value)) entry.values.push(warning.value)
  }

  function emit(item: MappedFeedback): void {
    summary.itemsEmitted++
    if (summary.preview.length < PREVIEW_ROWS) summary.preview.push(item)
    if (dryRun) return
    batch.push(item)
    if (batch.length >= batchSize) {
      ready.push(batch)
      batch = []
    }
  }

  async function deliver(): Promise<void> {
    while (ready.length > 0 && !summary.fatal) {
      const next = ready.shift() as MappedFeedback[]
      await options.onBatch?.(next)
    }
  }

  function feedNow(chunk: Uint8Array): void {
    if (stage === 'done') return
    bytesRead += chunk.length
    if (stage === 'bytes') {
      firstBytes.push(chunk.slice())
      firstBytesLength += chunk.length
      if (firstBytesLength >= ENCODING_SAMPLE_BYTES) startDecoding()
      return
    }
    if (looksLikeBinaryData(chunk, (decoder as ChunkDecoder).encoding)) return fail('binary-file', binaryDataFound().message)
    pushText(lineBreaks.push((decoder as ChunkDecoder).decode(chunk)))
  }

  function finishNow(): void {
    if (stage === 'bytes') startDecoding()
    if (stage === 'text' || stage === 'records') {
      const rest = lineBreaks.push((decoder as ChunkDecoder).flush()) + lineBreaks.flush()
      if (stage === 'text') {
        sniffBuffer += rest
        startRecords(true)
      } else pushText(rest)
    }
    if (stage === 'records') {
      parser?.finish()
      checkParser()
    }
    if (summary.fatal) return
    if (!mapRecord) {
      if (sample.length === 0) return fail('no-rows', 'The file has a header row but no rows.')
      decideMapping()
      if (summary.fatal) return
    }
    summary.footersDropped = pendingFooters.filter((r) => !isBlankRow(r.fields)).map((r) => footerText(r.fields))
    pendingFooters = []
    folder?.finish()
    if (batch.length > 0) ready.push(batch)
    batch = []
    settleDateOrder()
    summary.nulBytesRemoved = decoder?.nulsRemoved ?? 0
    for (const warning of summary.warnings) warning.message = columnWarningMessage(warning)
    if (decoder && decoder.replacements > 0 && !options.encoding && summary.encoding === 'utf-8') {
      const n = decoder.replacements
      summary.encodingWarning = `${n === 1 ? '1 character' : `${n} characters`} further into the file ${n === 1 ? 'is' : 'are'} not valid UTF-8. If accents look wrong, choose Windows-1252.`
    }
  }

  /** A dry run that started with ambiguous dates may have met a value that settles the order later in the file. */
  function settleDateOrder(): void {
    if (!dateVote || !mapping?.receivedAt) return
    const decision = dateVote.decide()
    if (decision !== 'day-first' && decision !== 'month-first') {
      summary.needsDayMonthOrder = true
      return
    }
    mapping.receivedAt.dayMonthOrder = decision
    if (folder) return
    const remap = createRowMapper(summary.headers, mapping, {
      source: summary.source,
      fallbackReceivedAt: importedAt,
      defaultTimeZone: options.defaultTimeZone
    })
    summary.preview = previewRecords.flatMap((r) => {
      const result = remap(r.fields, r.row)
      return 'ok' in result ? [result.ok] : []
    })
  }

  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work)
    chain = next.catch(() => undefined)
    return next
  }

  return {
    feed: (chunk) =>
      serial(async () => {
        feedNow(chunk)
        await deliver()
      }),
    finish: () =>
      serial(async () => {
        if (stage !== 'done') {
          finishNow()
          await deliver()
          stage = 'done'
        }
        return summary
      }),
    get progress() {
      return { bytesRead, rowsSeen: summary.rowsSeen, ...(summary.fatal ? { fatal: summary.fatal } : {}) }
    },
    get mapping() {
      return mapping
    }
  }
}

const fieldNames: Record<FeedbackField, string> = {
  text: 'text', title: 'title', receivedAt: 'date', customerName: 'customer name', customerEmail: 'email', company: 'company',
  plan: 'plan', revenue: 'revenue', rating: 'rating', source: 'source', externalId: 'id', importedTags: 'tags', url: 'link', voterCount: 'voter count'
}

function columnWarningMessage(w: ColumnWarning): string {
  const rows = w.count === 1 ? 'row' : 'rows'
  const listed = w.rows.join(', ') + (w.count > w.rows.length ? ', …' : '')
  const values = w.values.map((v) => `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`).join(', ')
  return `Column "${w.column}": ${w.count.toLocaleString('en-US')} ${rows} (${listed}) ${w.count === 1 ? 'has' : 'have'} a value that is not a ${fieldNames[w.field]} (${values}). The ${fieldNames[w.field]} is left empty there; the rows are imported and keep the value as an extra attribute.`
}

function distinctValues(headers: string[], rows: string[][]): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  headers.forEach((header, i) => {
    const seen = new Set<string>()
    for (const row of rows) {
      const value = (row[i] ?? '').trim()
      if (value && seen.size < 12) seen.add(value.length > 80 ? value.slice(0, 80) : value)
    }
    out[header] = [...seen]
  })
  return out
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array
  const bytes = new Uint8Array(length)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return bytes
}

/** Line breaks in `text`, counting no further than `upTo`. */
function countLineBreaks(text: string, upTo: number): number {
  let count = 0
  for (let i = text.indexOf('\n'); i !== -1 && count < upTo; i = text.indexOf('\n', i + 1)) count++
  if (count === 0) for (let i = text.indexOf('\r'); i !== -1 && count < upTo; i = text.indexOf('\r', i + 1)) count++
  return count
}
