import { describe, expect, it } from 'vitest'
import { decideDecimalSeparator, parseAmount, parseNumber, type Amount, type NumberOptions } from '../../../src/shared/csv'

describe('parseAmount reads numbers as locales write them', () => {
  const cases: Array<[string, NumberOptions, Amount]> = [
    ['1234', {}, { value: 1234 }],
    ['1234.5', {}, { value: 1234.5 }],
    ['1,234.50', {}, { value: 1234.5 }],
    ['1.234,50', {}, { value: 1234.5 }],
    ['1 234,50', {}, { value: 1234.5 }],
    ['1\u00a0234,50', {}, { value: 1234.5 }],
    ['1\u202f234,50', {}, { value: 1234.5 }],
    ["1'234.50", {}, { value: 1234.5 }],
    ['12.000', {}, { value: 12000 }],
    ['1,234', {}, { value: 1234 }],
    ['1,234', { decimalSeparator: ',' }, { value: 1.234 }],
    ['1.234.567,89', {}, { value: 1234567.89 }],
    ['99,5', {}, { value: 99.5 }],
    ['0,125', {}, { value: 0.125 }],
    ['.5', {}, { value: 0.5 }],
    ['-42', {}, { value: -42 }],
    ['(1,200.00)', {}, { value: -1200 }],
    ['$1,200', {}, { value: 1200, currency: 'USD' }],
    ['$ -12.50', {}, { value: -12.5, currency: 'USD' }],
    ['-$12.50', {}, { value: -12.5, currency: 'USD' }],
    ['€ 99', {}, { value: 99, currency: 'EUR' }],
    ['99,00 €', {}, { value: 99, currency: 'EUR' }],
    ['1.234,50 €', {}, { value: 1234.5, currency: 'EUR' }],
    ['£350', {}, { value: 350, currency: 'GBP' }],
    ['1200 USD', {}, { value: 1200, currency: 'USD' }],
    ['EUR 1.234,50', {}, { value: 1234.5, currency: 'EUR' }],
    ['R$ 9.800,00', {}, { value: 9800, currency: 'BRL' }],
    ['CHF 1\'250.00', {}, { value: 1250, currency: 'CHF' }],
    ['89 AUD', {}, { value: 89, currency: 'AUD' }]
  ]
  it.each(cases)('reads %j (%j) as %j', (raw, options, amount) => {
    expect(parseAmount(raw, options)).toEqual({ ok: true, value: amount })
  })

  it.each(['abc', '1,2,3', '12 34', '1.2.3,4,5', '12-', '1e5', '', '$', 'USD', '4 stars', '1,234.5.6'])('rejects %j', (raw) => {
    expect(parseAmount(raw)).toEqual({ ok: false, problem: `"${raw}" is not a number` })
  })

  it('gives plain numbers without the currency', () => {
    expect(parseNumber('€ 1.234,50')).toEqual({ ok: true, value: 1234.5 })
  })
})

describe('decideDecimalSeparator', () => {
  it('reads the separator from values that show it', () => {
    expect(decideDecimalSeparator(['1.234,50', '99,00', '12'])).toBe(',')
    expect(decideDecimalSeparator(['1,234.50', '12.5'])).toBe('.')
  })
  it('cannot tell from values like 1,200 alone', () => {
    expect(decideDecimalSeparator(['1,200', '3,400', '12'])).toBeUndefined()
  })
})
