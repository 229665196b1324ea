import type { ImportedFeedbackFields } from '../domain/feedback/feedback'
import { createOccurrenceCounter, dedupeKey, type OccurrenceCounter } from './dedupeKey'
import { feedbackFields, type FeedbackField, type Mapping } from './mapping'
import { readDate, type DayMonthOrder } from './normalizeDate'
import { timeZoneFromHeader } from './timeZone'
import { parseAmount, parseNumber } from './normalizeNumber'

/** One problem with one row, ready to list: `message` is the whole sentence. */
export interface RowError {
  /** 1-based row number in the file, as a spreadsheet counts rows. */
  row: number
  column?: string
  message: string
}

/**
 * `undated` marks a row whose receivedAt is the import's time (the file gave no date): a re-import keeps the stored one.
 * `unreadable` names the stored fields whose cell could not be read (and was warned about): a re-import keeps
 * their stored values instead of clearing them.
 */
export type MappedFeedback = ImportedFeedbackFields & { dedupeKey: string; undated?: true; unreadable?: Array<keyof ImportedFeedbackFields> }

/** A value an optional field could not read: the field is left empty, the row is kept and the raw value goes to `extra`. */
export interface RowWarning {
  row: number
  column: string
  field: FeedbackField
  value: string
  problem: string
}

export type MapRowResult = { ok: MappedFeedback; warnings?: RowWarning[] } | { errors: RowError[] }

export interface RowMapperOptions {
  /** The import's source ('zendesk', 'csv', …): the `source` field unless a column gives one, and the key's namespace. */
  source: string
  /** Shared by all rows of one file, so identical rows get distinct keys. */
  occurrences?: OccurrenceCounter
  /** ISO time stored as receivedAt for rows without a date (the import's time); it never enters the key. */
  fallbackReceivedAt: string
  /** The file's zone when the mapping names none: the laptop's zone in the app (UTC when not given). */
  defaultTimeZone?: string
  /** Used when the mapping leaves the day/month order open; 'either' reads month-first when both fit. */
  dayMonthOrder?: DayMonthOrder | 'either'
}

export function rowError(row: number, column: string | undefined, problem: string): RowError {
  return column === undefined ? { row, message: `Row ${row}: ${problem}` } : { row, column, message: `Row ${row}, column "${column}": ${problem}` }
}

const emailPattern = /^[^\s@<>(),;]+@[^\s@<>(),;]+\.[a-z]{2,}$/i

/** Compiles a mapping against a header once; the returned function maps one record. */
export function createRowMapper(headers: string[], mapping: Mapping, options: RowMapperOptions): (fields: string[], row: number) => MapRowResult {
  const occurrences = options.occurrences ?? createOccurrenceCounter()
  const indexOf = new Map(headers.map((h, i) => [h, i] as const))
  const columnsOf = (field: FeedbackField) => (mapping[field]?.columns ?? []).map((c) => ({ name: c, index: indexOf.get(c) ?? -1 }))
  const columns = Object.fromEntries(feedbackFields.map((f) => [f, columnsOf(f)])) as Record<FeedbackField, Array<{ name: string; index: number }>>
  const used = new Set(feedbackFields.flatMap((f) => columns[f].map((c) => c.index)))
  const extraColumns = headers.map((name, index) => ({ name, index })).filter((c) => !used.has(c.index))
  const tagSplitter = mapping.importedTags?.split === 'whitespace' ? /[\s,;|]+/ : /[,;|]/
  const zoneInHeader = columns.receivedAt.length > 0 ? timeZoneFromHeader(columns.receivedAt[0]!.name) : undefined
  const dateOptions = {
    dayMonthOrder: mapping.receivedAt?.dayMonthOrder ?? options.dayMonthOrder ?? 'either',
    // A zone the header states wins over the file's zone, also when the column was mapped by hand.
    timeZone: zoneInHeader ?? fileTimeZone(mapping, options.defaultTimeZone)
  }

  return (fields, row) => {
    const errors: RowError[] = []
    const warnings: RowWarning[] = []
    const cell = (index: number) => {
      const value = index < 0 ? '' : (fields[index] ?? '')
      return value.indexOf('\r') === -1 ? value.trim() : value.replace(/\r\n?/g, '\n').trim()
    }
    const joined = (field: FeedbackField, separator: string) => {
      const mapped = columns[field]
      if (mapped.length === 1) return cell((mapped[0] as { index: number }).index)
      let out = ''
      for (const c of mapped) {
        const value = cell(c.index)
        if (value) out = out ? out + separator + value : value
      }
      return out
    }
    const first = (field: FeedbackField) => columns[field][0]?.name
    const extra: Record<string, string> = {}
    const unreadable = new Set<keyof ImportedFeedbackFields>()
    /** Only a missing text rejects a row: an unreadable optional value is left out, kept in `extra`, and warned about. */
    const warn = (field: FeedbackField, value: string, problem: string) => {
      const column = first(field) as string
      warnings.push({ row, column, field, value, problem })
      extra[column] = value
      for (const stored of storedFieldsOf[field]) unreadable.add(stored)
    }

    const title = joined('title', ' ') || undefined
    const text = joined('text', '\n\n') || title || ''
    if (!text) {
      const names = columns.text.map((c) => `"${c.name}"`).join(', ')
      errors.push(rowError(row, first('text'), names ? `the feedback text is empty (${names})` : 'no column holds the feedback text'))
    }

    let receivedAt: string | undefined
    let receivedDate: string | undefined
    /** What the dedupe key hashes: the calendar day, the time as written, or the instant. */
    let keyTime: string | undefined
    const date = joined('receivedAt', ' ')
    if (date) {
      const parsed = readDate(date, dateOptions)
      if (parsed.ok) {
        receivedAt = parsed.value.at
        receivedDate = parsed.value.day
        // Keys stay put when the file's zone is corrected: a zone-less time is keyed as written.
        keyTime = receivedDate ? `${receivedDate}T00:00` : zoneInHeader ? receivedAt : (parsed.value.wall ?? receivedAt)
      } else warn('receivedAt', date, parsed.problem)
    }

    const ratingValues = mapping.rating?.valueMap
    const number = (field: 'rating' | 'voterCount') => {
      const raw = joined(field, ' ')
      if (!raw) return undefined
      if (field === 'rating' && ratingValues) {
        const mapped = ratingValues[ratingKey(raw)]
        if (mapped === null) return undefined
        if (mapped !== undefined) return mapped
      }
      const parsed = field === 'rating' ? parseRating(raw, mapping.rating?.decimalSeparator) : parseNumber(raw, { decimalSeparator: mapping[field]?.decimalSeparator })
      if (!parsed.ok) warn(field, raw, field === 'rating' ? `"${raw}" is not a number; give it one in the rating's value map` : parsed.problem)
      else if (field === 'voterCount' && (!Number.isInteger(parsed.value) || parsed.value < 0)) warn(field, raw, `"${raw}" is not a number of voters`)
      else return parsed.value
      return undefined
    }
    const rating = number('rating')
    const voterCount = number('voterCount')

    let revenue: number | undefined
    let revenueCurrency: string | undefined
    const money = joined('revenue', ' ')
    if (money && mapping.revenue) {
      const parsed = parseAmount(withoutPeriod(money), { decimalSeparator: mapping.revenue.decimalSeparator })
      if (!parsed.ok) warn('revenue', money, parsed.problem)
      else {
        const monthly = mapping.revenue.kind === 'arr' ? parsed.value.value / 12 : parsed.value.value
        revenue = Math.round(monthly * 100) / 100
        revenueCurrency = parsed.value.currency ?? mapping.revenue.currency
      }
    }
    if (errors.length > 0) return { errors }

    let customerEmail: string | undefined = joined('customerEmail', ' ').toLowerCase() || undefined
    if (customerEmail && !emailPattern.test(customerEmail)) {
      // Not an address: kept where the user can see it instead of stored as one.
      extra[first('customerEmail') as string] = joined('customerEmail', ' ')
      customerEmail = undefined
      unreadable.add('customerEmail')
    }
    const tags = new Map<string, string>()
    for (const c of columns.importedTags) {
      for (const tag of splitTags(cell(c.index), tagSplitter)) {
        const t = tag.trim()
        if (t && !tags.has(t.toLowerCase())) tags.set(t.toLowerCase(), t)
      }
    }
    for (const c of extraColumns) {
      const value = cell(c.index)
      if (value) extra[c.name] = value
    }

    const item: ImportedFeedbackFields & { undated?: true } = {
      text,
      receivedAt: receivedAt ?? options.fallbackReceivedAt,
      source: joined('source', ' ') || options.source,
      importedTags: [...tags.values()],
      extra
    }
    const optional = {
      receivedDate,
      title,
      customerName: joined('customerName', ' ') || undefined,
      customerEmail,
      company: joined('company', ' ') || undefined,
      plan: joined('plan', ' ') || undefined,
      revenue,
      revenueCurrency: revenue === undefined ? undefined : revenueCurrency,
      rating,
      externalId: joined('externalId', ' ') || undefined,
      url: joined('url', ' ') || undefined,
      voterCount
    }
    if (receivedAt === undefined) item.undated = true
    if (unreadable.size > 0) (item as MappedFeedback).unreadable = [...unreadable]
    const target = item as unknown as Record<string, unknown>
    for (const key in optional) {
      const value = optional[key as keyof typeof optional]
      if (value !== undefined) target[key] = value
    }

    const key = dedupeKey(
      { source: options.source, externalId: item.externalId, text, receivedAt: keyTime, customerEmail, customerName: item.customerName },
      occurrences
    )
    return warnings.length > 0 ? { ok: { ...item, dedupeKey: key }, warnings } : { ok: { ...item, dedupeKey: key } }
  }
}

/** The value map's key for a rating as the file writes it: "Good ", "GOOD" and "good" are one. */
export function ratingKey(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, ' ')
}

/** A rating as people write one: "4", "4.5", "4/5", "4 out of 5", "4 stars", "★★★★☆". */
export function parseRating(raw: string, decimalSeparator?: ',' | '.') {
  const text = raw.trim()
  const stars = /^([★⭐]+)[☆✩]*$/u.exec(text)
  if (stars) return { ok: true as const, value: [...(stars[1] as string)].length }
  const scale = /^(\d+(?:[.,]\d+)?)\s*(?:\/|out of|of|von|sur|de|su|van)\s*\d+$/i.exec(text) ?? /^(\d+(?:[.,]\d+)?)\s*(?:stars?|sterne?|étoiles?|estrellas?|estrelas?|stelle|sterren)$/i.exec(text)
  return parseNumber(scale ? (scale[1] as string) : text, { decimalSeparator })
}

/** "1.200 €/yr", "99 per month": the period is the mapping's MRR/ARR choice, not part of the number. */
function withoutPeriod(money: string): string {
  return money.replace(/\s*(?:\/|per\s+|pro\s+|par\s+)\s*(?:mo|mon|month|monat|mois|mes|yr|year|y|a|an|jahr|año|ano|anno|jaar|annum)\.?\s*$/i, '')
}

/** Tags as exports write them: "a, b", "a;b", or a JSON list (UserVoice labels: `["enterprise","sso"]`). */
function splitTags(value: string, splitter: RegExp): string[] {
  if (value.startsWith('[') && value.endsWith(']')) {
    try {
      const list: unknown = JSON.parse(value)
      if (Array.isArray(list)) return list.filter((tag): tag is string | number => typeof tag === 'string' || typeof tag === 'number').map(String)
    } catch {
      // Not JSON after all ("[beta] feedback"): split it like any other value.
    }
  }
  return value.split(splitter)
}

/** The stored fields each mapped field writes. */
const storedFieldsOf: Record<FeedbackField, Array<keyof ImportedFeedbackFields>> = {
  text: ['text'],
  title: ['title'],
  receivedAt: ['receivedAt', 'receivedDate'],
  customerName: ['customerName'],
  customerEmail: ['customerEmail'],
  company: ['company'],
  plan: ['plan'],
  revenue: ['revenue', 'revenueCurrency'],
  rating: ['rating'],
  source: ['source'],
  externalId: ['externalId'],
  importedTags: ['importedTags'],
  url: ['url'],
  voterCount: ['voterCount']
}

/**
 * The stored fields an import with this mapping owns: a re-import sets these (an empty cell clears them)
 * and leaves every other field as an earlier import or the user left it. The text and the extra
 * attributes (the file's unmapped columns) always come from the file.
 */
export function fieldsMappedBy(mapping: Mapping): Set<keyof ImportedFeedbackFields> {
  const fields = new Set<keyof ImportedFeedbackFields>(['text', 'extra'])
  for (const field of feedbackFields) if (mapping[field]) for (const stored of storedFieldsOf[field]) fields.add(stored)
  return fields
}

/**
 * The zone of the file's dates that carry none: the mapping's (chosen in the preview, remembered with the
 * mapping, or known for the tool) or else `fallback` (the laptop's zone), or UTC.
 */
export function fileTimeZone(mapping: Mapping, fallback?: string): string {
  return mapping.receivedAt?.timeZone ?? fallback ?? 'UTC'
}

/** The zone the header of the mapped date column states ("Created at (America/New_York)"), if any. */
export function headerTimeZone(mapping: Mapping): string | undefined {
  const column = mapping.receivedAt?.columns[0]
  return column ? timeZoneFromHeader(column) : undefined
}

/** Maps one record; for many, createRowMapper compiles the mapping once. */
export function mapRow(record: string[], headers: string[], mapping: Mapping, options: RowMapperOptions & { row: number }): MapRowResult {
  return createRowMapper(headers, mapping, options)(record, options.row)
}
