import { describe, expect, it } from 'vitest'
import { convertToBase } from '@shared/domain/tools'

describe('convertToBase', () => {
  const rates = { USD: 0.9, GBP: 1.2, JPY: 0.006 }

  it('multiplies by the base units one unit of the currency is worth', () => {
    expect(convertToBase(1000, 'USD', 'EUR', rates)).toEqual({ ok: true, amount: 900 })
    expect(convertToBase(500, 'GBP', 'EUR', rates)).toEqual({ ok: true, amount: 600 })
  })

  it('needs no rate for the base currency itself, whatever the case', () => {
    expect(convertToBase(42, 'eur', 'EUR', {})).toEqual({ ok: true, amount: 42 })
  })

  it('looks rates up by upper-case code', () => {
    expect(convertToBase(100, 'usd', 'EUR', rates)).toEqual({ ok: true, amount: 90 })
  })

  it('returns an explicit error, not NaN, when a rate is missing', () => {
    expect(convertToBase(100, 'SEK', 'EUR', rates)).toEqual({
      ok: false,
      error: { kind: 'missing-rate', currency: 'SEK', baseCurrency: 'EUR', message: 'No exchange rate for SEK: enter how many EUR 1 SEK is worth.' }
    })
  })

  it('rejects a zero or negative rate', () => {
    expect(convertToBase(100, 'CHF', 'EUR', { CHF: 0 })).toMatchObject({ ok: false, error: { kind: 'invalid-rate', currency: 'CHF' } })
    expect(convertToBase(100, 'CHF', 'EUR', { CHF: -1 })).toMatchObject({ ok: false, error: { kind: 'invalid-rate' } })
  })

  it('does not mistake an object property for a rate', () => {
    expect(convertToBase(100, 'constructor', 'EUR', {})).toMatchObject({ ok: false, error: { kind: 'missing-rate' } })
  })
})
