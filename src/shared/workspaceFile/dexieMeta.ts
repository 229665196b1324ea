/**
 * dexie-export-import writes `{"formatName":"dexie","formatVersion":1,"data":{"databaseName":…,
 * "databaseVersion":…,"tables":[{name, schema, rowCount}…],"data":[rows…]}}` with the table list first,
 * so the list can be read without parsing every row.
 */
export interface DexieExportMeta {
  databaseName: string
  databaseVersion: number
  tables: { name: string; schema: string; rowCount: number }[]
}

const decoder = new TextDecoder()
/** The table list of a workspace with every table is a few kilobytes. */
const metaWindowBytes = 256 * 1024

export function readDexieExportMeta(content: Uint8Array): DexieExportMeta | undefined {
  const text = decoder.decode(content.subarray(0, metaWindowBytes))
  const start = text.indexOf('"tables":[')
  const end = text.indexOf('],"data":[', start)
  if (!text.startsWith('{"formatName":"dexie"') || start < 0 || end < 0) return undefined
  try {
    const data = JSON.parse(`${text.slice(text.indexOf('"data":{') + 7, end + 1)}}`) as Partial<DexieExportMeta>
    if (typeof data.databaseName !== 'string' || typeof data.databaseVersion !== 'number' || !Array.isArray(data.tables)) return undefined
    if (!data.tables.every((table) => typeof table?.name === 'string' && typeof table.rowCount === 'number')) return undefined
    return data as DexieExportMeta
  } catch {
    return undefined
  }
}

export function countsOf(meta: DexieExportMeta): Record<string, number> {
  return Object.fromEntries(meta.tables.map((table) => [table.name, table.rowCount]))
}
