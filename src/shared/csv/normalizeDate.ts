import { normalized, notA, type Normalized } from './normalized'
import { parseFixedOffset, wallTimeToUtc } from './timeZone'

export type DayMonthOrder = 'day-first' | 'month-first'

export interface DateOptions {
  /** For numeric dates like 03/04/2026. 'either' (the default) reads month-first when both fit. */
  dayMonthOrder?: DayMonthOrder | 'either'
  /** For values without an offset: "UTC+01:00", "+05:30" or an IANA name. UTC when not given. */
  timeZone?: string
}

const TIME = String.raw`(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,](?<frac>\d{1,9}))?)?(?:\s?(?<ap>[AaPp])\.?[Mm]\.?)?`
const ZONE = String.raw`(?<zone>Z|UTC|GMT|(?:UTC|GMT)?\s?[+\-\u2212]\d{1,2}(?::?\d{2})?)`
const TAIL = String.raw`(?:(?:[T ]|,\s?|\sat\s)${TIME})?(?:\s?${ZONE})?`
const WEEKDAY = String.raw`(?:[A-Za-z]{3,9},?\s)?`

const yearFirst = new RegExp(String.raw`^(?<y>\d{4})([-/.])(?<mo>\d{1,2})\2(?<d>\d{1,2})${TAIL}$`)
const numericDayMonth = new RegExp(String.raw`^(?<a>\d{1,2})(?<sep>[-/.])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})${TAIL}$`)
const dayMonthName = new RegExp(String.raw`^${WEEKDAY}(?<d>\d{1,2})(?:st|nd|rd|th)?[\s/.-](?<mon>[A-Za-z]{3,9})\.?[\s/.,-]+(?<y>\d{4}|\d{2})${TAIL}$`)
const monthNameDay = new RegExp(String.raw`^${WEEKDAY}(?<mon>[A-Za-z]{3,9})\.?\s(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s(?<y>\d{4})${TAIL}$`)
const compactDate = /^(?<y>\d{4})(?<mo>\d{2})(?<d>\d{2})$/
const epoch = /^\d{9,13}(?:\.\d+)?$/

const months: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12
}

/** A date as read from a cell. */
export interface ReadDate {
  /**
   * The ISO instant (UTC). For a date alone: noon UTC of that day, so that it sorts among instants and
   * falls on its own calendar day in every zone from UTC−11 to UTC+11 (and in UTC-day filters).
   */
  at: string
  /** 'YYYY-MM-DD' when the cell gives a date alone (no time): a calendar date, not a moment. */
  day?: string
  /** The clock time as written ('YYYY-MM-DDTHH:MM:SS'), when the cell names no zone of its own. */
  wall?: string
}

/** The hour (UTC) at which a date alone is placed on the time line; see ReadDate.at. */
export const DATE_ONLY_UTC_HOUR = 12

/**
 * Reads a date as exports write them: ISO 8601 with or without time and offset, US (01/14/2026 3:42 PM),
 * day-first (14/01/2026, 14.01.2026), Jira's 14/Jul/25 3:42 PM, "Jul 14, 2025", epoch seconds and
 * milliseconds. A zone in the value wins over `options.timeZone`; a value without one is a wall time in
 * `options.timeZone` (UTC when not given). A date without a time stays a calendar date (`day`).
 */
export function readDate(raw: string, options: DateOptions = {}): Normalized<ReadDate> {
  const text = raw.trim().replace(/\s+/g, ' ')
  if (epoch.test(text)) {
    const n = Number(text)
    return normalized({ at: new Date(text.split('.')[0]!.length >= 12 ? n : Math.round(n * 1000)).toISOString() })
  }
  const found = wallOf(text, options)
  if (!found) return notA(raw, 'a date')
  const { wall, g } = found
  const wallIso = new Date(wall).toISOString().slice(0, 19)
  if (g.h === undefined && !g.zone) {
    const day = wallIso.slice(0, 10)
    return normalized({ at: new Date(wall + DATE_ONLY_UTC_HOUR * 3600_000).toISOString(), day })
  }
  if (g.zone) return normalized({ at: new Date(toUtc(wall, g.zone.replace(/\s/g, ''))).toISOString() })
  const at = options.timeZone ? toUtc(wall, options.timeZone) : wall
  return normalized({ at: new Date(at).toISOString(), wall: wallIso })
}

/**
 * The instant a date names, as an ISO timestamp: like readDate, except that a date alone is midnight in
 * `options.timeZone` (for fields that are moments, such as a tool's renewal).
 */
export function parseDate(raw: string, options: DateOptions = {}): Normalized<string> {
  const text = raw.trim().replace(/\s+/g, ' ')
  if (epoch.test(text)) {
    const read = readDate(text, options)
    return read.ok ? normalized(read.value.at) : read
  }
  const found = wallOf(text, options)
  if (!found) return notA(raw, 'a date')
  const zone = found.g.zone ? found.g.zone.replace(/\s/g, '') : options.timeZone
  return normalized(new Date(zone ? toUtc(found.wall, zone) : found.wall).toISOString())
}

function toUtc(wall: number, zone: string): number {
  const fixed = parseFixedOffset(zone.replace(/\u2212/g, '-'))
  return fixed !== undefined ? wall - fixed * 60000 : wallTimeToUtc(wall, zone)
}

/** The wall-clock time a text names (as if UTC) and the parts it was read from, or undefined. */
function wallOf(text: string, options: DateOptions): { wall: number; g: Record<string, string | undefined> } | undefined {
  let g = compactDate.exec(text)?.groups ?? yearFirst.exec(text)?.groups
  let day: number | undefined
  let month: number | undefined
  if (g) {
    day = Number(g.d)
    month = Number(g.mo)
  } else if ((g = numericDayMonth.exec(text)?.groups)) {
    const order = options.dayMonthOrder ?? (g.sep === '.' ? 'day-first' : 'either')
    const [a, b] = [Number(g.a), Number(g.b)]
    const dayFirst = order === 'day-first' || (order === 'either' && a > 12 && b <= 12)
    day = dayFirst ? a : b
    month = dayFirst ? b : a
  } else if ((g = dayMonthName.exec(text)?.groups ?? monthNameDay.exec(text)?.groups)) {
    day = Number(g.d)
    month = months[(g.mon as string).toLowerCase()]
  }
  if (!g || day === undefined || month === undefined) return undefined
  const wall = wallClock(g, day, month)
  return wall === undefined ? undefined : { wall, g }
}

/** The wall-clock time as milliseconds (as if UTC), or undefined when a part is out of range (31/02, 25:00). */
function wallClock(g: Record<string, string | undefined>, day: number, month: number): number | undefined {
  const y2 = g.y as string
  const year = y2.length === 2 ? (Number(y2) < 70 ? 2000 : 1900) + Number(y2) : Number(y2)
  let hour = Number(g.h ?? 0)
  const minute = Number(g.mi ?? 0)
  const second = Number(g.s ?? 0)
  const ms = g.frac ? Math.round(Number(`0.${g.frac}`) * 1000) : 0
  if (g.ap) {
    if (hour < 1 || hour > 12) return undefined
    const pm = g.ap.toLowerCase() === 'p'
    hour = (hour % 12) + (pm ? 12 : 0)
  }
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms)
  const check = new Date(wall)
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined
  return wall
}

export type DayMonthDecision = DayMonthOrder | 'ambiguous' | 'not-needed'

export interface DayMonthVote {
  add(value: string): void
  /**
   * 'day-first' / 'month-first' when some value can only be read one way (14/01 or 01/14) and none the other;
   * 'ambiguous' when every numeric date fits both ways (or the values disagree): ask the user;
   * 'not-needed' when no value is a numeric day/month date (ISO, month names, epoch).
   */
  decide(): DayMonthDecision
}

/** Collects evidence over a whole column as it streams by. */
export function createDayMonthVote(): DayMonthVote {
  let dayFirst = 0
  let monthFirst = 0
  let either = 0
  return {
    add(value) {
      const g = numericDayMonth.exec(value.trim().replace(/\s+/g, ' '))?.groups
      if (!g) return
      const [a, b] = [Number(g.a), Number(g.b)]
      if (g.sep === '.' || (a > 12 && b <= 12)) dayFirst++
      else if (b > 12 && a <= 12) monthFirst++
      else either++
    },
    decide() {
      if (dayFirst > 0 && monthFirst === 0) return 'day-first'
      if (monthFirst > 0 && dayFirst === 0) return 'month-first'
      return dayFirst + monthFirst + either > 0 ? 'ambiguous' : 'not-needed'
    }
  }
}

export function decideDayMonthOrder(values: Iterable<string>): DayMonthDecision {
  const vote = createDayMonthVote()
  for (const value of values) vote.add(value)
  return vote.decide()
}
