import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { db, OpsdeckDatabase } from '../../src/renderer/src/db/db'

const version1 = {
  people: 'id, name',
  playbooks: 'id, status, category, ownerId, nextReviewAt, updatedAt',
  playbookVersions: 'id, [playbookId+number]',
  runs: 'id, playbookId, status, assigneeId',
  feedback: 'id, &dedupeKey, batchId, receivedAt, [status+receivedAt]',
  themes: 'id, status, parentId',
  themeLinks: 'id, themeId, feedbackId, &[themeId+feedbackId]',
  importBatches: 'id, status, createdAt',
  mappingPresets: 'id, &headerSignature',
  tools: 'id, status, category, ownerId',
  metrics: 'id, status',
  metricPoints: 'id, [metricId+date]',
  settings: 'key',
  importChanges: 'id, batchId',
  savedViews: 'id',
  playbookDrafts: 'playbookId',
  searchIndex: 'key'
}

const row = (id: string, extra: Record<string, unknown> = {}) => ({
  id, text: `text ${id}`, receivedAt: '2026-01-01T00:00:00.000Z', source: 'zendesk', importedTags: [], extra: {}, dedupeKey: `k:${id}`,
  status: 'new', tags: [], themeIds: [], notes: '', createdAt: '', updatedAt: '', ...extra
})

describe('database version 2', () => {
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
    expect(upgraded.verno).toBe(2)
    expect(await upgraded.feedback.count()).toBe(3)
    expect(await upgraded.feedback.where('mergedIntoId').equals('a').primaryKeys()).toEqual(['b'])
    expect((await upgraded.savedViews.get('v'))?.name).toBe('Critical')
    await upgraded.feedbackHistory.add({ id: 'h', feedbackId: 'a', at: '2026-01-02T00:00:00.000Z', kind: 'status', summary: 'Status new → reviewed' })
    expect(await upgraded.feedbackHistory.where('[feedbackId+at]').between(['a', ''], ['a', '\uffff']).count()).toBe(1)
    upgraded.close()
    await Dexie.delete('opsdeck-v1-upgrade')
    await db.open()
  })
})
