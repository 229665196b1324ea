import { formatDay } from './day'
import { dateFormat, relativeTimeFormat } from './intlCache'
import { exactTime, relativeTime } from './relativeTime'

/** The date fields of a feedback row: an instant, and the calendar day when the source gave a date alone. */
export interface FeedbackWhen {
  receivedAt: string
  receivedDate?: string
}

const DAY_MS = 86_400_000
/** Up to a week back a date reads best as "3 days ago"; older ones as the date itself. */
const RECENT_DAYS = 7

/** The user's calendar day of `now`, as 'YYYY-MM-DD' in the machine's zone. */
export function localDay(now: Date): string {
  const y = now.getFullYear()
  const m = String(now.getMonth() + 1).padStart(2, '0')
  const d = String(now.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

/** Whole calendar days from `from` to `to` (both 'YYYY-MM-DD'), free of DST: the days are read as UTC. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/**
 * How a list shows when feedback came in, short enough for a column: recent ones relative ("3 hours
 * ago", "yesterday"); older ones this year as day and clock time in the user's zone ("Sep 1, 8:55 AM");
 * earlier years as the date ("Sep 1, 2025"). A date alone stays that date ("Sep 3"), never a time.
 */
export function feedbackDateLabel(row: FeedbackWhen, now: Date, locale?: string): string {
  const thisYear = now.getFullYear()
  if (row.receivedDate) {
    const days = daysBetween(row.receivedDate, localDay(now))
    if (days >= 0 && days <= RECENT_DAYS) return relativeTimeFormat(locale, { numeric: 'auto' }).format(-days, 'day')
    if (Number(row.receivedDate.slice(0, 4)) !== thisYear) return formatDay(row.receivedDate, locale)
    return dateFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${row.receivedDate}T00:00:00Z`))
  }
  const at = new Date(row.receivedAt)
  const age = now.getTime() - at.getTime()
  if (age >= -DAY_MS && age <= RECENT_DAYS * DAY_MS) return relativeTime(row.receivedAt, now, locale)
  if (at.getFullYear() !== thisYear) return dateFormat(locale, { dateStyle: 'medium' }).format(at)
  return dateFormat(locale, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(at)
}

/** The exact date for a tooltip or a detail: a calendar date alone, or date and time in the user's zone. */
export function feedbackDateExact(row: FeedbackWhen, locale?: string): string {
  return row.receivedDate ? formatDay(row.receivedDate, locale) : exactTime(row.receivedAt, locale)
}

/** A machine-readable value for <time dateTime> and exports: 'YYYY-MM-DD' for a date alone, else the ISO instant. */
export function feedbackDateValue(row: FeedbackWhen): string {
  return row.receivedDate ?? row.receivedAt
}
