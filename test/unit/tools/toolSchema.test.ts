import { describe, expect, it } from 'vitest'
import { toolFieldsSchema, toolSchema } from '@shared/domain/tools'
import { makeTool } from './makeTool'

describe('tool schema', () => {
  it('accepts a complete tool as it is', () => {
    const tool = makeTool({ contractEnd: '2028-02-29', seatsPurchased: 10, reminder: { dismissedFor: '2028-01-30' } })
    expect(toolSchema.parse(tool)).toEqual(tool)
  })

  it('fills defaults for what an import or a form leaves out', () => {
    expect(toolFieldsSchema.parse({ name: ' Miro ', currency: 'eur' })).toEqual({
      name: 'Miro',
      vendor: '',
      category: 'other',
      description: '',
      website: '',
      teams: [],
      status: 'active',
      pricing: 'flat',
      amount: 0,
      currency: 'EUR',
      billingCycle: 'annual',
      autoRenew: false,
      sso: false,
      dataClassification: 'internal',
      integrationIds: [],
      notes: ''
    })
  })

  it('says which date does not exist', () => {
    const result = toolFieldsSchema.safeParse({ name: 'Miro', currency: 'EUR', contractEnd: '2027-02-29' })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['contractEnd', '"2027-02-29" is not a date (YYYY-MM-DD)']])
  })

  it('asks for the length of a multi-year contract', () => {
    const result = toolFieldsSchema.safeParse({ name: 'Salesforce', currency: 'USD', billingCycle: 'multi-year' })
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['cycleMonths'])
  })

  it('rejects a contract that ends before it starts', () => {
    const result = toolFieldsSchema.safeParse({ name: 'X', currency: 'USD', contractStart: '2026-05-01', contractEnd: '2026-04-30' })
    expect(result.error?.issues[0]?.message).toBe('The contract ends (2026-04-30) before it starts (2026-05-01)')
  })

  it('rejects negative or fractional seats, unknown statuses and bad currency codes', () => {
    const result = toolFieldsSchema.safeParse({ name: 'X', currency: 'EURO', seatsPurchased: 2.5, seatsUsed: -1, status: 'paused' })
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['currency', 'seatsPurchased', 'seatsUsed', 'status'])
  })
})
