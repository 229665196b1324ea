import { describe, expect, it } from 'vitest'
import { baseKey, nextBases, planTableMerge, recordsToWrite, remapReferences, type MergeRecord } from '../../../src/shared/workspaceFile'

const tool = (id: string, name: string, createdAt: string, updatedAt = createdAt): MergeRecord => ({ id, name, createdAt, updatedAt })
const created = '2026-11-01T09:00:00.000Z'

describe('merge rules', () => {
  it('adds what only the file has and keeps what only we have: nothing is deleted', () => {
    const plan = planTableMerge({ table: 'tools', local: [tool('a', 'Figma', created)], incoming: [tool('b', 'Linear', created)] }, {})
    expect(plan.add.map((record) => record.id)).toEqual(['b'])
    expect(plan.update).toEqual([])
    expect(plan.conflicts).toEqual([])
  })

  it('takes the newer version when only one side changed it since it was created', () => {
    const plan = planTableMerge({ table: 'tools', local: [tool('a', 'Figma', created)], incoming: [tool('a', 'Figma Pro', created, '2026-11-20T10:00:00.000Z')] }, {})
    expect(plan.update.map((record) => record.name)).toEqual(['Figma Pro'])
    const kept = planTableMerge({ table: 'tools', local: [tool('a', 'Figma Org', created, '2026-11-21T10:00:00.000Z')], incoming: [tool('a', 'Figma', created)] }, {})
    expect(kept.keptLocal).toBe(1)
    expect(kept.update).toEqual([])
  })

  it('lists a conflict when both sides changed a record since their common version', () => {
    const local = tool('a', 'Figma Org', created, '2026-11-21T10:00:00.000Z')
    const incoming = tool('a', 'Figma Pro', created, '2026-11-20T10:00:00.000Z')
    const plan = planTableMerge({ table: 'tools', local: [local], incoming: [incoming] }, {})
    expect(plan.conflicts).toEqual([{ table: 'tools', id: 'a', local, incoming }])
    expect(recordsToWrite(plan, {})).toEqual([])
    expect(recordsToWrite(plan, { [baseKey('tools', 'a')]: 'incoming' })).toEqual([incoming])
  })

  it('uses the version agreed at the last merge: only the side that moved on wins', () => {
    const agreed = '2026-11-10T10:00:00.000Z'
    const bases = { [baseKey('tools', 'a')]: agreed }
    // We kept the agreed version; the colleague changed it: theirs, no conflict.
    const theirs = planTableMerge({ table: 'tools', local: [tool('a', 'Figma', created, agreed)], incoming: [tool('a', 'Figma Pro', created, '2026-11-20T10:00:00.000Z')] }, bases)
    expect(theirs.update).toHaveLength(1)
    expect(theirs.conflicts).toEqual([])
    // Both changed it after the agreed version: a conflict, even though one is newer.
    const both = planTableMerge({ table: 'tools', local: [tool('a', 'Figma Org', created, '2026-11-12T10:00:00.000Z')], incoming: [tool('a', 'Figma Pro', created, '2026-11-20T10:00:00.000Z')] }, bases)
    expect(both.conflicts).toHaveLength(1)
  })

  it('counts identical records as unchanged, whatever their field order', () => {
    const plan = planTableMerge({ table: 'tools', local: [{ id: 'a', name: 'Figma', seats: 3 }], incoming: [{ seats: 3, name: 'Figma', id: 'a' }] }, {})
    expect(plan.unchanged).toBe(1)
  })

  it('dedupes feedback by its dedupe key and lets the newer version win without conflicts', () => {
    const naturalKey = (record: MergeRecord) => record['dedupeKey'] as string
    const local = [{ id: 'mine', dedupeKey: 'zendesk:1', status: 'reviewed', createdAt: created, updatedAt: '2026-11-05T00:00:00.000Z' }, { id: 'shared', dedupeKey: 'zendesk:2', status: 'new', createdAt: created, updatedAt: '2026-11-06T00:00:00.000Z' }]
    const incoming = [{ id: 'theirs', dedupeKey: 'zendesk:1', status: 'new', createdAt: created, updatedAt: created }, { id: 'shared', dedupeKey: 'zendesk:2', status: 'archived', createdAt: created, updatedAt: '2026-11-09T00:00:00.000Z' }, { id: 'fresh', dedupeKey: 'zendesk:3', status: 'new', createdAt: created, updatedAt: created }]
    const plan = planTableMerge({ table: 'feedback', local, incoming, naturalKey, conflicts: false }, {})
    expect([...plan.duplicates]).toEqual([['theirs', 'mine']])
    expect(plan.add.map((record) => record.id)).toEqual(['fresh'])
    expect(plan.update.map((record) => record['status'])).toEqual(['archived'])
    expect(plan.conflicts).toEqual([])
  })

  it('points references at our copy of a duplicate', () => {
    const links = [{ id: 'l1', themeId: 't1', feedbackId: 'theirs' }, { id: 'l2', themeId: 't1', feedbackId: 'fresh' }]
    expect(remapReferences(links, ['feedbackId'], new Map([['theirs', 'mine']]))).toEqual([{ id: 'l1', themeId: 't1', feedbackId: 'mine' }, links[1]])
    expect(remapReferences([{ id: 'f', themeIds: ['x', 'y'] }], ['themeIds'], new Map([['x', 'y']]))).toEqual([{ id: 'f', themeIds: ['y'] }])
  })

  it('remembers the file’s version of every record as the common one, for tables with conflicts only', () => {
    const incoming = [tool('a', 'Figma', created, '2026-11-20T10:00:00.000Z')]
    const plan = planTableMerge({ table: 'tools', local: [tool('a', 'Figma Org', created, '2026-11-21T10:00:00.000Z')], incoming }, {})
    const feedbackPlan = planTableMerge({ table: 'feedback', local: [], incoming: [{ id: 'f1' }], conflicts: false }, {})
    expect(nextBases({}, [plan, feedbackPlan], new Map([['tools', incoming], ['feedback', [{ id: 'f1' }]]]))).toEqual({ 'tools:a': '2026-11-20T10:00:00.000Z' })
  })
})
