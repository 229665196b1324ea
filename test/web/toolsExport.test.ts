import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { inventoryCsv } from '../../src/renderer/src/features/tools/inventoryCsv'
import { FIXED_DAY, useFixedClock } from './fixedClock'
import { inDays, toolRecord } from './toolsFixtures'

useFixedClock()

const context = {
  today: FIXED_DAY,
  baseCurrency: 'USD',
  rates: { EUR: 1.1 },
  windows: [120, 90, 60, 30, 7],
  peopleNames: new Map([['maya', 'Maya Chen']])
}

describe('the inventory as CSV', () => {
  it('starts with a byte-order mark so Excel reads it as UTF-8', () => {
    const csv = inventoryCsv([toolRecord({ name: 'Café' })], context)
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv).toContain('Café')
  })

  it('writes one row per tool with people and linked tools by name, costs and the notice deadline', () => {
    const slack = toolRecord({ id: 'slack', name: 'Slack' })
    const jira = toolRecord({
      id: 'jira',
      name: 'Jira',
      ownerId: 'maya',
      teams: ['Platform', 'Growth'],
      pricing: 'per-seat',
      amount: 10,
      billingCycle: 'monthly',
      currency: 'EUR',
      seatsPurchased: 5,
      contractEnd: inDays(40),
      noticeDays: 30,
      integrationIds: ['slack'],
      notes: 'Line one\nline two, with a comma'
    })
    const parsed = Papa.parse<Record<string, string>>(inventoryCsv([slack, jira], context).slice(1), { header: true, skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    expect(parsed.data.map((row) => row.Name)).toEqual(['Jira', 'Slack'])
    expect(parsed.data[0]).toMatchObject({
      Owner: 'Maya Chen',
      Teams: 'Platform; Growth',
      Integrations: 'Slack',
      'Annual cost': '600',
      'Annual cost (base currency)': '660',
      'Notice deadline': inDays(10),
      'Days left': '10',
      'Auto-renew': 'yes',
      Notes: 'Line one\nline two, with a comma'
    })
  })

  it('keeps a spreadsheet from running a cell as a formula', () => {
    const csv = inventoryCsv([toolRecord({ name: '=HYPERLINK("http://evil")' })], context)
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`)
  })
})
