import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { exportDB } from 'dexie-export-import'

/** A real dexie-export-import export of a small two-table database at `version`. */
export async function realDexieExport(version = 4, rows = 3): Promise<Uint8Array> {
  const db = new Dexie(`export-fixture-${crypto.randomUUID()}`)
  db.version(version).stores({ people: 'id, name', feedback: 'id, &dedupeKey' })
  await db.table('people').bulkAdd(Array.from({ length: rows }, (_, index) => ({ id: `p${index}`, name: `Person ${index}` })))
  await db.table('feedback').bulkAdd([{ id: 'f1', dedupeKey: 'k1', text: 'SSO please' }])
  const blob = await exportDB(db)
  db.close()
  await Dexie.delete(db.name)
  return new Uint8Array(await blob.arrayBuffer())
}
