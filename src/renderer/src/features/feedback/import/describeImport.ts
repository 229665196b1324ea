import type { TextEncoding } from '@shared/csv'

export const encodingLabel: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 (Western)'
}

export function delimiterLabel(delimiter: string | undefined): string {
  if (delimiter === '\t') return 'Tab'
  if (delimiter === ',') return 'Comma'
  if (delimiter === ';') return 'Semicolon'
  if (delimiter === '|') return 'Pipe'
  return '—'
}

/** "1.2 MB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`
}

/** "about 2 min left" from bytes done and the time taken so far. */
export function timeLeft(bytesDone: number, bytesTotal: number, elapsedMs: number): string {
  if (bytesDone <= 0 || elapsedMs < 500) return 'estimating time left…'
  const seconds = ((bytesTotal - bytesDone) / bytesDone) * (elapsedMs / 1000)
  if (seconds < 1) return 'almost done'
  if (seconds < 60) return `about ${Math.ceil(seconds)} s left`
  return `about ${Math.ceil(seconds / 60)} min left`
}
