import { dateFormat, relativeTimeFormat } from './intlCache'

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60]
]

/** "3 days ago", "in 2 weeks"; "just now" under a minute. */
export function relativeTime(iso: string, now: Date, locale?: string): string {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000
  const format = relativeTimeFormat(locale, { numeric: 'auto' })
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit)
  }
  return 'just now'
}

/** The exact time, for a tooltip next to a relative one. */
export function exactTime(iso: string, locale?: string): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
}
