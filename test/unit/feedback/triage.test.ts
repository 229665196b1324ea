import { describe, expect, it } from 'vitest'
import {
  addTags,
  applyChanges,
  applyLinkChanges,
  archive,
  conflictingChanges,
  invertChanges,
  linkToTheme,
  removeTags,
  setStatus,
  unlinkFromTheme,
  type ThemeLink
} from '../../../src/shared/domain/feedback'
import { makeFeedback as fb, makeLink } from './makeFeedback'

const rows = [
  fb('r1', { status: 'new', tags: ['a'], themeIds: [] }),
  fb('r2', { status: 'linked', tags: ['B'], themeIds: ['t1'] }),
  fb('r3', { status: 'archived', tags: [], themeIds: ['t1'] })
]
const links: ThemeLink[] = [makeLink('r2', 'important', 't1'), makeLink('r3', 'critical', 't1')]
const stamp = { at: '2026-04-01T09:00:00.000Z', newId: () => 'new-link' }
const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id))

describe('status', () => {
  it('changes only rows whose status differs, recording the status before', () => {
    const changes = setStatus([...rows, fb('r4', { status: 'reviewed' })], { status: 'reviewed' })
    expect(changes).toEqual({
      label: 'Set 3 items to reviewed',
      feedback: [
        { id: 'r1', before: { status: 'new' }, after: { status: 'reviewed' } },
        { id: 'r2', before: { status: 'linked' }, after: { status: 'reviewed' } },
        { id: 'r3', before: { status: 'archived' }, after: { status: 'reviewed' } }
      ],
      links: []
    })
  })

  it('archives', () => {
    const changes = archive(rows)
    expect(changes.label).toBe('Archived 2 items')
    expect(changes.feedback.map((c) => c.id)).toEqual(['r1', 'r2'])
  })
})

describe('tags', () => {
  it('adds tags a row does not have, comparing case-insensitively', () => {
    expect(addTags(rows, { tags: ['b', ' urgent ', 'URGENT'] }).feedback).toEqual([
      { id: 'r1', before: { tags: ['a'] }, after: { tags: ['a', 'b', 'urgent'] } },
      { id: 'r2', before: { tags: ['B'] }, after: { tags: ['B', 'urgent'] } },
      { id: 'r3', before: { tags: [] }, after: { tags: ['b', 'urgent'] } }
    ])
  })

  it('removes tags, comparing case-insensitively', () => {
    expect(removeTags(rows, { tags: ['A', 'b'] }).feedback).toEqual([
      { id: 'r1', before: { tags: ['a'] }, after: { tags: [] } },
      { id: 'r2', before: { tags: ['B'] }, after: { tags: [] } }
    ])
  })
})

describe('theme links', () => {
  it('links new rows, changes the importance of linked ones and leaves the rest', () => {
    const changes = linkToTheme(rows, { themeId: 't1', importance: 'critical', links, themeName: 'Bulk edit' })
    expect(changes.feedback).toEqual([{ id: 'r1', before: { themeIds: [], status: 'new' }, after: { themeIds: ['t1'], status: 'linked' } }])
    expect(changes.links).toEqual([
      { themeId: 't1', feedbackId: 'r1', before: null, after: { importance: 'critical' } },
      {
        themeId: 't1',
        feedbackId: 'r2',
        before: { id: 'link-t1-r2', createdAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', importance: 'important' },
        after: { id: 'link-t1-r2', createdAt: '2026-01-02T00:00:00.000Z', importance: 'critical' }
      }
    ])
    expect(changes.label).toBe('Linked 2 items to Bulk edit (critical)')
  })

  it('unlinks, and a row left without themes goes back from linked to reviewed', () => {
    const changes = unlinkFromTheme(rows, { themeId: 't1', links })
    expect(changes.feedback).toEqual([
      { id: 'r2', before: { themeIds: ['t1'], status: 'linked' }, after: { themeIds: [], status: 'reviewed' } },
      { id: 'r3', before: { themeIds: ['t1'] }, after: { themeIds: [] } }
    ])
    expect(changes.links.map((c) => [c.feedbackId, c.before?.importance, c.after])).toEqual([
      ['r2', 'important', null],
      ['r3', 'critical', null]
    ])
  })

  it('gives a new link an id and timestamps when it is applied', () => {
    const applied = applyLinkChanges(links, linkToTheme(rows, { themeId: 't1', importance: 'critical', links }).links, stamp)
    expect(byId(applied)).toEqual([
      { id: 'link-t1-r2', createdAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-04-01T09:00:00.000Z', themeId: 't1', feedbackId: 'r2', importance: 'critical' },
      { id: 'link-t1-r3', createdAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', themeId: 't1', feedbackId: 'r3', importance: 'critical' },
      { id: 'new-link', createdAt: '2026-04-01T09:00:00.000Z', updatedAt: '2026-04-01T09:00:00.000Z', themeId: 't1', feedbackId: 'r1', importance: 'critical' }
    ])
  })
})

describe('undo', () => {
  const actions = {
    setStatus: setStatus(rows, { status: 'reviewed' }),
    archive: archive(rows),
    addTags: addTags(rows, { tags: ['x'] }),
    removeTags: removeTags(rows, { tags: ['a', 'b'] }),
    link: linkToTheme(rows, { themeId: 't1', importance: 'nice-to-have', links }),
    linkOther: linkToTheme(rows, { themeId: 't2', importance: 'critical', links }),
    unlink: unlinkFromTheme(rows, { themeId: 't1', links })
  }

  for (const [name, changes] of Object.entries(actions)) {
    it(`restores rows and links exactly after ${name}`, () => {
      const changedRows = applyChanges(rows, changes.feedback)
      const changedLinks = applyLinkChanges(links, changes.links, stamp)
      const undo = invertChanges(changes)
      expect(applyChanges(changedRows, undo.feedback)).toStrictEqual(rows)
      expect(byId(applyLinkChanges(changedLinks, undo.links, stamp))).toStrictEqual(byId(links))
    })
  }

  it('removes a field again that a change added, rather than leaving it undefined', () => {
    const row = fb('m')
    const changes = { label: 'Merged', feedback: [{ id: 'm', before: { mergedIntoId: undefined }, after: { mergedIntoId: 't' } }], links: [] }
    const [undone] = applyChanges(applyChanges([row], changes.feedback), invertChanges(changes).feedback)
    expect(undone).toStrictEqual(row)
    expect(Object.hasOwn(undone as object, 'mergedIntoId')).toBe(false)
  })

  it('labels the undo, and redo gets the original label back', () => {
    const undo = invertChanges(actions.archive)
    expect(undo.label).toBe('Undo: Archived 2 items')
    expect(invertChanges(undo).label).toBe('Archived 2 items')
  })

  it('returns rows without a change as the same objects', () => {
    const applied = applyChanges(rows, actions.archive.feedback)
    expect(applied[2]).toBe(rows[2])
    expect(applied[0]).not.toBe(rows[0])
  })

  it('finds rows changed since, before undoing over them', () => {
    const changedRows = applyChanges(rows, actions.setStatus.feedback)
    const editedSince = changedRows.map((r) => (r.id === 'r3' ? { ...r, status: 'new' as const } : r))
    expect(conflictingChanges(changedRows, actions.setStatus)).toEqual([])
    expect(conflictingChanges(editedSince, actions.setStatus)).toEqual(['r3'])
  })
})
