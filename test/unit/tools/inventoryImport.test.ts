import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCsvTable } from '../../../src/shared/csv'
import { autoMapInventory, inventoryRowToTool, planInventoryImport, type InventoryRow } from '../../../src/shared/domain/tools/inventoryImport'
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

  it('names the row and column of a value it cannot read', () => {
    const headers = ['Tool', 'Cost', 'Contract end', 'Auto-renew']
    const mapping = autoMapInventory(headers)
    const result = inventoryRowToTool(['Figma', 'lots', '31/02/2026', 'maybe'], 7, headers, mapping, [])
    const errors = 'errors' in result ? [...result.errors].sort((a, b) => String(a.column).localeCompare(String(b.column))) : []
    expect(errors).toEqual([
      { row: 7, column: 'Auto-renew', message: 'Row 7, column "Auto-renew": "maybe" is not yes or no: choose what it becomes in the value map' },
      { row: 7, column: 'Contract end', message: 'Row 7, column "Contract end": "31/02/2026" is not a date' },
      { row: 7, column: 'Cost', message: 'Row 7, column "Cost": "lots" is not a number' }
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
