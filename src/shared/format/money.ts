import { numberFormat } from './intlCache'

/** "$12,400" in the user's locale; falls back to "12,400 XYZ" for a currency Intl does not know. */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  try {
    return numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: amount % 1 === 0 ? 0 : 2 }).format(amount)
  } catch {
    return `${numberFormat(locale).format(amount)} ${currency}`
  }
}

export function formatCount(count: number, locale?: string): string {
  return numberFormat(locale).format(count)
}

/** 0.614 -> "61%" in the user's locale; a share, so whole percents are enough. */
export function formatPercent(fraction: number, locale?: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction)
}
