import { describe, expect, it } from 'vitest'
import { annualCost, annualisedCost, costPerUsedSeat, unusedSeatCost, utilisation } from '@shared/domain/tools'
import { makeTool } from './makeTool'

describe('annualised cost', () => {
  it('multiplies a monthly flat price by 12', () => {
    expect(annualisedCost(makeTool({ pricing: 'flat', amount: 250, billingCycle: 'monthly' }))).toBe(3000)
  })

  it('multiplies a quarterly flat price by 4', () => {
    expect(annualisedCost(makeTool({ pricing: 'flat', amount: 900, billingCycle: 'quarterly' }))).toBe(3600)
  })

  it('takes an annual flat price as it is', () => {
    expect(annualisedCost(makeTool({ pricing: 'flat', amount: 5000, billingCycle: 'annual' }))).toBe(5000)
  })

  it('divides a 36-month price by 3 years', () => {
    expect(annualisedCost(makeTool({ pricing: 'flat', amount: 36000, billingCycle: 'multi-year', cycleMonths: 36 }))).toBe(12000)
  })

  it('divides a 24-month price by 2 years', () => {
    expect(annualisedCost(makeTool({ pricing: 'flat', amount: 10000, billingCycle: 'multi-year', cycleMonths: 24 }))).toBe(5000)
  })

  it('multiplies a per-seat monthly price by seats purchased and by 12', () => {
    // 12 per seat × 25 seats × 12 months
    expect(annualisedCost(makeTool({ pricing: 'per-seat', amount: 12, seatsPurchased: 25, billingCycle: 'monthly' }))).toBe(3600)
  })

  it('multiplies a per-seat quarterly price by seats and by 4', () => {
    // 30 × 10 × 4
    expect(annualisedCost(makeTool({ pricing: 'per-seat', amount: 30, seatsPurchased: 10, billingCycle: 'quarterly' }))).toBe(1200)
  })

  it('multiplies a per-seat annual price by seats', () => {
    expect(annualisedCost(makeTool({ pricing: 'per-seat', amount: 99, seatsPurchased: 40, billingCycle: 'annual' }))).toBe(3960)
  })

  it('spreads a per-seat multi-year price over its years', () => {
    // 300 per seat for 36 months × 20 seats = 6000 over 3 years
    expect(annualisedCost(makeTool({ pricing: 'per-seat', amount: 300, seatsPurchased: 20, billingCycle: 'multi-year', cycleMonths: 36 }))).toBe(2000)
  })

  it('ignores seat counts for a flat price', () => {
    expect(annualisedCost(makeTool({ pricing: 'flat', amount: 100, seatsPurchased: 50, billingCycle: 'monthly' }))).toBe(1200)
  })

  it('has no cost, and says why, for a per-seat price without a seat count', () => {
    const tool = makeTool({ pricing: 'per-seat', amount: 10, billingCycle: 'monthly' })
    expect(annualisedCost(tool)).toBeUndefined()
    expect(annualCost(tool)).toEqual({
      ok: false,
      problem: { kind: 'no-seat-count', message: 'Priced per seat, but the number of seats purchased is missing.' }
    })
  })

  it('has no cost for a multi-year contract without its length', () => {
    const tool = makeTool({ amount: 10000, billingCycle: 'multi-year' })
    expect(annualisedCost(tool)).toBeUndefined()
    expect(annualCost(tool)).toMatchObject({ ok: false, problem: { kind: 'no-term-length' } })
  })

  it('gives a free tool a cost of 0', () => {
    expect(annualisedCost(makeTool({ amount: 0, billingCycle: 'monthly' }))).toBe(0)
  })
})

describe('seats', () => {
  it('computes utilisation as used over purchased', () => {
    expect(utilisation(makeTool({ seatsPurchased: 50, seatsUsed: 35 }))).toBe(0.7)
  })

  it('reports over-use above 1', () => {
    expect(utilisation(makeTool({ seatsPurchased: 10, seatsUsed: 12 }))).toBe(1.2)
  })

  it('leaves utilisation unknown without both counts or with no seats purchased', () => {
    expect(utilisation(makeTool({ seatsPurchased: 50 }))).toBeUndefined()
    expect(utilisation(makeTool({ seatsUsed: 5 }))).toBeUndefined()
    expect(utilisation(makeTool({ seatsPurchased: 0, seatsUsed: 0 }))).toBeUndefined()
  })

  it('divides the annual cost by the seats in use', () => {
    // 10 × 50 × 12 = 6000 a year, 40 seats used
    const tool = makeTool({ pricing: 'per-seat', amount: 10, seatsPurchased: 50, seatsUsed: 40, billingCycle: 'monthly' })
    expect(costPerUsedSeat(tool)).toBe(150)
  })

  it('has no cost per used seat when nobody uses it', () => {
    expect(costPerUsedSeat(makeTool({ seatsPurchased: 10, seatsUsed: 0 }))).toBeUndefined()
    expect(costPerUsedSeat(makeTool({ seatsPurchased: 10 }))).toBeUndefined()
  })

  it('costs the unused per-seat seats at the seat price', () => {
    // 20 unused × 10 × 12
    const tool = makeTool({ pricing: 'per-seat', amount: 10, seatsPurchased: 50, seatsUsed: 30, billingCycle: 'monthly' })
    expect(unusedSeatCost(tool)).toBe(2400)
  })

  it('costs unused seats of a flat price as their share of the fee', () => {
    // 8000 a year for 40 seats, 10 unused: a quarter of the fee
    expect(unusedSeatCost(makeTool({ pricing: 'flat', amount: 8000, seatsPurchased: 40, seatsUsed: 30 }))).toBe(2000)
  })

  it('costs nothing for unused seats when all are used, or more', () => {
    expect(unusedSeatCost(makeTool({ pricing: 'per-seat', amount: 10, seatsPurchased: 10, seatsUsed: 12 }))).toBe(0)
  })
})
