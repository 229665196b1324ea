import { Dexie } from 'dexie'
import { storesOf } from './schemaHistory'
import { describe, expect, it } from 'vitest'
import { db } from '../../src/renderer/src/db/db'
import { countTables, inspectWorkspaceFile, restoreWorkspace, snapshotWorkspace } from '../../src/renderer/src/db/workspaceSnapshot'
import { loadSampleWorkspace } from '../../src/renderer/src/db/workspace'
import { createSampleWorkspace } from '../../src/shared/domain/sample/sampleWorkspace'
import { STATUS_COUNTS_KEY } from '../../src/shared/domain/feedback/statusCounts'

const options = { reason: 'manual' as const, appVersion: '0.1.0', createdAt: '2026-12-02T06:40:00.000Z' }

describe('workspace snapshots', () => {
  it('restores exactly what was backed up, after the workspace changed', async () => {
    await loadSampleWorkspace(createSampleWorkspace(new Date('2026-12-01T09:00:00Z')))
    const before = await countTables(db)
    const people = await db.people.toArray()
    const { bytes, header } = await snapshotWorkspace(db, options)
    expect(header.counts).toEqual(before)

    await db.people.clear()
    await db.tools.add({ ...(await db.tools.toCollection().first())!, id: 'added-after-backup', name: 'Added later' })
    await restoreWorkspace(db, bytes, 'backup.opsdeck')

    expect(await countTables(db)).toEqual(before)
    expect(await db.people.toArray()).toEqual(people)
    expect(await db.tools.get('added-after-backup')).toBeUndefined()
  })

  it('previews a file against the current workspace without changing anything', async () => {
    await loadSampleWorkspace(createSampleWorkspace(new Date('2026-12-01T09:00:00Z')))
    const { bytes } = await snapshotWorkspace(db, options)
    await db.feedback.limit(3).delete()
    const after = await countTables(db)
    const result = await inspectWorkspaceFile(db, bytes, 'backup.opsdeck')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.current).toEqual(after)
    expect(result.header.counts['feedback']).toBe(after['feedback']! + 3)
    expect(await countTables(db)).toEqual(after)
  })

  it('leaves the workspace untouched when the file is truncated', async () => {
    await loadSampleWorkspace(createSampleWorkspace(new Date('2026-12-01T09:00:00Z')))
    const { bytes } = await snapshotWorkspace(db, options)
    const before = await countTables(db)
    await expect(restoreWorkspace(db, bytes.subarray(0, bytes.length >> 1), 'cut.opsdeck')).rejects.toThrow(/cut\.opsdeck is incomplete/)
    expect(await countTables(db)).toEqual(before)
  })

  it('keeps values plain JSON cannot hold (a Date) through the full import path', async () => {
    await db.searchIndex.put({ key: 'probe', data: new Date('2026-12-02T06:40:00.000Z') as unknown as string })
    const { bytes } = await snapshotWorkspace(db, options)
    await db.searchIndex.clear()
    await restoreWorkspace(db, bytes, 'typed.opsdeck')
    expect((await db.searchIndex.get('probe'))?.data).toEqual(new Date('2026-12-02T06:40:00.000Z'))
  })

  it('exports parts: tools only carries the tools table alone', async () => {
    await loadSampleWorkspace(createSampleWorkspace(new Date('2026-12-01T09:00:00Z')))
    const { header } = await snapshotWorkspace(db, { ...options, reason: 'export', parts: ['tools'] })
    expect(Object.keys(header.counts)).toEqual(['tools'])
    expect(header.counts['tools']).toBe(await db.tools.count())
  })

  it('brings a version 2 backup up through the v3 and v4 upgrades', async () => {
    const old = new Dexie(`opsdeck-v2-${crypto.randomUUID()}`)
    old.version(1).stores(storesOf(1))
    old.version(2).stores(storesOf(2))
    const feedback = { id: 'f1', dedupeKey: 'zendesk:1', text: 'SSO please', receivedAt: '2026-11-01T10:00:00.000Z', source: 'zendesk', importedTags: [], extra: {}, status: 'new', tags: [], themeIds: ['t1'], notes: '', company: 'Acme', createdAt: '', updatedAt: '' }
    await old.table('feedback').add(feedback)
    await old.table('themes').add({ id: 't1', name: 'SSO', status: 'open', createdAt: '', updatedAt: '' })
    await old.table('themeLinks').add({ id: 'l1', themeId: 't1', feedbackId: 'f1', importance: 'nice', createdAt: '', updatedAt: '' })
    const { bytes, header } = await snapshotWorkspace(old, options)
    old.close()
    await Dexie.delete(old.name)
    expect(header.schemaVersion).toBe(2)

    await restoreWorkspace(db, bytes, 'old.opsdeck')
    expect(await db.feedback.get('f1')).toEqual(feedback)
    expect((await db.themeLinks.get('l1'))?.facts).toMatchObject({ receivedAt: '2026-11-01T10:00:00.000Z', company: 'Acme' })
    expect((await db.counters.get(STATUS_COUNTS_KEY))?.counts).toMatchObject({ new: 1 })
  })
})
