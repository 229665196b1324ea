import { describe, expect, it } from 'vitest'
import { spendByCategory, spendByTeam, spendTotals } from '@shared/domain/tools'
import { makeTool } from './makeTool'

const options = { baseCurrency: 'EUR', rates: { USD: 0.5 } }

const tools = [
  // 1000/month → 12000 EUR a year
  makeTool({ id: 'a', category: 'analytics', amount: 1000, billingCycle: 'monthly', teams: ['Growth', 'Core', 'Platform'] }),
  // 2000 USD a year → 1000 EUR
  makeTool({ id: 'b', category: 'Analytics', amount: 2000, currency: 'USD', teams: ['Growth'] }),
  // 10 seats × 30 EUR × 4 quarters = 1200 EUR; 4 seats unused → 480 EUR
  makeTool({ id: 'c', category: 'design', pricing: 'per-seat', amount: 30, seatsPurchased: 10, seatsUsed: 6, billingCycle: 'quarterly' }),
  makeTool({ id: 'd', category: 'design', amount: 500, currency: 'SEK' }),
  makeTool({ id: 'e', category: 'design', amount: 9999, status: 'evaluating' }),
  makeTool({ id: 'f', category: 'design', amount: 9999, status: 'cancelled' })
]

describe('spend', () => {
  it('sums annual spend per category in the base currency, largest first', () => {
    const result = spendByCategory(tools, options)
    expect(result.slices).toEqual([
      { label: 'analytics', amount: 13000, toolIds: ['a', 'b'] },
      { label: 'design', amount: 1200, toolIds: ['c'] }
    ])
    expect(result.total).toBe(14200)
  })

  it('reports tools it cannot convert instead of counting them as NaN', () => {
    const { problems } = spendByCategory(tools, options)
    expect(problems.map((p) => [p.tool.id, p.problem.kind])).toEqual([['d', 'missing-rate']])
  })

  it('splits a shared tool evenly across its teams', () => {
    const result = spendByTeam(tools, options)
    expect(result.slices).toEqual([
      // 12000 / 3 + 1000
      { label: 'Growth', amount: 5000, toolIds: ['a', 'b'] },
      { label: 'Core', amount: 4000, toolIds: ['a'] },
      { label: 'Platform', amount: 4000, toolIds: ['a'] },
      { label: null, amount: 1200, toolIds: ['c'] }
    ])
    expect(result.total).toBe(14200)
  })

  it('totals annual spend and the cost of unused seats', () => {
    expect(spendTotals(tools, options)).toMatchObject({ baseCurrency: 'EUR', annual: 14200, unusedSeats: 480 })
  })

  it('names the missing seat count of a per-seat tool', () => {
    const { problems } = spendTotals([makeTool({ pricing: 'per-seat', amount: 10 })], options)
    expect(problems[0]?.problem.kind).toBe('no-seat-count')
  })
})
