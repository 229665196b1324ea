import { headerSignature, readCsvTable } from '@shared/csv'
import {
  autoMapInventory,
  inventoryReadOptions,
  inventoryRowToTool,
  planInventoryImport,
  type InventoryMapping,
  type InventoryPlan,
  type InventoryRow,
  type InventoryRowError
} from '@shared/domain/tools/inventoryImport'
import { distinctValues, valueFields, type DistinctValue, type InventoryValueMap, type ValueField } from '@shared/domain/tools/inventoryValues'
import { peopleRepository } from '../../../db/people'
import { toolsRepository } from '../../../db/tools'
import { getSetting } from '../../../db/settings'

export interface InventoryPreview {
  headers: string[]
  rows: InventoryRow[]
  errors: InventoryRowError[]
  plan: InventoryPlan
  footersDropped: string[]
  /** Per mapped value column, each distinct value and what it becomes. */
  values: Partial<Record<ValueField, DistinctValue[]>>
  /** No column is mapped to the tool's name: the mapping editor must say which. */
  needsName: boolean
  signature: string
}

export type InventoryPreviewResult = { ok: true; preview: InventoryPreview; mapping: InventoryMapping; valueMap: InventoryValueMap; remembered: boolean } | { ok: false; message: string }

/**
 * The dry run: reads the file with the mapping and value map (or the ones
 * remembered for files with these columns, or the guesses) and compares it with
 * the inventory, writing nothing.
 */
export async function previewInventory(bytes: Uint8Array, fileName: string, mapping: InventoryMapping | undefined, valueMap?: InventoryValueMap): Promise<InventoryPreviewResult> {
  const read = readCsvTable(bytes, fileName)
  if (!read.ok) return read
  const { table } = read
  const signature = headerSignature(table.headers)
  const preset = mapping ? undefined : (await getSetting('toolImportPresets'))?.[signature]
  const presetMapping = preset ? (Object.fromEntries(Object.entries(preset.mapping).filter(([, column]) => table.headers.includes(column))) as InventoryMapping) : undefined
  const chosen = mapping ?? presetMapping ?? autoMapInventory(table.headers)
  const values = valueMap ?? (preset?.values as InventoryValueMap | undefined) ?? {}
  const records = table.rows.map((record) => record.fields)
  const distinct: Partial<Record<ValueField, DistinctValue[]>> = {}
  for (const field of valueFields) {
    const column = chosen[field]
    if (column === undefined) continue
    const index = table.headers.indexOf(column)
    distinct[field] = distinctValues(field, records.map((fields) => fields[index] ?? ''), values)
  }
  const base = { headers: table.headers, footersDropped: table.footersDropped, values: distinct, signature }
  if (!chosen.name) {
    return { ok: true, mapping: chosen, valueMap: values, remembered: false, preview: { ...base, rows: [], errors: [], plan: planInventoryImport([], []), needsName: true } }
  }
  const options = inventoryReadOptions(table.headers, records, chosen, values)
  const [people, tools] = await Promise.all([peopleRepository.all(), toolsRepository.all()])
  const rows: InventoryRow[] = []
  const errors: InventoryRowError[] = []
  for (const record of table.rows) {
    const result = inventoryRowToTool(record.fields, record.row, table.headers, chosen, people, options)
    if ('ok' in result) rows.push(result.ok)
    else errors.push(...result.errors)
  }
  return { ok: true, mapping: chosen, valueMap: values, remembered: preset !== undefined && mapping === undefined, preview: { ...base, rows, errors, plan: planInventoryImport(rows, tools), needsName: false } }
}
