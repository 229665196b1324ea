import type { Dexie } from 'dexie'
import { STATUS_COUNTS_KEY } from '@shared/domain/feedback/statusCounts'
import {
  baseKey,
  nextBases,
  planTableMerge,
  readWorkspaceFile,
  recordsToWrite,
  remapReferences,
  type ConflictChoice,
  type MergeBases,
  type MergeRecord,
  type TableMergePlan,
  type WorkspaceHeader
} from '@shared/workspaceFile'
import { countStatusesInIndex } from './statusIndex'
import { currentSchemaVersion, rowsAtCurrentVersion } from './workspaceSnapshot'

/**
 * Merge-import of a colleague's workspace file (see src/shared/workspaceFile/merge.ts for the rules).
 * Runs in the backup worker. Bookkeeping tables (settings, import batches and their undo chunks, drafts,
 * the search index, counters) are not merged: they describe this workspace, not the data.
 */
interface MergedTable {
  table: string
  naturalKey?: (record: MergeRecord) => string | undefined
  conflicts?: boolean
  /** Fields that hold feedback ids, rewritten when the file's row turns out to be one of ours. */
  feedbackRefs?: string[]
}

const mergedTables: MergedTable[] = [
  { table: 'people' },
  { table: 'playbooks' },
  { table: 'playbookVersions' },
  { table: 'runs' },
  { table: 'tools' },
  { table: 'metrics' },
  { table: 'metricPoints' },
  { table: 'themes' },
  { table: 'savedViews' },
  // Feedback before what points at it, so that references to duplicates can be rewritten.
  { table: 'feedback', naturalKey: (record) => record['dedupeKey'] as string | undefined, conflicts: false, feedbackRefs: ['mergedIntoId'] },
  { table: 'themeLinks', naturalKey: (record) => `${String(record['themeId'])}|${String(record['feedbackId'])}`, conflicts: false, feedbackRefs: ['feedbackId'] },
  { table: 'feedbackHistory', conflicts: false, feedbackRefs: ['feedbackId'] }
]

export interface MergeConflictSummary {
  key: string
  table: string
  label: string
  localUpdatedAt?: string
  incomingUpdatedAt?: string
}

export interface MergePreview {
  header: WorkspaceHeader
  tables: { table: string; add: number; update: number; keptLocal: number; unchanged: number; duplicates: number }[]
  conflicts: MergeConflictSummary[]
}

interface Planned {
  header: WorkspaceHeader
  plans: TableMergePlan[]
  incoming: Map<string, MergeRecord[]>
  bases: MergeBases
}

async function plan(db: Dexie, bytes: Uint8Array, fileName: string): Promise<Planned> {
  const read = await readWorkspaceFile(bytes, { fileName, currentSchemaVersion: currentSchemaVersion(db) })
  if (!read.ok) throw new Error(read.problem.message)
  const rows = (await rowsAtCurrentVersion(read.content, read.header.schemaVersion, currentSchemaVersion(db))) as Map<string, MergeRecord[]>
  const bases = ((await db.table('settings').get('mergeBases'))?.value ?? {}) as MergeBases
  const plans: TableMergePlan[] = []
  const incoming = new Map<string, MergeRecord[]>()
  let feedbackTwins = new Map<string, string>()
  for (const spec of mergedTables) {
    const theirs = remapReferences(rows.get(spec.table) ?? [], spec.feedbackRefs ?? [], feedbackTwins)
    incoming.set(spec.table, theirs)
    const local = theirs.length === 0 ? [] : ((await db.table(spec.table).toArray()) as MergeRecord[])
    const planned = planTableMerge({ table: spec.table, local, incoming: theirs, naturalKey: spec.naturalKey, conflicts: spec.conflicts }, bases)
    if (spec.table === 'feedback') feedbackTwins = planned.duplicates
    plans.push(planned)
  }
  return { header: read.header, plans, incoming, bases }
}

const labelOf = (record: MergeRecord) => String(record['name'] ?? record['title'] ?? record['text'] ?? record.id)

export async function previewWorkspaceMerge(db: Dexie, bytes: Uint8Array, fileName: string): Promise<MergePreview> {
  const { header, plans } = await plan(db, bytes, fileName)
  return {
    header,
    tables: plans.map((entry) => ({ table: entry.table, add: entry.add.length, update: entry.update.length, keptLocal: entry.keptLocal, unchanged: entry.unchanged, duplicates: entry.duplicates.size })),
    conflicts: plans.flatMap((entry) =>
      entry.conflicts.map((conflict) => ({ key: baseKey(conflict.table, conflict.id), table: conflict.table, label: labelOf(conflict.local), localUpdatedAt: conflict.local.updatedAt, incomingUpdatedAt: conflict.incoming.updatedAt }))
    )
  }
}

/** Writes the merge in one transaction, with the counts recounted and the common versions remembered. */
export async function applyWorkspaceMerge(db: Dexie, bytes: Uint8Array, fileName: string, choices: Record<string, ConflictChoice>): Promise<number> {
  const { plans, incoming, bases } = await plan(db, bytes, fileName)
  let written = 0
  await db.transaction('rw', db.tables, async () => {
    for (const entry of plans) {
      const records = recordsToWrite(entry, choices)
      if (records.length === 0) continue
      await db.table(entry.table).bulkPut(records)
      written += records.length
    }
    await db.table('counters').put({ key: STATUS_COUNTS_KEY, counts: await countStatusesInIndex(db.table('feedback')) })
    await db.table('settings').put({ key: 'mergeBases', value: nextBases(bases, plans, incoming) })
  })
  return written
}
