import { describe, expect, it } from 'vitest'
import { similarFeedback, textSimilarity } from '../../../src/shared/domain/feedback'
import { daysAgo, makeFeedback as fb } from './makeFeedback'

describe('text similarity', () => {
  it('is the share of content words the two texts have in common', () => {
    // {add, bulk, edit, project} and {bulk, edit, project, great}: 3 shared of 5
    expect(textSimilarity('Please add bulk edit for projects', 'Bulk edit projects would be great')).toBe(0.6)
  })

  it('is 1 for the same words in another order and form, and 0 for texts without content words', () => {
    expect(textSimilarity('Exporting PDFs', 'pdf export')).toBe(1)
    expect(textSimilarity('please', 'thanks')).toBe(0)
  })
})

describe('similar feedback', () => {
  const laura = { customerEmail: 'laura@northwind.com', company: 'Northwind' }
  const row = fb('r', { ...laura, text: 'Bulk edit for projects please', receivedAt: daysAgo(5) })
  const candidates = [
    row,
    fb('c1', { ...laura, text: 'Please add bulk edit for projects' }),
    fb('c2', { customerEmail: 'marco@northwind.com', company: 'northwind', text: 'Bulk editing of projects' }),
    fb('c3', { customerEmail: 'sam@carter.com', company: 'Carter', text: 'Bulk edit for projects please' }),
    fb('c4', { ...laura, text: 'Dark mode please' }),
    fb('c5', { customerEmail: 'ben@northwind.com', company: 'Northwind', text: 'Bulk edit for projects', mergedIntoId: 'x' }),
    fb('c6', { ...laura, text: 'Bulk edit status' })
  ]

  it('ranks rows of the same customer or company by how much their text has in common', () => {
    // c2 {bulk, edit, project} = 1; c1 {add, bulk, edit, project} = 3/4; c6 {bulk, edit, status} = 2/4
    const similar = similarFeedback(row, candidates)
    expect(similar.map((s) => [s.row.id, s.score, s.sameCustomer, s.sameCompany])).toEqual([
      ['c2', 1, false, true],
      ['c1', 0.75, true, true],
      ['c6', 0.5, true, true]
    ])
    expect(similar[0]?.sharedTerms).toEqual(['bulk', 'editing', 'projects'])
  })

  it('leaves out other companies, unrelated text, rows already merged and the row itself', () => {
    const ids = similarFeedback(row, candidates).map((s) => s.row.id)
    expect(ids).not.toContain('c3')
    expect(ids).not.toContain('c4')
    expect(ids).not.toContain('c5')
    expect(ids).not.toContain('r')
  })

  it('keeps to the threshold and the limit', () => {
    expect(similarFeedback(row, candidates, { minScore: 0.6 }).map((s) => s.row.id)).toEqual(['c2', 'c1'])
    expect(similarFeedback(row, candidates, { limit: 1 }).map((s) => s.row.id)).toEqual(['c2'])
  })

  it('puts the same customer first when scores are equal, then the closest in time', () => {
    const base = fb('b', { customerEmail: 'a@x.com', company: 'X', text: 'export pdf', receivedAt: daysAgo(10) })
    const similar = similarFeedback(base, [
      fb('company-near', { customerEmail: 'b@x.com', company: 'X', text: 'pdf export', receivedAt: daysAgo(10) }),
      fb('customer-far', { customerEmail: 'a@x.com', text: 'exports to PDF', receivedAt: daysAgo(90) }),
      fb('customer-near', { customerEmail: 'A@X.com', text: 'PDF exports', receivedAt: daysAgo(11) })
    ])
    expect(similar.map((s) => s.row.id)).toEqual(['customer-near', 'customer-far', 'company-near'])
  })

  it('finds nothing for an anonymous row without a company', () => {
    expect(similarFeedback(fb('anon', { text: 'Bulk edit for projects' }), [fb('other', { text: 'Bulk edit for projects' })])).toEqual([])
  })
})
