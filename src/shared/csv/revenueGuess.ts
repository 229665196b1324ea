import { normaliseHeader } from './mapping'
import { parseAmount } from './normalizeNumber'

export interface RevenueGuess {
  kind: 'mrr' | 'arr'
  /** What the kind was read from, for the question the preview asks: the user confirms or changes it. */
  kindFrom: 'name' | 'values' | 'default'
  currency?: string
  currencyFrom?: 'name' | 'values'
}

const annualName = /\b(arr|acv|tcv|annual|annually|yearly|year|per year|per annum|pa|jahresumsatz|jahreswert|jahrlich|jahr|annuel|annuelle|anual|anuales|anuais|annuale|annuo|jaaromzet|jaarlijks|jaar)\b|^jahres|^jaar/
const monthlyName = /\b(mrr|monthly|month|per month|monatsumsatz|monatlich|monat|mensuel|mensuelle|mensual|mensuales|mensal|mensile|maandomzet|maandelijks|maand)\b|^monats|^maand/
const annualValue = /(\/\s*(yr|year|y|a|an|jahr|ano|año|anno|jaar)|per\s+(year|annum)|p\.\s?a\.)\s*$/i
const monthlyValue = /(\/\s*(mo|mon|month|monat|mois|mes)|per\s+month)\s*$/i
const currencyCodes = /\b(USD|EUR|GBP|JPY|CHF|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|INR|BRL|MXN|ZAR|SGD|HKD|CNY|KRW|ILS|TRY|AED)\b/i
const currencySymbols: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW' }

/**
 * Whether a revenue column is monthly or annual, and its currency: from the header ("ARR (EUR)", "Umsatz €",
 * "Jahresumsatz"), else from the values ("€1.200/yr", "USD 99"). Feedback stores MRR, so ARR is divided by 12.
 */
export function guessRevenue(header: string, values: string[] = []): RevenueGuess {
  const name = normaliseHeader(header)
  const filled = values.map((v) => v.trim()).filter(Boolean)
  let kind: RevenueGuess['kind'] = 'mrr'
  let kindFrom: RevenueGuess['kindFrom'] = 'default'
  if (annualName.test(name) && !monthlyName.test(name)) [kind, kindFrom] = ['arr', 'name']
  else if (monthlyName.test(name)) [kind, kindFrom] = ['mrr', 'name']
  else if (filled.some((v) => annualValue.test(v))) [kind, kindFrom] = ['arr', 'values']
  else if (filled.some((v) => monthlyValue.test(v))) [kind, kindFrom] = ['mrr', 'values']
  else if (looksAnnual(filled)) [kind, kindFrom] = ['arr', 'values']

  const code = currencyCodes.exec(header)?.[1]?.toUpperCase()
  const symbol = /[$€£¥₹₩]/.exec(header)?.[0]
  const fromName = code ?? (symbol ? currencySymbols[symbol] : undefined)
  if (fromName) return { kind, kindFrom, currency: fromName, currencyFrom: 'name' }
  const counts = new Map<string, number>()
  for (const value of filled.slice(0, 200)) {
    const amount = parseAmount(value.replace(annualValue, '').replace(monthlyValue, ''))
    const currency = amount.ok ? amount.value.currency : undefined
    if (currency) counts.set(currency, (counts.get(currency) ?? 0) + 1)
  }
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]
  return top ? { kind, kindFrom, currency: top[0], currencyFrom: 'values' } : { kind, kindFrom }
}

/**
 * Annual figures are mostly a monthly price times 12: when nearly every amount is a multiple of 12 and they are
 * in the thousands, the column is ARR more likely than not. The preview says it was guessed from the values.
 */
function looksAnnual(values: string[]): boolean {
  const amounts = values.map((v) => parseAmount(v)).flatMap((a) => (a.ok && a.value.value > 0 ? [a.value.value] : []))
  if (amounts.length < 5) return false
  const multiples = amounts.filter((a) => Number.isInteger(a) && a % 12 === 0).length
  const sorted = [...amounts].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)] as number
  return multiples / amounts.length >= 0.8 && median >= 1200
}
