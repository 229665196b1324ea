/**
 * Merging a colleague's workspace file into this one, as pure rules. Records are matched by id; nothing
 * is ever deleted; where both sides changed a record since the version they last agreed on, the user
 * chooses. Feedback is matched by its dedupe key as well, as a CSV import does.
 */

export interface MergeRecord {
  id: string
  createdAt?: string
  updatedAt?: string
  [field: string]: unknown
}

export interface TableMergeInput {
  table: string
  local: readonly MergeRecord[]
  incoming: readonly MergeRecord[]
  /** Records with the same key are the same record under two ids (feedback: its dedupe key). */
  naturalKey?: (record: MergeRecord) => string | undefined
  /** false: never a conflict, the newer updatedAt wins (feedback, whose triage is per workspace). */
  conflicts?: boolean
}

export interface MergeConflict {
  table: string
  id: string
  local: MergeRecord
  incoming: MergeRecord
}

export interface TableMergePlan {
  table: string
  /** Records only the file has. */
  add: MergeRecord[]
  /** Records both have, where the file's version wins. */
  update: MergeRecord[]
  keptLocal: number
  unchanged: number
  /** The file's records that are already here under another id: incoming id -> local id. */
  duplicates: Map<string, string>
  conflicts: MergeConflict[]
  conflictsAllowed: boolean
}

/** What a merge agreed on, per record: `${table}:${id}` -> the updatedAt both sides had. */
export type MergeBases = Record<string, string>

export const baseKey = (table: string, id: string) => `${table}:${id}`

function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined)
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined)
  if (keysA.length !== keysB.length) return false
  return keysA.every((key) => sameRecord((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
}

const stamp = (record: MergeRecord) => record.updatedAt ?? ''
const editedSinceCreated = (record: MergeRecord) => record.updatedAt !== undefined && record.createdAt !== undefined && record.updatedAt !== record.createdAt

type Decision = 'same' | 'local' | 'incoming' | 'conflict'

function decide(local: MergeRecord, incoming: MergeRecord, base: string | undefined, conflicts: boolean): Decision {
  if (sameRecord(local, incoming)) return 'same'
  const newer: Decision = stamp(incoming) > stamp(local) ? 'incoming' : 'local'
  if (!conflicts) return newer
  if (base !== undefined) {
    const localChanged = stamp(local) !== base
    const incomingChanged = stamp(incoming) !== base
    if (localChanged && incomingChanged) return 'conflict'
    if (incomingChanged) return 'incoming'
    if (localChanged) return 'local'
    return newer
  }
  // No merge between the two yet: their common version is the record as created (the same id means the same origin).
  return editedSinceCreated(local) && editedSinceCreated(incoming) ? 'conflict' : newer
}

export function planTableMerge({ table, local, incoming, naturalKey, conflicts = true }: TableMergeInput, bases: MergeBases): TableMergePlan {
  const localById = new Map(local.map((record) => [record.id, record]))
  const localByKey = new Map<string, string>()
  if (naturalKey) {
    for (const record of local) {
      const key = naturalKey(record)
      if (key !== undefined) localByKey.set(key, record.id)
    }
  }
  const plan: TableMergePlan = { table, add: [], update: [], keptLocal: 0, unchanged: 0, duplicates: new Map(), conflicts: [], conflictsAllowed: conflicts }
  for (const record of incoming) {
    const mine = localById.get(record.id)
    if (!mine) {
      const key = naturalKey?.(record)
      const twin = key === undefined ? undefined : localByKey.get(key)
      if (twin !== undefined) plan.duplicates.set(record.id, twin)
      else plan.add.push(record)
      continue
    }
    const decision = decide(mine, record, bases[baseKey(table, record.id)], conflicts)
    if (decision === 'same') plan.unchanged++
    else if (decision === 'local') plan.keptLocal++
    else if (decision === 'incoming') plan.update.push(record)
    else plan.conflicts.push({ table, id: record.id, local: mine, incoming: record })
  }
  return plan
}

/** Rewrites references to records that turned out to be duplicates (a link to the file's copy of a feedback row points at ours). */
export function remapReferences<T extends MergeRecord>(records: readonly T[], fields: readonly string[], ids: ReadonlyMap<string, string>): T[] {
  if (ids.size === 0) return [...records]
  return records.map((record) => {
    let changed: T | undefined
    for (const field of fields) {
      const value = record[field]
      if (typeof value === 'string' && ids.has(value)) {
        changed ??= { ...record }
        ;(changed as Record<string, unknown>)[field] = ids.get(value)
      } else if (Array.isArray(value) && value.some((item) => typeof item === 'string' && ids.has(item))) {
        changed ??= { ...record }
        ;(changed as Record<string, unknown>)[field] = [...new Set(value.map((item) => (typeof item === 'string' ? (ids.get(item) ?? item) : item)))]
      }
    }
    return changed ?? record
  })
}

export type ConflictChoice = 'local' | 'incoming'

/** The records to write for a table once the user chose for each conflict (a conflict not chosen keeps ours). */
export function recordsToWrite(plan: TableMergePlan, choices: Readonly<Record<string, ConflictChoice>>): MergeRecord[] {
  const chosen = plan.conflicts.filter((conflict) => choices[baseKey(conflict.table, conflict.id)] === 'incoming').map((conflict) => conflict.incoming)
  return [...plan.add, ...plan.update, ...chosen]
}

/**
 * The version of each record both sides have now seen, for the next merge's conflict rule: the file's, in
 * every case (taken, kept alongside ours, or chosen either way in a conflict). Tables merged without
 * conflicts (feedback) keep no bases: they would be a large setting for no use.
 */
export function nextBases(bases: MergeBases, plans: readonly TableMergePlan[], incomingByTable: ReadonlyMap<string, readonly MergeRecord[]>): MergeBases {
  const next: MergeBases = { ...bases }
  for (const plan of plans) {
    if (!plan.conflictsAllowed) continue
    for (const record of incomingByTable.get(plan.table) ?? []) {
      if (!plan.duplicates.has(record.id)) next[baseKey(plan.table, record.id)] = stamp(record)
    }
  }
  return next
}
