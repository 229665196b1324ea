/**
 * Time zones for dates without an offset: a fixed offset ("UTC+01:00", "+0530", "Z") or an IANA name
 * ("Europe/Berlin"), whose offset at a given moment comes from Intl (no time zone library needed).
 */

const fixedOffset = /^(?:(?:UTC|GMT)\s*)?([+\-\u2212])(\d{1,2})(?::?(\d{2}))?$/i

/** Minutes east of UTC for a fixed offset, or undefined when `zone` is not one. */
export function parseFixedOffset(zone: string): number | undefined {
  const text = zone.trim()
  if (/^(Z|UTC|GMT)$/i.test(text)) return 0
  const match = fixedOffset.exec(text)
  if (!match) return undefined
  const hours = Number(match[2])
  const minutes = Number(match[3] ?? '0')
  if (hours > 14 || minutes > 59) return undefined
  return (match[1] === '+' ? 1 : -1) * (hours * 60 + minutes)
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(zone: string): Intl.DateTimeFormat | undefined {
  let formatter = formatters.get(zone)
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric'
      })
    } catch {
      return undefined
    }
    formatters.set(zone, formatter)
  }
  return formatter
}

export function isValidTimeZone(zone: string): boolean {
  return parseFixedOffset(zone) !== undefined || (zone.includes('/') && formatterFor(zone) !== undefined)
}

/** Minutes east of UTC in `zone` at the instant `utcMs`. */
export function zoneOffsetMinutes(zone: string, utcMs: number): number {
  const fixed = parseFixedOffset(zone)
  if (fixed !== undefined) return fixed
  const formatter = formatterFor(zone)
  if (!formatter) throw new RangeError(`Unknown time zone "${zone}"`)
  const parts: Record<string, number> = {}
  for (const part of formatter.formatToParts(new Date(utcMs))) parts[part.type] = Number(part.value)
  const wall = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
  return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / 60000)
}

/** The instant at which clocks in `zone` show `wallMs` (a wall-clock time written as if it were UTC). */
export function wallTimeToUtc(wallMs: number, zone: string): number {
  const first = wallMs - zoneOffsetMinutes(zone, wallMs) * 60000
  const second = wallMs - zoneOffsetMinutes(zone, first) * 60000
  return second
}

/**
 * The time zone a header names: Intercom's "Created at (Europe/Berlin)", "Created at (UTC+01:00)",
 * Typeform's "Submit Date (UTC)".
 */
export function timeZoneFromHeader(header: string): string | undefined {
  for (const match of header.matchAll(/[([]\s*([^()[\]]+?)\s*[)\]]/g)) {
    const candidate = (match[1] as string).replace(/\u2212/g, '-')
    if (parseFixedOffset(candidate) !== undefined) return normaliseFixed(candidate)
    if (/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+){1,2}$/.test(candidate) && isValidTimeZone(candidate)) return candidate
  }
  return undefined
}

function normaliseFixed(zone: string): string {
  const minutes = parseFixedOffset(zone) ?? 0
  if (minutes === 0) return 'UTC'
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}
