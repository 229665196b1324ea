import { describe, expect, it } from 'vitest'
import { lowUtilisation, overlaps, toolsWithoutOwner, unverifiedSeats } from '@shared/domain/tools'
import { makeTool } from './makeTool'

const names = (tools: { name: string }[]) => tools.map((t) => t.name)

describe('tools without an owner', () => {
  it('lists tools with no owner or a blank one, but not cancelled tools', () => {
    const tools = [
      makeTool({ name: 'Amplitude', ownerId: 'p1' }),
      makeTool({ name: 'Miro' }),
      makeTool({ name: 'Dovetail', ownerId: '  ' }),
      makeTool({ name: 'Old wiki', status: 'cancelled' })
    ]
    expect(names(toolsWithoutOwner(tools))).toEqual(['Dovetail', 'Miro'])
  })
})

describe('low utilisation', () => {
  it('lists tools under the threshold, lowest first, with their utilisation', () => {
    const tools = [
      makeTool({ name: 'Half', seatsPurchased: 20, seatsUsed: 10 }),
      makeTool({ name: 'Quarter', seatsPurchased: 40, seatsUsed: 10 }),
      makeTool({ name: 'Exactly at threshold', seatsPurchased: 10, seatsUsed: 6 }),
      makeTool({ name: 'Full', seatsPurchased: 10, seatsUsed: 10 }),
      makeTool({ name: 'Unknown', seatsPurchased: 10 })
    ]
    expect(lowUtilisation(tools, 0.6).map((f) => [f.tool.name, f.utilisation])).toEqual([
      ['Quarter', 0.25],
      ['Half', 0.5]
    ])
  })
})

describe('seat counts not verified', () => {
  const today = '2026-06-30'

  it('lists counts never verified or verified 90 days ago or more', () => {
    const tools = [
      makeTool({ name: 'Never', pricing: 'per-seat', seatsPurchased: 5 }),
      makeTool({ name: 'Ninety days', seatsPurchased: 5, seatsVerifiedAt: '2026-04-01' }),
      makeTool({ name: 'Eighty-nine days', seatsPurchased: 5, seatsVerifiedAt: '2026-04-02' }),
      makeTool({ name: 'Last year', seatsUsed: 3, seatsVerifiedAt: '2025-06-30' }),
      makeTool({ name: 'No seats at all', pricing: 'flat' })
    ]
    // 2026-04-01 → 2026-06-30: 29 (rest of April) + 31 (May) + 30 (June) = 90 days
    expect(unverifiedSeats(tools, today).map((f) => [f.tool.name, f.daysSinceVerified])).toEqual([
      ['Never', undefined],
      ['Last year', 365],
      ['Ninety days', 90]
    ])
  })

  it('takes the age limit as a parameter', () => {
    const tools = [makeTool({ name: 'A month ago', seatsPurchased: 5, seatsVerifiedAt: '2026-05-31' })]
    expect(unverifiedSeats(tools, today, 30)).toHaveLength(1)
    expect(unverifiedSeats(tools, today, 31)).toHaveLength(0)
  })
})

describe('overlaps', () => {
  it('groups active tools of one category used by the same team', () => {
    const tools = [
      makeTool({ name: 'Amplitude', category: 'analytics', teams: ['Growth', 'Core'] }),
      makeTool({ name: 'Mixpanel', category: 'Analytics', teams: ['growth'] }),
      makeTool({ name: 'Heap', category: 'analytics', teams: ['Growth'], status: 'deprecated' }),
      makeTool({ name: 'Looker', category: 'analytics', teams: ['Core'] }),
      makeTool({ name: 'Figma', category: 'design', teams: ['Growth'] }),
      makeTool({ name: 'Sketch', category: 'design', teams: ['Core'] })
    ]
    expect(overlaps(tools).map((g) => ({ category: g.category, team: g.team, tools: names(g.tools) }))).toEqual([
      { category: 'analytics', team: 'Core', tools: ['Amplitude', 'Looker'] },
      { category: 'analytics', team: 'Growth', tools: ['Amplitude', 'Mixpanel'] }
    ])
  })

  it('does not count a tool twice when it lists a team twice', () => {
    expect(overlaps([makeTool({ category: 'design', teams: ['Core', 'core '] })])).toEqual([])
  })
})
