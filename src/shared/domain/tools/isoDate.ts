/**
 * Calendar dates as 'YYYY-MM-DD' strings. A contract ends on a day, not at an
 * instant, so the arithmetic runs on UTC day numbers: no local time zone or
 * daylight-saving change can move a date by one.
 */
export type IsoDate = string

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/
const msPerDay = 86_400_000

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
}

/** `month` is 1..12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

function parts(date: string): { year: number; month: number; day: number } | undefined {
  const match = isoDatePattern.exec(date)
  if (!match) return undefined
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false
  const p = parts(value)
  return p !== undefined && p.month >= 1 && p.month <= 12 && p.day >= 1 && p.day <= daysInMonth(p.year, p.month)
}

function validParts(date: IsoDate): { year: number; month: number; day: number } {
  const p = isIsoDate(date) ? parts(date) : undefined
  if (!p) throw new RangeError(`"${date}" is not a date (YYYY-MM-DD)`)
  return p
}

/** Days since 1970-01-01. */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = validParts(date)
  const utc = new Date(0)
  // setUTCFullYear, unlike Date.UTC, does not read years 0..99 as 1900..1999.
  utc.setUTCFullYear(year, month - 1, day)
  return Math.round(utc.getTime() / msPerDay)
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const utc = new Date(dayNumber * msPerDay)
  return formatIsoDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate())
}

function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days)
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from)
}

/** Adds calendar months, clamping the day to the end of a shorter month (Jan 31 + 1 month = Feb 28 or 29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = validParts(date)
  const index = year * 12 + (month - 1) + months
  const newYear = Math.floor(index / 12)
  const newMonth = index - newYear * 12 + 1
  return formatIsoDate(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)))
}

/** 'YYYY-MM' */
export function monthOf(date: IsoDate): string {
  const { year, month } = validParts(date)
  return formatIsoDate(year, month, 1).slice(0, 7)
}

export function startOfMonth(date: IsoDate): IsoDate {
  return `${monthOf(date)}-01`
}

export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = validParts(date)
  return formatIsoDate(year, month, daysInMonth(year, month))
}

/** The user's calendar date for an instant, read in the local time zone. */
export function localIsoDate(instant: Date): IsoDate {
  return formatIsoDate(instant.getFullYear(), instant.getMonth() + 1, instant.getDate())
}
