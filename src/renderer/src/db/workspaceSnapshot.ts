import { Dexie } from 'dexie'
import { exportDB, importDB } from 'dexie-export-import'
import { encodeWorkspaceFile, readWorkspaceFile, type BackupReason, type WorkspaceHeader, type WorkspacePart } from '@shared/workspaceFile'
import { OpsdeckDatabase } from './db'

/**
 * The whole database to and from a workspace file. Runs in the backup worker (see features/backups),
 * and in tests on fake-indexeddb: nothing here touches the page.
 */

/** The tables each part of an export carries; a whole-workspace file carries every table. */
const partTables: Record<WorkspacePart, string[]> = {
  playbooks: ['playbooks', 'playbookVersions', 'runs', 'playbookDrafts'],
  tools: ['tools'],
  feedback: ['feedback', 'themes', 'themeLinks', 'importBatches', 'mappingPresets', 'feedbackHistory', 'importChanges', 'savedViews', 'counters'],
  people: ['people'],
  metrics: ['metrics', 'metricPoints']
}

/** The schema version this copy of Opsdeck reads and writes: the newest `version(n)` in db.ts. */
export function currentSchemaVersion(db: Dexie): number {
  return db.verno
}

export interface SnapshotOptions {
  reason: BackupReason
  appVersion: string
  createdAt: string
  parts?: WorkspacePart[]
  /** Feedback history is the biggest table after feedback; an export can leave it out. */
  withFeedbackHistory?: boolean
  onProgress?: (done: number, total: number) => void
}

export async function snapshotWorkspace(db: Dexie, options: SnapshotOptions): Promise<{ bytes: Uint8Array; header: WorkspaceHeader }> {
  const kept = options.parts ? new Set(options.parts.flatMap((part) => partTables[part])) : undefined
  const skipTables = db.tables.map((table) => table.name).filter((name) => (kept ? !kept.has(name) : false) || (options.withFeedbackHistory === false && name === 'feedbackHistory'))
  const blob = await exportDB(db, {
    skipTables,
    numRowsPerChunk: 2000,
    progressCallback: ({ completedRows, totalRows: total }) => {
      options.onProgress?.(completedRows, total ?? completedRows)
      return true
    }
  })
  const content = new Uint8Array(await blob.arrayBuffer())
  return encodeWorkspaceFile(
    { appVersion: options.appVersion, schemaVersion: currentSchemaVersion(db), createdAt: options.createdAt, reason: options.reason, parts: options.parts ?? 'all' },
    content
  )
}

export async function countTables(db: Dexie): Promise<Record<string, number>> {
  const counts = await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const))
  return Object.fromEntries(counts)
}

export type InspectResult = { ok: true; header: WorkspaceHeader; current: Record<string, number> } | { ok: false; message: string }

/** Proves a file before anything changes, and says what it would replace. */
export async function inspectWorkspaceFile(db: Dexie, bytes: Uint8Array, fileName: string): Promise<InspectResult> {
  const read = await readWorkspaceFile(bytes, { fileName, currentSchemaVersion: currentSchemaVersion(db) })
  if (!read.ok) return { ok: false, message: read.problem.message }
  return { ok: true, header: read.header, current: await countTables(db) }
}

/**
 * Reads a file's rows at the current schema version. The content goes into a scratch database at the
 * version it was made with, which is then opened as OpsdeckDatabase, so an older file comes up through
 * the same upgrade() functions as the database itself.
 */
/**
 * The rows of an export at the current version, read straight from its JSON: dexie-export-import marks
 * any value plain JSON cannot hold (a Date, a Blob) with `$types`, and the workspace stores none, so a row
 * without that mark is the row as stored. Undefined when the file needs the full import.
 */
function plainRows(content: Uint8Array): Map<string, unknown[]> | undefined {
  const parsed = JSON.parse(new TextDecoder().decode(content)) as { data?: { data?: { tableName: string; rows: Record<string, unknown>[] }[] } }
  const tables = parsed.data?.data
  if (!Array.isArray(tables)) return undefined
  const rows = new Map<string, unknown[]>()
  for (const table of tables) {
    if (!Array.isArray(table.rows) || table.rows.some((row) => typeof row !== 'object' || row === null || '$types' in row)) return undefined
    rows.set(table.tableName, table.rows)
  }
  return rows
}

export async function rowsAtCurrentVersion(content: Uint8Array, fromVersion: number, currentVersion?: number): Promise<Map<string, unknown[]>> {
  if (fromVersion === currentVersion) {
    const plain = plainRows(content)
    if (plain) return plain
  }
  const scratchName = `opsdeck-restore-${crypto.randomUUID()}`
  try {
    const old = await importDB(new Blob([content as Uint8Array<ArrayBuffer>]), { name: scratchName, chunkSizeBytes: 4 * 1024 * 1024 })
    const madeAt = old.verno
    old.close()
    if (madeAt !== fromVersion) throw new Error(`The file says version ${fromVersion} but holds version ${madeAt}`)
    const upgraded = new OpsdeckDatabase(scratchName)
    await upgraded.open()
    try {
      const rows = new Map<string, unknown[]>()
      for (const table of upgraded.tables) rows.set(table.name, await table.toArray())
      return rows
    } finally {
      upgraded.close()
    }
  } finally {
    await Dexie.delete(scratchName)
  }
}

/**
 * Replaces every table with the file's content in one transaction: the workspace is the file's entirely,
 * or it is unchanged. The caller has shown the preview and taken a backup first.
 */
export async function restoreWorkspace(db: Dexie, bytes: Uint8Array, fileName: string, onProgress?: (done: number, total: number) => void): Promise<WorkspaceHeader> {
  const read = await readWorkspaceFile(bytes, { fileName, currentSchemaVersion: currentSchemaVersion(db) })
  if (!read.ok) throw new Error(read.problem.message)
  const { header, content } = read
  if (header.parts !== 'all') throw new Error(`${fileName} holds only part of a workspace (${header.parts.join(', ')}); it cannot replace a whole one.`)
  const rows = await rowsAtCurrentVersion(content, header.schemaVersion, currentSchemaVersion(db))
  const total = [...rows.values()].reduce((sum, list) => sum + list.length, 0)
  let done = 0
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear()
      const list = rows.get(table.name) ?? []
      for (let start = 0; start < list.length; start += 5000) {
        await table.bulkAdd(list.slice(start, start + 5000))
        done += Math.min(5000, list.length - start)
        Dexie.ignoreTransaction(() => onProgress?.(done, total))
      }
    }
  })
  return header
}
