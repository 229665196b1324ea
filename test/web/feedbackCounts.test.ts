import { describe, expect, it } from 'vitest'
import type { MappedFeedback } from '../../src/shared/csv'
import { archive, invertChanges } from '../../src/shared/domain/feedback/triage'
import { db } from '../../src/renderer/src/db/db'
import { createFeedback } from '../../src/renderer/src/db/feedback'
import { recountStatuses, statusCounts } from '../../src/renderer/src/db/feedbackCounts'
import { finishImportBatch, reverseImportBatch, startImportBatch, writeImportRows } from '../../src/renderer/src/db/feedbackImport'
import { loadTriageRows, writeTriage } from '../../src/renderer/src/db/triage'

const row = (n: number, text = `Feedback number ${n}`): MappedFeedback => ({
  text, receivedAt: `2026-01-${String(n).padStart(2, '0')}T10:00:00.000Z`, source: 'zendesk', externalId: String(n), importedTags: [], extra: {}, dedupeKey: `zendesk:${n}`
})

async function importRows(rows: MappedFeedback[]) {
  const batch = await startImportBatch({ id: crypto.randomUUID(), fileName: 'export.csv', fileSize: 100, source: 'zendesk', encoding: 'utf-8', delimiter: ',', mapping: {} })
  await writeImportRows(batch.id, 0, rows)
  await finishImportBatch(batch.id, 0)
  return batch.id
}

/** The stored counts, after checking they are what the index says. */
async function counts() {
  const stored = await statusCounts()
  const { corrected } = await recountStatuses()
  expect(corrected, 'stored counts drifted from the index').toBe(false)
  return stored
}

const idsOf = async (...keys: string[]) => (await db.feedback.where('dedupeKey').anyOf(keys).toArray()).map((r) => r.id)

describe('feedback counts kept by the writes', () => {
  it('counts from the index the first time, then follows imports, triage, undo and hand-written rows', async () => {
    expect(await statusCounts()).toMatchObject({ all: 0, new: 0 })
    await recountStatuses()

    const first = await importRows([row(1), row(2), row(3)])
    expect(await counts()).toMatchObject({ all: 3, new: 3, archived: 0 })

    const second = await importRows([row(3, 'Changed'), row(4), row(5)])
    expect(await counts()).toMatchObject({ all: 5, new: 5 })

    const { rows, links } = await loadTriageRows(await idsOf('zendesk:1', 'zendesk:4'))
    const archived = archive(rows)
    await writeTriage(archived)
    expect(await counts()).toMatchObject({ all: 5, new: 3, archived: 2 })

    await writeTriage(invertChanges(archived))
    expect(await counts()).toMatchObject({ all: 5, new: 5, archived: 0 })
    expect(links).toEqual([])

    await writeTriage(archive((await loadTriageRows(await idsOf('zendesk:4'))).rows))
    // Undoing the second import deletes row 5 and row 4 (archived since), and restores row 3's text.
    await reverseImportBatch(second, 'undone')
    expect(await counts()).toMatchObject({ all: 3, new: 3, archived: 0 })

    await createFeedback({ text: 'Typed in by hand', receivedAt: '2026-02-01T00:00:00.000Z', source: 'manual', importedTags: [], extra: {}, dedupeKey: 'manual:1', status: 'reviewed', tags: [], themeIds: [], notes: '' })
    expect(await counts()).toMatchObject({ all: 4, new: 3, reviewed: 1 })

    await reverseImportBatch(first, 'undone')
    expect(await counts()).toMatchObject({ all: 1, new: 0, reviewed: 1 })
  })

  it('puts counts that went wrong right from the index, and says so', async () => {
    await importRows([row(1), row(2)])
    await recountStatuses()
    await db.counters.put({ key: 'feedbackByStatus', counts: { new: 7, reviewed: 0, linked: 0, archived: 0 } })
    expect((await statusCounts()).new).toBe(7)
    expect(await recountStatuses()).toMatchObject({ corrected: true, counts: { new: 2 } })
    expect((await statusCounts()).all).toBe(2)
  })
})
