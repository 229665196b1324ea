import { describe, expect, it } from 'vitest'
import { applyChanges, applyLinkChanges, computeThemeStats, invertChanges, mergeFeedback } from '../../../src/shared/domain/feedback'
import { makeFeedback as fb, makeLink, NOW } from './makeFeedback'

const target = fb('T', { customerEmail: 'laura@northwind.com', company: 'Northwind', text: 'We need bulk edit', tags: ['urgent'], themeIds: ['t1'], status: 'reviewed' })
const d1 = fb('D1', { customerEmail: 'marco@northwind.com', company: 'Northwind', text: 'Bulk edit please', tags: ['Urgent', 'export'], themeIds: ['t2'] })
const d2 = fb('D2', { customerEmail: 'laura@northwind.com', company: 'Northwind', text: 'Still waiting for bulk edit', themeIds: ['t2', 't3'] })
const links = [makeLink('T', 'important', 't1'), makeLink('D1', 'critical', 't2'), makeLink('D2', 'important', 't2')]

describe('merge', () => {
  it('points the duplicates at the target and gives the target their tags and themes', () => {
    const result = mergeFeedback(target, [d1, d2], { links })
    expect(result).toEqual({
      ok: true,
      duplicateCount: 2,
      changes: {
        label: 'Merged 2 items into "We need bulk edit"',
        feedback: [
          { id: 'T', before: { tags: ['urgent'], themeIds: ['t1'], status: 'reviewed' }, after: { tags: ['urgent', 'export'], themeIds: ['t1', 't2', 't3'], status: 'linked' } },
          { id: 'D1', before: { mergedIntoId: undefined }, after: { mergedIntoId: 'T' } },
          { id: 'D2', before: { mergedIntoId: undefined }, after: { mergedIntoId: 'T' } }
        ],
        links: [
          // t2: the highest importance the duplicates gave; t3 had no link record
          { themeId: 't2', feedbackId: 'T', before: null, after: { importance: 'critical' } },
          { themeId: 't3', feedbackId: 'T', before: null, after: { importance: 'nice-to-have' } }
        ]
      }
    })
  })

  it('keeps the target’s text and everything else it had', () => {
    const result = mergeFeedback(target, [d1], { links })
    if (!result.ok) throw new Error(result.error)
    const [merged] = applyChanges([target], result.changes.feedback)
    expect(merged).toMatchObject({ text: 'We need bulk edit', customerEmail: 'laura@northwind.com', company: 'Northwind' })
    expect(merged?.mergedIntoId).toBeUndefined()
  })

  it('re-points rows already merged into a duplicate, so evidence is never a chain', () => {
    const evidence = fb('E', { mergedIntoId: 'D1' })
    const result = mergeFeedback(target, [d1, evidence])
    expect(result.ok && result.changes.feedback.find((c) => c.id === 'E')).toEqual({ id: 'E', before: { mergedIntoId: 'D1' }, after: { mergedIntoId: 'T' } })
  })

  it('refuses a target that is itself merged, and a merge with nothing to merge', () => {
    expect(mergeFeedback(fb('M', { text: 'Old one', mergedIntoId: 'X' }), [d1])).toEqual({ ok: false, error: '"Old one" is itself merged into another item: merge into that one instead.' })
    expect(mergeFeedback(target, [target])).toEqual({ ok: false, error: 'Choose at least one other feedback item to merge into this one.' })
  })

  it('counts the merged evidence once per customer in the theme', () => {
    const result = mergeFeedback(target, [d1, d2], { links })
    if (!result.ok) throw new Error(result.error)
    const rows = applyChanges([target, d1, d2], result.changes.feedback)
    const allLinks = applyLinkChanges(links, result.changes.links, { at: NOW, newId: () => 'new' })
    const stats = computeThemeStats({ links: allLinks.filter((l) => l.themeId === 't2'), feedback: rows, now: NOW })
    // T (laura, now linked to t2) and D1 (marco); D2 is laura again
    expect(stats.feedbackCount).toBe(2)
    expect(stats.uniqueCustomers).toBe(2)
    expect(stats.uniqueCompanies).toBe(1)
    expect(stats.importanceCounts).toEqual({ 'nice-to-have': 0, important: 0, critical: 2 })
  })

  it('is undone exactly', () => {
    const result = mergeFeedback(target, [d1, d2], { links })
    if (!result.ok) throw new Error(result.error)
    const stamp = { at: NOW, newId: () => 'new' }
    const rows = applyChanges([target, d1, d2], result.changes.feedback)
    const undo = invertChanges(result.changes)
    expect(applyChanges(rows, undo.feedback)).toStrictEqual([target, d1, d2])
    expect(applyLinkChanges(applyLinkChanges(links, result.changes.links, stamp), undo.links, stamp)).toStrictEqual(links)
  })
})
