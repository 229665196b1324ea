/** How many units of the base currency one unit of each currency is worth, as the user entered them. */
export type ExchangeRates = Readonly<Record<string, number>>

export interface ConversionError {
  kind: 'missing-rate' | 'invalid-rate'
  currency: string
  baseCurrency: string
  message: string
}

export type Conversion = { ok: true; amount: number } | { ok: false; error: ConversionError }

/** Rates are looked up by upper-case ISO 4217 code. */
export function convertToBase(amount: number, currency: string, baseCurrency: string, rates: ExchangeRates): Conversion {
  const from = currency.trim().toUpperCase()
  const base = baseCurrency.trim().toUpperCase()
  if (from === base) return { ok: true, amount }
  const rate = Object.hasOwn(rates, from) ? rates[from] : undefined
  if (rate === undefined) {
    return {
      ok: false,
      error: { kind: 'missing-rate', currency: from, baseCurrency: base, message: `No exchange rate for ${from}: enter how many ${base} 1 ${from} is worth.` }
    }
  }
  if (!Number.isFinite(rate) || rate <= 0) {
    return {
      ok: false,
      error: { kind: 'invalid-rate', currency: from, baseCurrency: base, message: `The exchange rate for ${from} (${rate}) must be a positive number of ${base}.` }
    }
  }
  return { ok: true, amount: amount * rate }
}
