import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCsvTable } from '../../../src/shared/csv'
import { autoMapInventory, inventoryRowToTool, planInventoryImport, type InventoryRow } from '../../../src/shared/domain/tools/inventoryImport'
import { renewalOutlook } from '../../../src/shared/domain/tools/renewal'
import type { Tool } from '../../../src/shared/domain/tools/tool'

const bytes = readFileSync(join(__dirname, '../../fixtures/tools/inventory.csv'))
const people = [
  { id: 'p-maya', name: 'Maya Chen', email: 'maya@example.com' },
  { id: 'p-jonas', name: 'Jonas Weber' }
]

function readFixture() {
  const result = readCsvTable(bytes, 'inventory.csv')
  if (!result.ok) throw new Error(result.message)
  return result.table
}

describe('importing a tool inventory spreadsheet', () => {
  it('maps the columns of a typical inventory by their names', () => {
    const table = readFixture()
    expect(autoMapInventory(table.headers)).toEqual({
      name: 'Tool',
      vendor: 'Vendor',
      category: 'Category',
      owner: 'Owner',
      teams: 'Teams',
      status: 'Status',
      pricing: 'Pricing',
      amount: 'Cost',
      currency: 'Currency',
      billingCycle: 'Billing',
      seatsPurchased: 'Seats',
      seatsUsed: 'Seats used',
      contractEnd: 'Contract end',
      noticeDays: 'Notice period (days)',
      autoRenew: 'Auto-renew',
      sso: 'SSO',
      notes: 'Notes'
    })
  })

  it('reads all 50 rows into valid tools, matching owners to people', () => {
    const table = readFixture()
    const mapping = autoMapInventory(table.headers)
    const results = table.rows.map((record) => inventoryRowToTool(record.fields, record.row, table.headers, mapping, people))
    expect(results.filter((result) => 'errors' in result)).toEqual([])
    const first = (results[0] as { ok: InventoryRow }).ok
    expect(first.row).toBe(2)
    expect(first.tool).toMatchObject({ name: 'Amplitude', vendor: 'Amplitude Inc.', category: 'analytics', ownerId: 'p-maya', teams: ['Growth'], status: 'trial', pricing: 'flat', amount: 1200, currency: 'EUR', billingCycle: 'monthly', seatsPurchased: 5, seatsUsed: 4, contractEnd: '2026-12-23', noticeDays: 30, autoRenew: false, sso: false })
    const third = (results[2] as { ok: InventoryRow }).ok
    expect(third.tool.ownerId).toBe('new-person:Priya Nair')
    expect(third.newPeople).toEqual(['Priya Nair'])
  })

  it('rejects a row whose price or yes/no it cannot read, naming the row and column', () => {
    const headers = ['Tool', 'Cost', 'Contract end', 'Auto-renew']
    const mapping = autoMapInventory(headers)
    const result = inventoryRowToTool(['Figma', 'lots', '2026-12-31', 'maybe'], 7, headers, mapping, [])
    const errors = 'errors' in result ? [...result.errors].sort((a, b) => String(a.column).localeCompare(String(b.column))) : []
    expect(errors).toEqual([
      { row: 7, column: 'Auto-renew', message: 'Row 7, column "Auto-renew": "maybe" is not yes or no: choose what it becomes in the value map' },
      { row: 7, column: 'Cost', message: 'Row 7, column "Cost": "lots" is not a number' }
    ])
  })

  it('keeps a tool whose contract end cannot be read, without a contract end and so without a notice deadline, and warns with row, column and value', () => {
    const headers = ['Tool', 'Cost', 'Contract end', 'Notice period (days)', 'Auto-renew']
    const result = inventoryRowToTool(['Figma', '100', '31/02/2026', '30', 'yes'], 7, headers, autoMapInventory(headers), [])
    expect('ok' in result).toBe(true)
    const { tool, warnings } = (result as { ok: InventoryRow }).ok
    expect(tool).toMatchObject({ name: 'Figma', amount: 100, noticeDays: 30, autoRenew: true })
    expect(tool.contractEnd).toBeUndefined()
    expect(renewalOutlook({ ...tool, status: 'active' }, '2026-06-01')).toEqual({ kind: 'none', reason: 'No contract end' })
    expect(warnings).toEqual([
      { row: 7, column: 'Contract end', value: '31/02/2026', message: 'Row 7, column "Contract end": "31/02/2026" is not a date; left empty, so the tool has no notice deadline until the date is entered' }
    ])
  })

  it('keeps a row whose optional cells cannot be read, each left empty with a warning naming row, column, value and why', () => {
    const headers = ['Tool', 'Seats', 'Seats used', 'Seats verified', 'Contract start', 'Contract end', 'Notice period (days)', 'Data classification']
    const mapping = autoMapInventory(headers)
    expect(mapping).toMatchObject({ seatsPurchased: 'Seats', seatsUsed: 'Seats used', seatsVerifiedAt: 'Seats verified', contractStart: 'Contract start', dataClassification: 'Data classification' })
    const result = inventoryRowToTool(['Miro', '-3', 'many', 'last spring', 'Q1', '2026-12-31', 'ask legal', 'Top secret'], 12, headers, mapping, [])
    expect('ok' in result).toBe(true)
    const { tool, warnings = [] } = (result as { ok: InventoryRow }).ok
    expect(tool).toMatchObject({ name: 'Miro', contractEnd: '2026-12-31', dataClassification: 'internal' })
    for (const field of ['seatsPurchased', 'seatsUsed', 'seatsVerifiedAt', 'contractStart', 'noticeDays'] as const) expect(tool[field]).toBeUndefined()
    expect(warnings.map(({ row, column, value }) => ({ row, column, value }))).toEqual([
      { row: 12, column: 'Seats', value: '-3' },
      { row: 12, column: 'Seats used', value: 'many' },
      { row: 12, column: 'Seats verified', value: 'last spring' },
      { row: 12, column: 'Contract start', value: 'Q1' },
      { row: 12, column: 'Notice period (days)', value: 'ask legal' },
      { row: 12, column: 'Data classification', value: 'Top secret' }
    ])
    expect(warnings.map((warning) => warning.message)).toEqual([
      'Row 12, column "Seats": "-3" is not a number of seats (a whole number, 0 or more); left empty',
      'Row 12, column "Seats used": "many" is not a number; left empty',
      'Row 12, column "Seats verified": "last spring" is not a date; left empty',
      'Row 12, column "Contract start": "Q1" is not a date; left empty',
      'Row 12, column "Notice period (days)": "ask legal" is not a number of days; left empty, so the notice deadline falls on the contract end until the notice period is entered',
      'Row 12, column "Data classification": "Top secret" is not one of public, internal, confidential, restricted; stored as internal, as for an empty cell'
    ])
  })

  it('still rejects a multi-year contract whose term length cannot be read, and only warns about it for other cycles', () => {
    const headers = ['Tool', 'Billing', 'Term (months)']
    const mapping = autoMapInventory(headers)
    expect(mapping.cycleMonths).toBe('Term (months)')
    const multiYear = inventoryRowToTool(['Jira', 'Multi-year', 'long'], 3, headers, mapping, [])
    expect('errors' in multiYear && multiYear.errors.map((error) => error.column)).toEqual(['Term (months)'])
    const annual = inventoryRowToTool(['Jira', 'Annual', 'long'], 3, headers, mapping, [])
    expect('ok' in annual && annual.ok.warnings?.map((warning) => warning.column)).toEqual(['Term (months)'])
  })

  it('names the column of the file in a warning it already gave: a free price and notice in months', () => {
    const headers = ['Tool', 'Cost', 'Billing', 'Notice period']
    const result = inventoryRowToTool(['Notion', '80', 'Free', '3 months'], 5, headers, autoMapInventory(headers), [])
    expect('ok' in result && result.ok.warnings).toEqual([
      { row: 5, column: 'Cost', value: '80', message: 'Row 5, column "Cost": billed as free, so the price 80 is stored as 0' },
      { row: 5, column: 'Notice period', value: '3 months', message: 'Row 5, column "Notice period": notice of 3 months read as 91 days' }
    ])
  })

  it('rejects a row without a tool name', () => {
    const headers = ['Tool', 'Vendor']
    expect(inventoryRowToTool(['', 'Acme'], 4, headers, autoMapInventory(headers), [])).toEqual({ errors: [{ row: 4, column: 'Tool', message: 'Row 4: the tool has no name (column "Tool" is empty)' }] })
  })

  it('plans new, changed and unchanged tools against the inventory, keeping reminder choices', () => {
    const stored: Tool = {
      id: 't1', name: 'figma', vendor: 'Figma', category: 'design', description: '', website: '', teams: [], status: 'active', pricing: 'flat', amount: 100, currency: 'USD',
      billingCycle: 'annual', autoRenew: true, sso: false, dataClassification: 'internal', integrationIds: ['t2'], notes: '', reminder: { dismissedFor: '2026-12-01' }, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z'
    }
    const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = stored
    const row = (name: string, amount: number): InventoryRow => ({ row: 2, newPeople: [], tool: { ...fields, name, amount, reminder: undefined, integrationIds: [] } })
    const plan = planInventoryImport([row('Figma', 200), row('Miro', 50)], [stored])
    expect(plan.create.map((tool) => tool.name)).toEqual(['Miro'])
    expect(plan.update).toHaveLength(1)
    expect(plan.update[0]!.after).toMatchObject({ amount: 200, reminder: { dismissedFor: '2026-12-01' }, integrationIds: ['t2'] })
    expect(planInventoryImport([row('figma', 100)], [stored]).unchanged).toBe(1)
  })

  it('refuses a spreadsheet saved as Excel', () => {
    const result = readCsvTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'inventory.csv')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/^inventory\.csv: .*Excel/)
  })
})
