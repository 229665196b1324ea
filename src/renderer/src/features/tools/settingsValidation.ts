const currencyPattern = /^[A-Z]{3}$/

export const maxReminderWindow = 730

/** An ISO 4217 code, upper-cased, or why it is not one. */
export function checkCurrency(input: string): { ok: true; code: string } | { ok: false; error: string } {
  const code = input.trim().toUpperCase()
  if (!code) return { ok: false, error: 'Enter a currency code' }
  return currencyPattern.test(code) ? { ok: true, code } : { ok: false, error: `"${input.trim()}" is not a three-letter currency code such as EUR or USD` }
}

export function rateError(rate: number | string, currency: string, baseCurrency: string): string | undefined {
  if (typeof rate !== 'number' || !Number.isFinite(rate)) return `Enter how many ${baseCurrency} 1 ${currency || 'unit'} is worth`
  if (rate <= 0) return 'A rate must be more than zero'
  return undefined
}

/** Days before a deadline, typed as tags: whole numbers from 1 to 730, at least one; returned largest first, each once. */
export function parseReminderWindows(tags: readonly string[]): { ok: true; windows: number[] } | { ok: false; error: string } {
  if (tags.length === 0) return { ok: false, error: 'Keep at least one reminder window, e.g. 30' }
  const windows: number[] = []
  for (const tag of tags) {
    const days = Number(tag.trim())
    if (!/^\d+$/.test(tag.trim()) || days < 1 || days > maxReminderWindow) {
      return { ok: false, error: `"${tag}" is not a number of days from 1 to ${maxReminderWindow}` }
    }
    windows.push(days)
  }
  return { ok: true, windows: [...new Set(windows)].sort((a, b) => b - a) }
}
