import type { Feedback, ImportBatch, ImportedFeedbackFields, MappingPreset } from '@shared/domain/feedback/feedback'
import type { ImportChangeChunk } from '@shared/domain/feedback/importChanges'
import { fieldsMappedBy, type MappedFeedback, type Mapping, type RememberedMapping } from '@shared/csv'
import { statusDelta } from '@shared/domain/feedback/statusCounts'
import { db } from './db'
import { storageProblemOf } from '@shared/storageErrors'
import { adjustStatusCounts, recountStatuses } from './feedbackCounts'
import { deleteLinksOf, refreshLinkFacts } from './linkFacts'
import { clock } from './stamp'

/** The fields an import owns. Everything else (status, tags, themes, notes) is the user's and never overwritten. */
export const importedFieldNames = [
  'text', 'title', 'receivedAt', 'receivedDate', 'customerName', 'customerEmail', 'company', 'plan', 'revenue', 'revenueCurrency',
  'rating', 'source', 'externalId', 'importedTags', 'url', 'voterCount', 'extra'
] as const satisfies readonly (keyof ImportedFeedbackFields)[]

export type ImportedFieldName = (typeof importedFieldNames)[number]
type ImportedFieldValues = Pick<Feedback, ImportedFieldName>

/** Equal as stored: lists in order, attributes in any order. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === undefined || b === undefined || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameValue(v, b[i]))
  if (typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined)
    const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined)
    return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  }
  return false
}

/**
 * The fields a row of this import sets on a stored row: those its mapping maps (an empty cell clears
 * them), and any other the row carries a value for (a voter count folded from rows). Never the date of
 * a row without one (it would be the import's time), never a field whose cell could not be read (the
 * stored value stays; the preview warned about the cell), never the source unless a column gives it: a
 * source chosen once stays. Without a mapping, every imported field but those.
 */
function fieldsSetBy(row: MappedFeedback, mapped: ReadonlySet<string> | undefined): ImportedFieldName[] {
  return importedFieldNames.filter((name) => {
    if (row.unreadable?.includes(name)) return false
    if (name === 'receivedAt' || name === 'receivedDate') return !row.undated
    if (!mapped) return true
    if (mapped.has(name)) return true
    if (name === 'source') return false
    const value = (row as Partial<Feedback>)[name]
    return value !== undefined && !(Array.isArray(value) && value.length === 0)
  })
}

/** The stored row with this import's fields applied, or undefined when none of them changes. */
function mergeImported(stored: Feedback, row: MappedFeedback, mapped: ReadonlySet<string> | undefined): Feedback | undefined {
  const fields = fieldsSetBy(row, mapped)
  const incoming = row as Partial<Feedback>
  if (fields.every((name) => sameValue(stored[name], incoming[name]))) return undefined
  const merged: Record<string, unknown> = { ...stored }
  for (const name of fields) {
    if (incoming[name] === undefined) delete merged[name]
    else merged[name] = incoming[name]
  }
  return merged as unknown as Feedback
}

function importedFieldsOf(record: Partial<Feedback>): Partial<ImportedFieldValues> {
  const values: Partial<ImportedFieldValues> = {}
  for (const name of importedFieldNames) (values as Record<string, unknown>)[name] = record[name]
  return values
}

/** Whether importing `incoming` (with this mapping) would leave the stored row as it is. */
export function sameImportedFields(stored: Feedback, incoming: MappedFeedback, mapping?: Mapping): boolean {
  return mergeImported(stored, incoming, mapping ? fieldsMappedBy(mapping) : undefined) === undefined
}

/**
 * Stored rows with the same keys. Only index keys are read first (no records
 * are loaded for keys that are new, the common case), then the few that exist.
 */
async function findByDedupeKeys(rows: MappedFeedback[]): Promise<Map<string, Feedback>> {
  const ids = await db.feedback.where('dedupeKey').anyOf(rows.map((row) => row.dedupeKey)).primaryKeys()
  const byKey = new Map<string, Feedback>()
  if (ids.length === 0) return byKey
  for (const record of await db.feedback.bulkGet(ids)) if (record) byKey.set(record.dedupeKey, record)
  return byKey
}

export interface BatchCounts {
  created: number
  updated: number
  unchanged: number
}

export async function startImportBatch(batch: Omit<ImportBatch, 'createdAt' | 'updatedAt' | 'status' | 'counts'>): Promise<ImportBatch> {
  const now = clock.now()
  const record: ImportBatch = { ...batch, status: 'in-progress', counts: { created: 0, updated: 0, unchanged: 0, rejected: 0 }, createdAt: now, updatedAt: now }
  await db.importBatches.add(record)
  return record
}

async function addToBatchCounts(batchId: string, counts: BatchCounts, now: string): Promise<void> {
  await db.importBatches
    .where('id')
    .equals(batchId)
    .modify((batch) => {
      batch.counts.created += counts.created
      batch.counts.updated += counts.updated
      batch.counts.unchanged += counts.unchanged
      batch.updatedAt = now
    })
}

function newFeedback(mapped: MappedFeedback, batchId: string, now: string): Feedback {
  const { undated: _undated, unreadable: _unreadable, ...row } = mapped
  return { ...row, id: clock.newId(), status: 'new', tags: [], themeIds: [], notes: '', batchId, lastBatchId: batchId, createdAt: now, updatedAt: now }
}

/**
 * The common case first: every row is new. bulkAdd fails on the unique
 * dedupeKey index if any key exists, which aborts the whole transaction, and
 * the batch is then written the careful way. This keeps a first import as
 * fast as a plain bulkAdd: no lookups, two extra records per 500 rows.
 */
async function writeAllNew(batchId: string, seq: number, rows: MappedFeedback[]): Promise<BatchCounts> {
  return db.transaction('rw', db.feedback, db.importChanges, db.importBatches, db.counters, async () => {
    const now = clock.now()
    const records = rows.map((row) => newFeedback(row, batchId, now))
    await db.feedback.bulkAdd(records)
    await adjustStatusCounts(statusDelta([], records))
    await db.importChanges.put({ id: `${batchId}:${seq}`, batchId, seq, created: records.map((record) => record.id), updated: [] })
    const counts = { created: records.length, updated: 0, unchanged: 0 }
    await addToBatchCounts(batchId, counts, now)
    return counts
  })
}

/**
 * Looks every key up: new keys are created, known keys get their imported
 * fields updated (the user's triage is kept), identical rows are left alone.
 */
async function writeMerging(batchId: string, seq: number, rows: MappedFeedback[], mapped: ReadonlySet<string> | undefined): Promise<BatchCounts> {
  return db.transaction('rw', db.feedback, db.importChanges, db.importBatches, db.themeLinks, db.counters, async () => {
    const now = clock.now()
    const byKey = await findByDedupeKeys(rows)
    const toPut: Feedback[] = []
    const change: ImportChangeChunk = { id: `${batchId}:${seq}`, batchId, seq, created: [], updated: [] }
    let unchanged = 0
    for (const row of rows) {
      const stored = byKey.get(row.dedupeKey)
      if (!stored) {
        const created = newFeedback(row, batchId, now)
        toPut.push(created)
        byKey.set(row.dedupeKey, created)
        change.created.push(created.id)
        continue
      }
      const merged = mergeImported(stored, row, mapped)
      if (!merged) {
        unchanged++
      } else {
        change.updated.push({ id: stored.id, before: { ...importedFieldsOf(stored), lastBatchId: stored.lastBatchId, updatedAt: stored.updatedAt } })
        const updated: Feedback = { ...merged, lastBatchId: batchId, updatedAt: now }
        toPut.push(updated)
        byKey.set(row.dedupeKey, updated)
      }
    }
    await db.feedback.bulkPut(toPut)
    const updatedIds = new Set(change.updated.map((entry) => entry.id))
    await refreshLinkFacts(toPut.filter((row) => updatedIds.has(row.id)))
    await adjustStatusCounts(statusDelta([], toPut.filter((row) => !updatedIds.has(row.id))))
    if (change.created.length > 0 || change.updated.length > 0) await db.importChanges.put(change)
    const counts = { created: change.created.length, updated: change.updated.length, unchanged }
    await addToBatchCounts(batchId, counts, now)
    return counts
  })
}

function isDuplicateKeyError(error: unknown): boolean {
  const name = (error as { name?: string } | undefined)?.name
  return name === 'BulkError' || name === 'ConstraintError'
}

/**
 * Writes one batch of mapped rows in one transaction, and records what it
 * changed in the same transaction, so the import can be undone or rolled back exactly.
 * A row already stored gets only the fields `mapping` maps (see fieldsSetBy);
 * without a mapping, every imported field.
 */
export async function writeImportRows(batchId: string, seq: number, rows: MappedFeedback[], mapping?: Mapping): Promise<BatchCounts> {
  try {
    return await writeAllNew(batchId, seq, rows)
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
    return writeMerging(batchId, seq, rows, mapping ? fieldsMappedBy(mapping) : undefined)
  }
}

export async function finishImportBatch(batchId: string, rejected: number): Promise<void> {
  const now = clock.now()
  await db.importBatches.update(batchId, { status: 'completed', finishedAt: now, updatedAt: now, 'counts.rejected': rejected } as Partial<ImportBatch>)
}

/** Rows a batch created that someone triaged since: undoing would throw that work away. */
export async function triagedSinceImport(batchId: string): Promise<Feedback[]> {
  const chunks = await db.importChanges.where('batchId').equals(batchId).toArray()
  const ids = chunks.flatMap((chunk) => chunk.created)
  const rows = await db.feedback.bulkGet(ids)
  return rows.filter((row): row is Feedback => !!row && (row.status !== 'new' || row.tags.length > 0 || row.themeIds.length > 0 || row.notes !== ''))
}

/** A step of a reversal: the rows one recorded transaction created are deleted, the fields it updated put back. */
async function reverseStep(batchId: string, seq: number, keep: ReadonlySet<string>): Promise<void> {
  await db.transaction('rw', db.feedback, db.importChanges, db.themeLinks, db.counters, async () => {
    const chunk = await db.importChanges.get(`${batchId}:${seq}`)
    if (!chunk) return
    const deleted = chunk.created.filter((id) => !keep.has(id))
    // Their statuses, for the counts: triaged rows may be among them.
    const deletedRows = (await db.feedback.bulkGet(deleted)).filter((row): row is Feedback => !!row)
    await db.feedback.bulkDelete(deleted)
    await adjustStatusCounts(statusDelta(deletedRows, []))
    await deleteLinksOf(deleted)
    const current = await db.feedback.bulkGet(chunk.updated.map((entry) => entry.id))
    const restored = chunk.updated.flatMap((entry, index) => {
      const record = current[index]
      return record ? [{ ...record, ...entry.before } as Feedback] : []
    })
    await db.feedback.bulkPut(restored)
    await refreshLinkFacts(restored)
    await db.importChanges.delete(chunk.id)
  })
}

/**
 * The same step on a full disk, where the browser still takes deletions but refuses every write that adds bytes
 * (even a counter): the rows the step created are deleted with its record, and the counts are recounted later. A
 * step that also updated rows needs writes to put them back: it is left for when there is room. Returns whether
 * the step is done.
 */
async function reverseStepDeletingOnly(batchId: string, seq: number, keep: ReadonlySet<string>): Promise<boolean> {
  return db.transaction('rw', db.feedback, db.importChanges, db.themeLinks, async () => {
    const chunk = await db.importChanges.get(`${batchId}:${seq}`)
    if (!chunk) return true
    if (chunk.updated.length > 0) return false
    const deleted = chunk.created.filter((id) => !keep.has(id))
    await db.feedback.bulkDelete(deleted)
    await deleteLinksOf(deleted)
    await db.importChanges.delete(chunk.id)
    return true
  })
}

/** Set when a reversal deleted rows without their counts (a full disk): the next start recounts. */
const recountKey = 'opsdeck.recountStatuses'

/**
 * Reverses a batch one recorded transaction at a time, newest first: rows it
 * created are deleted (except `keep`), fields it updated are put back. Each
 * step removes its own record in the same transaction, so an undo cut short
 * by a crash simply continues on the next start. On a full disk the rows the
 * import created are still deleted; what needs writes waits for the next start.
 */
export async function reverseImportBatch(batchId: string, finalStatus: 'undone' | 'rolled-back' | 'cancelled', keep: ReadonlySet<string> = new Set()): Promise<void> {
  if ((await db.importBatches.get(batchId))?.status !== 'in-progress') await db.importBatches.update(batchId, { status: 'in-progress', updatedAt: clock.now() })
  const seqs = (await db.importChanges.where('batchId').equals(batchId).toArray()).map((chunk) => chunk.seq).sort((a, b) => b - a)
  let diskFull: unknown
  let left = 0
  for (const seq of seqs) {
    if (diskFull === undefined) {
      try {
        await reverseStep(batchId, seq, keep)
        continue
      } catch (error) {
        if (storageProblemOf(error) !== 'full') throw error
        diskFull = error
        globalThis.localStorage?.setItem(recountKey, '1')
      }
    }
    if (!(await reverseStepDeletingOnly(batchId, seq, keep))) left++
  }
  // The batch stays in progress while a step is left or the disk refuses its status: the next start finishes it.
  if (left > 0) throw diskFull
  try {
    await db.importBatches.update(batchId, { status: finalStatus, finishedAt: clock.now(), updatedAt: clock.now() })
  } catch (error) {
    // Its rows are gone; only its record waits for room. The history says so instead of "in progress".
    if (storageProblemOf(error) === 'full') globalThis.localStorage?.setItem(recordPendingKey(batchId), finalStatus)
    throw error
  }
  globalThis.localStorage?.removeItem(recordPendingKey(batchId))
  if (diskFull !== undefined) await recountAfterFullDisk()
}

const recordPendingKey = (batchId: string) => `opsdeck.importReversed.${batchId}`

/** A batch whose rows were all removed on a full disk while its own record could not be written yet. */
export function reversedWithoutRecord(batchId: string): ImportBatch['status'] | undefined {
  const status = globalThis.localStorage?.getItem(recordPendingKey(batchId))
  return status === 'undone' || status === 'rolled-back' || status === 'cancelled' ? status : undefined
}

/** Recounts the statuses when a reversal on a full disk deleted rows without their counts. */
async function recountAfterFullDisk(): Promise<void> {
  if (globalThis.localStorage?.getItem(recountKey) !== '1') return
  try {
    await recountStatuses()
    globalThis.localStorage.removeItem(recountKey)
  } catch (error) {
    // Still no room for the counts: the flag stays, and the next start tries again.
    if (storageProblemOf(error) !== 'full') throw error
  }
}

/**
 * Imports that never finished (a crash, a closed window) are rolled back at
 * start. `isAbandoned` tells a dead import from one another window is still writing.
 */
export async function rollBackUnfinishedImports(isAbandoned: (batch: ImportBatch) => Promise<boolean> = async () => true): Promise<ImportBatch[]> {
  const unfinished = await db.importBatches.where('status').equals('in-progress').toArray()
  const rolledBack: ImportBatch[] = []
  for (const batch of unfinished) {
    if (!(await isAbandoned(batch))) continue
    await reverseImportBatch(batch.id, 'rolled-back')
    rolledBack.push(batch)
  }
  await recountAfterFullDisk()
  return rolledBack
}

/**
 * The mappings of finished imports that recorded their header, newest first: a file with the same
 * header is mapped (and keyed, through its source) as the last one was. Undone imports do not count.
 */
export async function rememberedMappings(): Promise<RememberedMapping[]> {
  const batches = await db.importBatches.orderBy('createdAt').reverse().toArray()
  return batches
    .filter((batch) => batch.status === 'completed' && batch.headerSignature)
    .map((batch) => ({ headerSignature: batch.headerSignature as string, mapping: batch.mapping, source: batch.source, importedAt: batch.finishedAt ?? batch.createdAt, fileName: batch.fileName }))
}

export function listImportBatches(): Promise<ImportBatch[]> {
  return db.importBatches.orderBy('createdAt').reverse().toArray()
}

/** The preview's counts: what an import would do to these rows, read without writing anything. */
export async function classifyImportRows(rows: MappedFeedback[], mapping?: Mapping): Promise<BatchCounts> {
  const byKey = await findByDedupeKeys(rows)
  const mapped = mapping ? fieldsMappedBy(mapping) : undefined
  const counts: BatchCounts = { created: 0, updated: 0, unchanged: 0 }
  for (const row of rows) {
    const stored = byKey.get(row.dedupeKey)
    if (!stored) counts.created++
    else if (!mergeImported(stored, row, mapped)) counts.unchanged++
    else counts.updated++
  }
  return counts
}

export function getImportBatch(batchId: string): Promise<ImportBatch | undefined> {
  return db.importBatches.get(batchId)
}

/** Each batch's id and status in one string: changes whenever an import starts, finishes or is undone. */
export async function importBatchesSignature(): Promise<string> {
  return (await db.importBatches.toArray()).map((batch) => `${batch.id}:${batch.status}`).join(',')
}

export function listMappingPresets(): Promise<MappingPreset[]> {
  return db.mappingPresets.toArray()
}

/** Saves a mapping under a name for files with this header; a preset for the same header is replaced (keeping its id). */
export async function saveMappingPreset(name: string, headerSignature: string, mapping: Mapping): Promise<void> {
  const now = clock.now()
  const existing = await db.mappingPresets.where('headerSignature').equals(headerSignature).first()
  await db.mappingPresets.put({ id: existing?.id ?? clock.newId(), name, headerSignature, mapping: mapping as Record<string, unknown>, createdAt: existing?.createdAt ?? now, updatedAt: now })
}
