import { normalized, notA, type Normalized } from './normalized'

export type DecimalSeparator = ',' | '.'

export interface Amount {
  value: number
  /** ISO 4217 code when the value carried a symbol or code ("$1,200", "€ 99", "1200 USD"). */
  currency?: string
}

export interface NumberOptions {
  /** Settles "1,234" / "1.234" (one separator before exactly three digits); otherwise it reads as thousands. */
  decimalSeparator?: DecimalSeparator
}

const symbols: Array<[string, string]> = [
  ['US$', 'USD'], ['CA$', 'CAD'], ['AU$', 'AUD'], ['NZ$', 'NZD'], ['HK$', 'HKD'], ['R$', 'BRL'], ['C$', 'CAD'],
  ['A$', 'AUD'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'], ['zł', 'PLN']
]
const codes = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'NZD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'INR', 'BRL',
  'MXN', 'ZAR', 'SGD', 'HKD', 'CNY', 'KRW', 'ILS', 'TRY', 'AED'
])

/** Numbers as people and locales write them: "1.234,50", "1,234.50", "1 234,50", "1'234.50", "(12)", "-3". */
export function parseNumber(raw: string, options: NumberOptions = {}): Normalized<number> {
  const amount = parseAmount(raw, options)
  return amount.ok ? normalized(amount.value.value) : amount
}

/** A number with an optional currency symbol or code before or after it. */
export function parseAmount(raw: string, options: NumberOptions = {}): Normalized<Amount> {
  let text = raw.trim().replace(/[\u00a0\u202f\u2009]/g, ' ')
  let negative = false
  let currency: string | undefined
  if (/^\(.*\)$/.test(text)) {
    negative = true
    text = text.slice(1, -1).trim()
  }
  for (let changed = true; changed; ) {
    changed = false
    const sign = /^[-\u2212]\s*/.exec(text) ?? /^\+\s*/.exec(text)
    if (sign) {
      negative ||= sign[0].trim() !== '+'
      text = text.slice(sign[0].length)
      changed = true
    }
    const symbol = symbols.find(([s]) => text.startsWith(s))
    if (symbol && !currency) {
      currency = symbol[1]
      text = text.slice(symbol[0].length).trimStart()
      changed = true
    }
    const code = /^([A-Z]{3})\s*(?=[\d.,\-\u2212])/.exec(text)
    if (code && codes.has(code[1] as string) && !currency) {
      currency = code[1]
      text = text.slice(code[0].length)
      changed = true
    }
  }
  const suffixSymbol = symbols.find(([s]) => text.endsWith(s))
  if (suffixSymbol && !currency) {
    currency = suffixSymbol[1]
    text = text.slice(0, -suffixSymbol[0].length).trimEnd()
  }
  const suffixCode = /(?<=[\d\s])([A-Z]{3})$/.exec(text)
  if (suffixCode && codes.has(suffixCode[1] as string) && !currency) {
    currency = suffixCode[1]
    text = text.slice(0, -3).trimEnd()
  }

  const value = readDigits(text, options.decimalSeparator)
  if (value === undefined) return notA(raw, 'a number')
  return normalized(currency ? { value: negative ? -value : value, currency } : { value: negative ? -value : value })
}

function readDigits(text: string, decimalHint: DecimalSeparator | undefined): number | undefined {
  if (!/^(\d|[.,]\d)[\d.,' ’]*$/.test(text) || !/\d$/.test(text)) return undefined
  const grouped = text.split(/[' ’]/)
  if (grouped.slice(1).some((group) => !/^\d{3}/.test(group))) return undefined
  const digits = grouped.join('')
  const lastDot = digits.lastIndexOf('.')
  const lastComma = digits.lastIndexOf(',')
  let decimal: DecimalSeparator | undefined
  if (lastDot !== -1 && lastComma !== -1) decimal = lastDot > lastComma ? '.' : ','
  else if (lastDot !== -1 || lastComma !== -1) {
    const sep: DecimalSeparator = lastDot !== -1 ? '.' : ','
    const parts = digits.split(sep)
    if (parts.length > 2) decimal = undefined
    else if (decimalHint) decimal = decimalHint === sep ? sep : undefined
    else decimal = (parts[1] as string).length === 3 && parts[0] !== '0' && parts[0] !== '' ? undefined : sep
  }
  const thousands = decimal === undefined ? /[.,]/g : decimal === '.' ? /,/g : /\./g
  const [whole = '', fraction, extra] = digits.split(decimal ?? '\u0000')
  if (extra !== undefined) return undefined
  const wholeDigits = whole.replace(thousands, '')
  if (/[.,]/.test(fraction ?? '') || !/^\d*$/.test(wholeDigits)) return undefined
  if (whole !== wholeDigits && !/^\d{1,3}([.,]\d{2,3})*$/.test(whole)) return undefined
  const value = Number(`${wholeDigits || '0'}.${fraction ?? '0'}`)
  return Number.isFinite(value) ? value : undefined
}

/**
 * The decimal separator a column uses, from the values that show it: one with both separators ("1.234,50"),
 * or one separator followed by other than three digits ("99,5"). Undefined when no value tells.
 * Not applied automatically: a lone separator before three digits ("1,200", "1.200") is a thousands separator
 * in nearly every locale, so a column-wide guess would mostly turn a right reading into a wrong one. It is
 * here for a UI that offers the user the choice (Mapping's `decimalSeparator`).
 */
export function decideDecimalSeparator(values: Iterable<string>): DecimalSeparator | undefined {
  let comma = 0
  let dot = 0
  for (const value of values) {
    const digits = value.replace(/[^\d.,]/g, '')
    const lastDot = digits.lastIndexOf('.')
    const lastComma = digits.lastIndexOf(',')
    if (lastDot !== -1 && lastComma !== -1) {
      if (lastDot > lastComma) dot++
      else comma++
    } else if (lastDot !== -1 || lastComma !== -1) {
      const sep = lastDot !== -1 ? '.' : ','
      const parts = digits.split(sep)
      if (parts.length === 2 && (parts[1] as string).length !== 3) {
        if (sep === '.') dot++
        else comma++
      }
    }
  }
  if (comma === dot) return undefined
  return comma > dot ? ',' : '.'
}
