import { describe, expect, it } from 'vitest'
import { linkToTheme } from '../../src/shared/domain/feedback/triage'
import { linksOfFeedback } from '../../src/renderer/src/db/themes'
import { writeTriage } from '../../src/renderer/src/db/triage'
import { mapRow, type MappedFeedback, type Mapping } from '../../src/shared/csv'
import { db } from '../../src/renderer/src/db/db'
import {
  finishImportBatch,
  reverseImportBatch,
  rollBackUnfinishedImports,
  startImportBatch,
  triagedSinceImport,
  writeImportRows
} from '../../src/renderer/src/db/feedbackImport'

const row = (n: number, text = `Feedback number ${n}`): MappedFeedback => ({
  text,
  receivedAt: `2026-01-${String(n).padStart(2, '0')}T10:00:00.000Z`,
  source: 'zendesk',
  externalId: String(n),
  importedTags: [],
  extra: { Priority: 'high' },
  dedupeKey: `zendesk:${n}`
})

async function importRows(rows: MappedFeedback[], fileName = 'export.csv') {
  const batch = await startImportBatch({ id: crypto.randomUUID(), fileName, fileSize: 100, source: 'zendesk', encoding: 'utf-8', delimiter: ',', mapping: {} })
  const counts = await writeImportRows(batch.id, 0, rows)
  await finishImportBatch(batch.id, 0)
  return { batchId: batch.id, counts }
}

describe('writing an import', () => {
  it('creates new rows as untriaged feedback of the batch', async () => {
    const { batchId, counts } = await importRows([row(1), row(2)])
    expect(counts).toEqual({ created: 2, updated: 0, unchanged: 0 })
    const stored = await db.feedback.orderBy('receivedAt').toArray()
    expect(stored.map((f) => [f.text, f.status, f.batchId])).toEqual([
      ['Feedback number 1', 'new', batchId],
      ['Feedback number 2', 'new', batchId]
    ])
    expect((await db.importBatches.get(batchId))?.counts).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 })
  })

  it('leaves the counts unchanged and keeps triage when the same export is imported again', async () => {
    await importRows([row(1), row(2)])
    const first = (await db.feedback.where('dedupeKey').equals('zendesk:1').first())!
    await db.feedback.update(first.id, { status: 'reviewed', tags: ['billing'], notes: 'Call back' })
    const { counts } = await importRows([row(1), row(2)])
    expect(counts).toEqual({ created: 0, updated: 0, unchanged: 2 })
    expect(await db.feedback.count()).toBe(2)
    expect(await db.feedback.get(first.id)).toMatchObject({ status: 'reviewed', tags: ['billing'], notes: 'Call back' })
  })

  it('adds only the new rows of an overlapping export and updates changed ones without touching triage', async () => {
    await importRows([row(1), row(2), row(3)], 'jan-mar.csv')
    const second = (await db.feedback.where('dedupeKey').equals('zendesk:2').first())!
    await db.feedback.update(second.id, { status: 'linked' })
    const { counts } = await importRows([row(2, 'Feedback number 2, edited'), row(3), row(4)], 'feb-apr.csv')
    expect(counts).toEqual({ created: 1, updated: 1, unchanged: 1 })
    expect(await db.feedback.count()).toBe(4)
    expect(await db.feedback.get(second.id)).toMatchObject({ text: 'Feedback number 2, edited', status: 'linked' })
  })
})

describe('undoing an import', () => {
  it('removes the rows it created and restores the fields it updated', async () => {
    await importRows([row(1), row(2)])
    const before = await db.feedback.orderBy('dedupeKey').toArray()
    const { batchId } = await importRows([row(2, 'Changed text'), row(3)])
    await reverseImportBatch(batchId, 'undone')
    expect(await db.feedback.orderBy('dedupeKey').toArray()).toEqual(before)
    expect((await db.importBatches.get(batchId))?.status).toBe('undone')
    expect(await db.importChanges.where('batchId').equals(batchId).count()).toBe(0)
  })

  it('names the created rows that were triaged since, and can keep them', async () => {
    const { batchId } = await importRows([row(1), row(2)])
    const triaged = (await db.feedback.where('dedupeKey').equals('zendesk:1').first())!
    await db.feedback.update(triaged.id, { status: 'reviewed' })
    expect((await triagedSinceImport(batchId)).map((f) => f.id)).toEqual([triaged.id])
    await reverseImportBatch(batchId, 'undone', new Set([triaged.id]))
    expect((await db.feedback.toArray()).map((f) => f.id)).toEqual([triaged.id])
  })

  it('keeps the facts on theme links in step with a re-import and its undo, and drops the links of deleted rows', async () => {
    await importRows([{ ...row(1), company: 'Acme', revenue: 500 }])
    const { batchId: second } = await importRows([{ ...row(1), company: 'Acme', revenue: 900 }, row(2)])
    const [first, created] = await db.feedback.orderBy('dedupeKey').toArray()
    await writeTriage(linkToTheme([first!, created!], { themeId: 't1', importance: 'critical', links: [], themeName: 'Exports' }))
    expect((await linksOfFeedback(first!.id))[0]?.facts?.revenue).toBe(900)

    const { batchId: third } = await importRows([{ ...row(1), company: 'Acme', revenue: 1500 }])
    expect((await linksOfFeedback(first!.id))[0]?.facts?.revenue).toBe(1500)
    await reverseImportBatch(third, 'undone')
    expect((await linksOfFeedback(first!.id))[0]?.facts?.revenue).toBe(900)

    await reverseImportBatch(second, 'undone')
    expect((await linksOfFeedback(first!.id))[0]?.facts?.revenue).toBe(500)
    expect(await linksOfFeedback(created!.id)).toEqual([])
    expect(await db.themeLinks.count()).toBe(1)
  })

  it('rolls back an import that never finished, at the next start', async () => {
    const batch = await startImportBatch({ id: crypto.randomUUID(), fileName: 'big.csv', fileSize: 1, source: 'csv', encoding: 'utf-8', delimiter: ',', mapping: {} })
    await writeImportRows(batch.id, 0, [row(1), row(2)])
    await writeImportRows(batch.id, 1, [row(3)])
    const rolledBack = await rollBackUnfinishedImports()
    expect(rolledBack.map((b) => b.fileName)).toEqual(['big.csv'])
    expect(await db.feedback.count()).toBe(0)
    expect((await db.importBatches.get(batch.id))?.status).toBe('rolled-back')
    expect(await rollBackUnfinishedImports()).toEqual([])
  })
})

describe('importing a newer export over stored rows', () => {
  const headers = ['ID', 'Comment', 'Rating', 'Email', 'Revenue']
  const mapping: Mapping = {
    externalId: { columns: ['ID'], confidence: 1 },
    text: { columns: ['Comment'], confidence: 1 },
    rating: { columns: ['Rating'], confidence: 1 },
    customerEmail: { columns: ['Email'], confidence: 1 },
    revenue: { columns: ['Revenue'], confidence: 1, kind: 'mrr' }
  } as Mapping
  const mapped = (fields: string[]) => {
    const result = mapRow(fields, headers, mapping, { source: 'csv', row: 2, fallbackReceivedAt: '2026-02-01T00:00:00.000Z' })
    if (!('ok' in result)) throw new Error(JSON.stringify(result.errors))
    return result
  }
  async function importMapped(rows: MappedFeedback[]) {
    const batch = await startImportBatch({ id: crypto.randomUUID(), fileName: 'survey.csv', fileSize: 100, source: 'csv', encoding: 'utf-8', delimiter: ',', mapping })
    const counts = await writeImportRows(batch.id, 0, rows, mapping)
    await finishImportBatch(batch.id, 0)
    return counts
  }

  it('keeps the stored value of a field whose cell the newer file writes unreadably, and warns about that cell', async () => {
    await importMapped([mapped(['7', 'Export is slow', '4', 'ana@example.com', '120']).ok])
    const newer = mapped(['7', 'Export is slow on Mondays', 'great', 'ana(at)example.com', 'lots'])
    expect(newer.warnings?.map((warning) => [warning.row, warning.column, warning.value])).toEqual([
      [2, 'Rating', 'great'],
      [2, 'Revenue', 'lots']
    ])
    expect(await importMapped([newer.ok])).toEqual({ created: 0, updated: 1, unchanged: 0 })
    const stored = await db.feedback.toArray()
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ text: 'Export is slow on Mondays', rating: 4, customerEmail: 'ana@example.com', revenue: 120 })
    expect(stored[0]!.extra).toMatchObject({ Rating: 'great', Revenue: 'lots', Email: 'ana(at)example.com' })
    expect(stored[0]).not.toHaveProperty('unreadable')
  })

  it('still clears a stored value when the newer file leaves the cell empty', async () => {
    await importMapped([mapped(['7', 'Export is slow', '4', 'ana@example.com', '120']).ok])
    await importMapped([mapped(['7', 'Export is slow', '', 'ana@example.com', '120']).ok])
    const [stored] = await db.feedback.toArray()
    expect(stored).toMatchObject({ revenue: 120 })
    expect(stored).not.toHaveProperty('rating')
  })
})
