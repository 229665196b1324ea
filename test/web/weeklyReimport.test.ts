import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { headerSignature, type Mapping } from '../../src/shared/csv'
import { linkToTheme, setStatus } from '../../src/shared/domain/feedback/triage'
import { db } from '../../src/renderer/src/db/db'
import { reverseImportBatch, startImportBatch } from '../../src/renderer/src/db/feedbackImport'
import { linksOfFeedback } from '../../src/renderer/src/db/themes'
import { writeTriage } from '../../src/renderer/src/db/triage'
import { runImportFile, type ImportDone } from '../../src/renderer/src/features/feedback/import/importJob'
import { withFileTimeZone } from '../../src/renderer/src/features/feedback/import/importActions'

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'feedback', name)))
const zone = 'America/New_York'

function reader(bytes: Uint8Array) {
  return { read: async (offset: number) => bytes.subarray(offset, offset + 4096), cancelled: () => false }
}

/** What the preview step does: a dry run that may reuse the last import's mapping of this layout. */
function preview(bytes: Uint8Array, options: { mapping?: Mapping; mapFresh?: boolean } = {}): Promise<ImportDone> {
  return runImportFile({ type: 'start', mode: 'preview', fileName: 'x.csv', fileSize: bytes.length, defaultTimeZone: zone, mapping: options.mapping, ignoreRemembered: options.mapFresh }, reader(bytes))
}

/** What the Import button does with the preview's result (see importActions.runImport). */
async function importAs(fileName: string, bytes: Uint8Array, shown: ImportDone, mapping = shown.summary.mapping as Mapping): Promise<ImportDone & { batchId: string }> {
  const stored = withFileTimeZone(mapping, zone)
  const batch = await startImportBatch({
    id: crypto.randomUUID(),
    fileName,
    fileSize: bytes.length,
    source: shown.summary.source,
    encoding: shown.summary.encoding ?? 'utf-8',
    delimiter: shown.summary.delimiter ?? ',',
    mapping: stored as Record<string, unknown>,
    headerSignature: headerSignature(shown.summary.headers)
  })
  const done = await runImportFile(
    { type: 'start', mode: 'import', batchId: batch.id, fileName, fileSize: bytes.length, mapping: stored, source: shown.summary.source, defaultTimeZone: zone },
    reader(bytes)
  )
  return { ...done, batchId: batch.id }
}

const byTicket = async (id: string) => (await db.feedback.where('dedupeKey').equals(`zendesk:${id}`).first())!

describe('the weekly re-import of the same report', () => {
  it('keeps the mapping and the triage, adds the new tickets and updates only the changed ones', async () => {
    const week1 = fixture('zendesk-weekly-week1.csv')
    const week2 = fixture('zendesk-weekly-week2.csv')
    const first = await preview(week1)
    expect(first.summary.mappingFrom).not.toBe('last-import')
    const edited = structuredClone(first.summary.mapping as Mapping)
    delete edited.plan // a change by hand, which next week's import should repeat
    const imported = await importAs('tickets-week-36.csv', week1, first, edited)
    expect(imported.counts).toEqual({ created: 7, updated: 0, unchanged: 0 })

    // Triage in between: a status, a theme link.
    const sso = await byTicket('51007')
    const exportBug = await byTicket('51019')
    await writeTriage(setStatus([sso], { status: 'reviewed' }))
    await writeTriage(linkToTheme([exportBug], { themeId: 'theme-exports', importance: 'critical', links: [], themeName: 'Exports' }))

    const second = await preview(week2)
    expect(second.summary.mappingFrom).toBe('last-import')
    expect(second.summary.lastImport?.fileName).toBe('tickets-week-36.csv')
    expect(second.summary.mapping).toEqual(withFileTimeZone(edited, zone))
    expect(second.counts).toEqual({ created: 3, updated: 2, unchanged: 5 })

    const reimported = await importAs('tickets-week-37.csv', week2, second)
    expect(reimported.counts).toEqual({ created: 3, updated: 2, unchanged: 5 })
    expect(await db.feedback.count()).toBe(10)
    expect(await byTicket('51007')).toMatchObject({ status: 'reviewed', importedTags: ['sso', 'okta', 'login', 'bug', 'regression'] })
    expect(await byTicket('51019')).toMatchObject({ status: 'linked', themeIds: ['theme-exports'], company: 'Harbour Fintech Ltd' })
    expect((await linksOfFeedback(exportBug.id)).map((link) => [link.themeId, link.importance, link.facts?.company])).toEqual([['theme-exports', 'critical', 'Harbour Fintech Ltd']])
    // The file's zone was remembered with the mapping: 08:55 in New York, as last week.
    expect((await byTicket('51002')).receivedAt).toBe('2026-09-01T12:55:00.000Z')
    expect((await byTicket('51002')).plan).toBeUndefined()
  })

  it('keeps a field the last import set from a column that is now unmapped, and the source chosen then', async () => {
    const week1 = fixture('zendesk-weekly-week1.csv')
    const week2 = fixture('zendesk-weekly-week2.csv')
    const first = await preview(week1)
    await importAs('tickets-week-36.csv', week1, { ...first, summary: { ...first.summary, source: 'support-desk' } })
    const second = await preview(week2)
    expect(second.summary.source).toBe('support-desk')
    const withoutCompany = structuredClone(second.summary.mapping as Mapping)
    delete withoutCompany.company
    const reimported = await importAs('tickets-week-37.csv', week2, second, withoutCompany)
    expect(reimported.counts.created).toBe(3)
    const exportBug = (await db.feedback.where('dedupeKey').equals('support-desk:51019').first())!
    expect(exportBug).toMatchObject({ company: 'Harbour Fintech', source: 'support-desk' })
    expect(exportBug.extra['Organization']).toBe('Harbour Fintech Ltd')
  })

  it('maps afresh when asked, instead of repeating the last import', async () => {
    const week1 = fixture('zendesk-weekly-week1.csv')
    const first = await preview(week1)
    const edited = structuredClone(first.summary.mapping as Mapping)
    delete edited.company
    await importAs('tickets-week-36.csv', week1, first, edited)
    expect((await preview(week1)).summary.mapping?.company).toBeUndefined()
    const fresh = await preview(week1, { mapFresh: true })
    expect(fresh.summary.mappingFrom).not.toBe('last-import')
    expect(fresh.summary.mapping?.company).toEqual(first.summary.mapping?.company)
  })

  it('forgets the mapping of an import that was undone', async () => {
    const week1 = fixture('zendesk-weekly-week1.csv')
    const first = await preview(week1)
    const { batchId } = await importAs('tickets-week-36.csv', week1, first)
    await reverseImportBatch(batchId, 'undone')
    expect((await preview(week1)).summary.mappingFrom).not.toBe('last-import')
  })

  it('counts a row without a date as unchanged when the same file comes again later', async () => {
    const bytes = new TextEncoder().encode('Id,Comment\n1,Please add dark mode\n2,Exports are slow\n')
    const first = await preview(bytes)
    await importAs('notes.csv', bytes, first)
    const before = await db.feedback.toArray()
    await new Promise((resolve) => setTimeout(resolve, 5))
    const again = await importAs('notes.csv', bytes, await preview(bytes))
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 2 })
    expect((await db.feedback.toArray()).map((row) => row.receivedAt)).toEqual(before.map((row) => row.receivedAt))
  })

  it('updates the times in place when the file’s zone is corrected', async () => {
    const sheet = fixture('feedback-log-sheet.csv')
    const first = await preview(sheet)
    await importAs('log.csv', sheet, first)
    const mapping = structuredClone((await preview(sheet)).summary.mapping as Mapping)
    mapping.receivedAt!.timeZone = 'Asia/Kolkata'
    const corrected = await preview(sheet, { mapping })
    // Three rows carry a time and move; the two dates alone stay as they are.
    expect(corrected.counts).toEqual({ created: 0, updated: 3, unchanged: 2 })
    await importAs('log.csv', sheet, corrected, mapping)
    const rows = await db.feedback.orderBy('receivedAt').toArray()
    expect(rows.map((row) => row.receivedDate ?? row.receivedAt)).toEqual(['2026-09-01T03:25:00.000Z', '2026-09-01T18:00:00.000Z', '2026-09-03', '2026-09-03T18:45:00.000Z', '2026-09-05'])
  })
})
