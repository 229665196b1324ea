import { dateFormat } from './intlCache'
/**
 * Calendar days ('YYYY-MM-DD') and months ('YYYY-MM') in the user's locale.
 * They are read as UTC so the day shown is the day stored, whatever the time zone.
 */
export function formatDay(day: string, locale?: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return day
  return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date)
}

export function formatMonth(month: string, locale?: string): string {
  const date = new Date(`${month}-01T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return month
  return dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date)
}
