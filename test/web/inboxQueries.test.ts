import { describe, expect, it } from 'vitest'
import type { Feedback } from '../../src/shared/domain/feedback/feedback'
import { archive, linkToTheme } from '../../src/shared/domain/feedback/triage'
import { db } from '../../src/renderer/src/db/db'
import { recountStatuses } from '../../src/renderer/src/db/feedbackCounts'
import { countFeedback, readFeedbackRows, newestFirst } from '../../src/renderer/src/db/feedbackPages'
import { feedbackQueryFor } from '../../src/renderer/src/db/feedbackQuery'
import { listSavedViews, savedViewsRepository } from '../../src/renderer/src/db/savedViews'
import { feedbackHistory, loadTriageRows, writeTriage } from '../../src/renderer/src/db/triage'
import { invertChanges } from '../../src/shared/domain/feedback/triage'

function row(id: string, extra: Partial<Feedback> = {}): Feedback {
  return {
    id, text: `feedback ${id}`, receivedAt: '2026-03-01T10:00:00.000Z', source: 'zendesk', importedTags: [], extra: {}, dedupeKey: `k:${id}`,
    status: 'new', tags: [], themeIds: [], notes: '', createdAt: '', updatedAt: '', ...extra
  }
}

async function seed() {
  await db.feedback.bulkAdd([
    row('a', { company: 'Acme', plan: 'Business', revenue: 500, rating: 2, receivedAt: '2026-03-05T10:00:00.000Z', text: 'Export to PDF please', batchId: 'b1' }),
    row('b', { company: 'acme ', plan: 'Team', revenue: 90, rating: 5, receivedAt: '2026-03-04T10:00:00.000Z', status: 'reviewed', tags: ['billing'], batchId: 'b1' }),
    row('c', { company: 'Globex', plan: 'Business', revenue: 1200, receivedAt: '2026-02-10T10:00:00.000Z', source: 'intercom', importedTags: ['pdf'], themeIds: ['t1'], status: 'linked' }),
    row('d', { company: 'Globex', receivedAt: '2026-01-10T10:00:00.000Z', mergedIntoId: 'c', text: 'PDF export is missing' }),
    row('e', { company: 'Initech', receivedAt: '2026-03-06T10:00:00.000Z', status: 'archived', extra: { Region: 'EMEA' } })
  ])
  // Seeded straight into the table: counted afresh, as the app's own writes keep it.
  await recountStatuses()
  await db.importChanges.put({ id: 'b1:0', batchId: 'b1', seq: 0, created: ['a', 'b'], updated: [] })
  await db.themes.put({ id: 't1', name: 'Exports', description: '', status: 'idea', createdAt: '', updatedAt: '' })
  await db.themeLinks.put({ id: 'l1', themeId: 't1', feedbackId: 'c', importance: 'critical', createdAt: '', updatedAt: '' })
}

const ids = async (filter: Parameters<typeof feedbackQueryFor>[0], hits?: string[]) =>
  (await readFeedbackRows(await feedbackQueryFor(filter, hits), newestFirst, 100)).rows.map((r) => r.id)

describe('inbox filters against the database', () => {
  it('combines filters, compares companies case-insensitively, and leaves merged duplicates out', async () => {
    await seed()
    expect(await ids({})).toEqual(['e', 'a', 'b', 'c'])
    expect(await ids({ company: ['ACME'] })).toEqual(['a', 'b'])
    expect(await ids({ company: ['acme'], plan: ['Business'] })).toEqual(['a'])
    expect(await ids({ revenueMin: 100, revenueMax: 1000 })).toEqual(['a'])
    expect(await ids({ ratingMin: 4 })).toEqual(['b'])
    expect(await ids({ tag: ['PDF'] })).toEqual(['c'])
    expect(await ids({ dateFrom: '2026-03-01', dateTo: '2026-03-05' })).toEqual(['a', 'b'])
    expect(await ids({ extra: { Region: 'emea' } })).toEqual(['e'])
    expect(await ids({ merged: 'only' })).toEqual(['d'])
  })

  it('reads a theme, an import batch and search hits by id, intersected with the rest', async () => {
    await seed()
    expect(await ids({ themeId: ['t1'] })).toEqual(['c'])
    expect(await ids({ batchId: 'b1' })).toEqual(['a', 'b'])
    expect(await ids({ batchId: 'b1', status: ['reviewed'] })).toEqual(['b'])
    expect(await ids({ text: 'pdf' }, ['a', 'c', 'd'])).toEqual(['a', 'c'])
  })

  it('lists a theme\'s rows newest first from the dates its links carry, across themes and with other filters', async () => {
    await seed()
    const stored = await db.feedback.bulkGet(['a', 'b', 'e'])
    await writeTriage(linkToTheme(stored as Feedback[], { themeId: 't2', importance: 'important', links: [], themeName: 'Billing' }))
    expect((await feedbackQueryFor({ themeId: ['t2'] })).candidatesNewestFirst).toBe(true)
    expect(await ids({ themeId: ['t2'] })).toEqual(['e', 'a', 'b'])
    expect(await ids({ themeId: ['t2'], company: ['acme'] })).toEqual(['a', 'b'])
    // t1's link was written without facts (as before version 3): the rows are read and sorted instead.
    expect((await feedbackQueryFor({ themeId: ['t1', 't2'] })).candidatesNewestFirst).toBeFalsy()
    expect(await ids({ themeId: ['t1', 't2'] })).toEqual(['e', 'a', 'b', 'c'])
  })

  it('falls back to a scan for free text while the search index is not ready', async () => {
    await seed()
    expect(await ids({ text: 'export pdf' })).toEqual(['a'])
  })

  it('counts a status from its index, without the merged duplicates', async () => {
    await seed()
    const query = await feedbackQueryFor({ status: ['new'] })
    expect(query.exactByIndex).toBe(true)
    expect(await countFeedback(query)).toBe(1)
    expect(await countFeedback(await feedbackQueryFor({}))).toBe(4)
  })
})

describe('triage writes', { timeout: 30_000 }, () => {
  it('writes a change with its history, and its inverse puts every field and link back', async () => {
    await seed()
    const before = await db.feedback.get('a')
    const { rows, links } = await loadTriageRows(['a', 'b'])
    const linked = linkToTheme(rows, { themeId: 't1', importance: 'important', links, themeName: 'Exports' })
    await writeTriage(linked)
    expect((await db.feedback.get('a'))?.status).toBe('linked')
    expect(await db.themeLinks.where('themeId').equals('t1').count()).toBe(3)
    expect((await feedbackHistory('a')).map((entry) => entry.summary).sort()).toEqual(['Linked to Exports (important)', 'Status new → linked'])

    await writeTriage(invertChanges(linked))
    const after = await db.feedback.get('a')
    expect({ ...after, updatedAt: '' }).toEqual({ ...before, updatedAt: '' })
    expect(await db.themeLinks.where('themeId').equals('t1').count()).toBe(1)
  })

  it('archives thousands of rows in chunks', async () => {
    await db.feedback.bulkAdd(Array.from({ length: 4_500 }, (_, i) => row(`r${i}`)))
    // Seeded straight into the table: counted afresh, as the app's own writes keep it.
    await recountStatuses()
    const all = await db.feedback.toCollection().primaryKeys()
    const { rows } = await loadTriageRows(all)
    await writeTriage(archive(rows))
    expect(await db.feedback.where('[status+receivedAt]').between(['archived', ''], ['archived', '\uffff']).count()).toBe(4_500)
    expect(await db.feedbackHistory.count()).toBe(4_500)
  })
})

describe('saved views', () => {
  it('keeps a named filter set and lists views by name', async () => {
    await savedViewsRepository.create({ name: 'Zendesk critical', filters: { source: ['zendesk'] }, columns: ['text', 'company'] })
    await savedViewsRepository.create({ name: 'Archived', filters: { status: ['archived'] } })
    expect((await listSavedViews()).map((view) => view.name)).toEqual(['Archived', 'Zendesk critical'])
  })
})
