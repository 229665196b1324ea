/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
export function escapeIcalText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1
  if (codePoint < 0x800) return 2
  if (codePoint < 0x10000) return 3
  return 4
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and a space,
 * the space counting towards the next line. Splits between characters, never
 * inside a UTF-8 sequence.
 */
export function foldIcalLine(line: string, maxOctets = 75): string {
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0)
    if (octets + size > maxOctets) {
      lines.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  lines.push(current)
  return lines.join('\r\n')
}

/** 'YYYY-MM-DD' to the DATE form 'YYYYMMDD'. */
export function icalDate(date: string): string {
  return date.replace(/-/g, '')
}

/** An instant as a UTC DATE-TIME, 'YYYYMMDDTHHMMSSZ'. */
export function icalUtcDateTime(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant
  if (Number.isNaN(date.getTime())) throw new RangeError(`"${String(instant)}" is not a timestamp`)
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '')
}
