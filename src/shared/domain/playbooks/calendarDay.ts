/** Calendar days as 'YYYY-MM-DD' strings, so deadlines compare by day and never by time of day or time zone. */
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

/** The calendar day of an ISO date (kept as is) or timestamp (its day in the local time zone). */
export function calendarDay(value: string | Date): string {
  if (typeof value === 'string' && dayPattern.test(value)) return value
  const date = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(date.getTime())) throw new Error(`"${String(value)}" is not a date`)
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

function toUtcMillis(day: string): number {
  const match = dayPattern.exec(day)
  if (!match) throw new Error(`"${day}" is not a date (expected YYYY-MM-DD)`)
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
}

const dayMillis = 24 * 60 * 60 * 1000

export function addDays(day: string, days: number): string {
  const date = new Date(toUtcMillis(calendarDay(day)) + days * dayMillis)
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMillis(calendarDay(to)) - toUtcMillis(calendarDay(from))) / dayMillis)
}
