import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { db, OpsdeckDatabase } from '../../src/renderer/src/db/db'
import { loadSampleWorkspace } from '../../src/renderer/src/db/workspace'
import { applyWorkspaceMerge, previewWorkspaceMerge } from '../../src/renderer/src/db/workspaceMerge'
import { snapshotWorkspace } from '../../src/renderer/src/db/workspaceSnapshot'
import { createSampleWorkspace } from '../../src/shared/domain/sample/sampleWorkspace'
import { STATUS_COUNTS_KEY } from '../../src/shared/domain/feedback/statusCounts'

const sample = () => createSampleWorkspace(new Date('2026-11-01T09:00:00Z'))

/** A colleague who started from the same sample and changed things since. */
async function colleagueFile(change: (colleague: OpsdeckDatabase) => Promise<void>): Promise<Uint8Array> {
  const colleague = new OpsdeckDatabase(`colleague-${crypto.randomUUID()}`)
  await colleague.open()
  await colleague.transaction('rw', colleague.tables, async () => {
    const data = sample()
    for (const [table, rows] of Object.entries(data)) await colleague.table(table).bulkPut(rows)
  })
  await change(colleague)
  const { bytes } = await snapshotWorkspace(colleague, { reason: 'export', appVersion: '0.1.0', createdAt: '2026-11-25T10:00:00.000Z' })
  colleague.close()
  await Dexie.delete(colleague.name)
  return bytes
}

describe('merging a colleague’s workspace', () => {
  it('lists the conflicts, keeps both sides’ new records, dedupes feedback and recounts', async () => {
    await loadSampleWorkspace(sample())
    const [tool] = await db.tools.toArray()
    const feedbackBefore = await db.feedback.count()
    const [someFeedback] = await db.feedback.toArray()
    const bytes = await colleagueFile(async (colleague) => {
      await colleague.tools.update(tool!.id, { name: 'Their name', updatedAt: '2026-11-20T10:00:00.000Z' })
      await colleague.tools.add({ ...tool!, id: 'their-new-tool', name: 'Their new tool' })
      // The same ticket imported on their side under another id, with the same dedupe key.
      await colleague.feedback.delete(someFeedback!.id)
      await colleague.feedback.add({ ...someFeedback!, id: 'their-copy', status: 'archived' })
      await colleague.feedback.add({ ...someFeedback!, id: 'their-new-feedback', dedupeKey: 'intercom:new-1', status: 'new' })
    })
    await db.tools.update(tool!.id, { name: 'My name', updatedAt: '2026-11-21T10:00:00.000Z' })
    await db.people.add({ ...(await db.people.toCollection().first())!, id: 'my-new-person', name: 'Mine Only' })

    const preview = await previewWorkspaceMerge(db, bytes, 'colleague.opsdeck')
    expect(preview.conflicts).toEqual([expect.objectContaining({ table: 'tools', label: 'My name', key: `tools:${tool!.id}` })])
    expect(preview.tables.find((entry) => entry.table === 'tools')).toMatchObject({ add: 1, update: 0 })
    expect(preview.tables.find((entry) => entry.table === 'feedback')).toMatchObject({ add: 1, duplicates: 1 })

    await applyWorkspaceMerge(db, bytes, 'colleague.opsdeck', { [`tools:${tool!.id}`]: 'incoming' })
    expect((await db.tools.get(tool!.id))?.name).toBe('Their name')
    expect(await db.tools.get('their-new-tool')).toBeDefined()
    expect(await db.people.get('my-new-person')).toBeDefined()
    expect(await db.feedback.count()).toBe(feedbackBefore + 1)
    expect(await db.feedback.get('their-copy')).toBeUndefined()
    const counts = (await db.counters.get(STATUS_COUNTS_KEY))?.counts
    expect(counts && Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(feedbackBefore + 1)
  })

  it('keeps ours when the conflict is not taken, and the next merge of the same file has no conflict', async () => {
    await loadSampleWorkspace(sample())
    const [tool] = await db.tools.toArray()
    const bytes = await colleagueFile(async (colleague) => {
      await colleague.tools.update(tool!.id, { name: 'Their name', updatedAt: '2026-11-20T10:00:00.000Z' })
    })
    await db.tools.update(tool!.id, { name: 'My name', updatedAt: '2026-11-21T10:00:00.000Z' })
    await applyWorkspaceMerge(db, bytes, 'colleague.opsdeck', {})
    expect((await db.tools.get(tool!.id))?.name).toBe('My name')
    const again = await previewWorkspaceMerge(db, bytes, 'colleague.opsdeck')
    expect(again.conflicts).toEqual([])
    expect(again.tables.find((entry) => entry.table === 'tools')).toMatchObject({ keptLocal: 1, update: 0 })
  })
})
