import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { db, OpsdeckDatabase } from '../../src/renderer/src/db/db'
import { storesOf } from './schemaHistory'

const version1 = storesOf(1)

const row = (id: string, extra: Record<string, unknown> = {}) => ({
  id, text: `text ${id}`, receivedAt: '2026-01-01T00:00:00.000Z', source: 'zendesk', importedTags: [], extra: {}, dedupeKey: `k:${id}`,
  status: 'new', tags: [], themeIds: [], notes: '', createdAt: '', updatedAt: '', ...extra
})

describe('database versions 2 and 3', () => {
  it('opens a database made by version 1 with its feedback intact, and finds merged evidence by index', async () => {
    db.close()
    await Dexie.delete('opsdeck-v1-upgrade')
    const old = new Dexie('opsdeck-v1-upgrade')
    old.version(1).stores(version1)
    await old.open()
    await old.table('feedback').bulkAdd([row('a'), row('b', { mergedIntoId: 'a' }), row('c', { mergedIntoId: undefined })])
    await old.table('savedViews').add({ id: 'v', name: 'Critical', filters: { status: ['new'] }, createdAt: '', updatedAt: '' })
    old.close()

    const upgraded = new OpsdeckDatabase('opsdeck-v1-upgrade')
    await upgraded.open()
    expect(upgraded.verno).toBe(db.verno)
    expect(await upgraded.feedback.count()).toBe(3)
    expect(await upgraded.feedback.where('mergedIntoId').equals('a').primaryKeys()).toEqual(['b'])
    expect((await upgraded.savedViews.get('v'))?.name).toBe('Critical')
    await upgraded.feedbackHistory.add({ id: 'h', feedbackId: 'a', at: '2026-01-02T00:00:00.000Z', kind: 'status', summary: 'Status new → reviewed' })
    expect(await upgraded.feedbackHistory.where('[feedbackId+at]').between(['a', ''], ['a', '\uffff']).count()).toBe(1)
    upgraded.close()
    await Dexie.delete('opsdeck-v1-upgrade')
    await db.open()
  })

  it('gives the links of a version 2 database their rows\' facts, and leaves a link to a missing row as it was', async () => {
    db.close()
    await Dexie.delete('opsdeck-v2-upgrade')
    const old = new Dexie('opsdeck-v2-upgrade')
    old.version(1).stores(version1)
    old.version(2).stores({ feedback: 'id, &dedupeKey, batchId, receivedAt, [status+receivedAt], mergedIntoId', feedbackHistory: 'id, [feedbackId+at]' })
    await old.open()
    await old.table('feedback').bulkAdd([row('a', { customerName: 'Ada', company: 'Acme', revenue: 500, revenueCurrency: 'USD', rating: 2 })])
    const link = { themeId: 't', importance: 'critical', createdAt: '', updatedAt: '' }
    await old.table('themeLinks').bulkAdd([{ ...link, id: 'l1', feedbackId: 'a' }, { ...link, id: 'l2', feedbackId: 'gone' }])
    old.close()

    const upgraded = new OpsdeckDatabase('opsdeck-v2-upgrade')
    await upgraded.open()
    expect(upgraded.verno).toBe(db.verno)
    expect((await upgraded.themeLinks.get('l1'))?.facts).toEqual({ receivedAt: '2026-01-01T00:00:00.000Z', customerName: 'Ada', company: 'Acme', revenue: 500, revenueCurrency: 'USD', rating: 2 })
    expect((await upgraded.themeLinks.get('l2'))?.facts).toBeUndefined()
    expect((await upgraded.themeLinks.get('l1'))?.importance).toBe('critical')
    // Version 4 counted the existing feedback once, for the counts the writes keep from now on.
    expect((await upgraded.counters.get('feedbackByStatus'))?.counts).toEqual({ new: 1, reviewed: 0, linked: 0, archived: 0 })
    upgraded.close()
    await Dexie.delete('opsdeck-v2-upgrade')
    await db.open()
  })
})
