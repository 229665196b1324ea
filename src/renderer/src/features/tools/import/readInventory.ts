import { readCsvTable } from '@shared/csv'
import { inventoryRowToTool, planInventoryImport, type InventoryMapping, type InventoryPlan, type InventoryRow, type InventoryRowError } from '@shared/domain/tools/inventoryImport'
import { db } from '../../../db/db'

export interface InventoryPreview {
  headers: string[]
  rows: InventoryRow[]
  errors: InventoryRowError[]
  plan: InventoryPlan
  footersDropped: string[]
}

/** The dry run: reads the file with the mapping and compares it with the inventory, writing nothing. */
export async function previewInventory(bytes: Uint8Array, fileName: string, mapping: InventoryMapping | undefined, autoMap: (headers: string[]) => InventoryMapping): Promise<{ ok: true; preview: InventoryPreview; mapping: InventoryMapping } | { ok: false; message: string }> {
  const read = readCsvTable(bytes, fileName)
  if (!read.ok) return read
  const { table } = read
  const chosen = mapping ?? autoMap(table.headers)
  if (!chosen.name) return { ok: false, message: `${fileName}: no column looks like the tool's name. Name a column "Tool" or "Name", or choose it below.` }
  const [people, tools] = await Promise.all([db.people.toArray(), db.tools.toArray()])
  const rows: InventoryRow[] = []
  const errors: InventoryRowError[] = []
  for (const record of table.rows) {
    const result = inventoryRowToTool(record.fields, record.row, table.headers, chosen, people)
    if ('ok' in result) rows.push(result.ok)
    else errors.push(...result.errors)
  }
  return { ok: true, mapping: chosen, preview: { headers: table.headers, rows, errors, plan: planInventoryImport(rows, tools), footersDropped: table.footersDropped } }
}
