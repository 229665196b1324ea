import { describe, expect, it } from 'vitest'
import { linkedRowFacts, newestLinkedFirst, statsRowsFromLinks, withFacts } from '../../../src/shared/domain/feedback/linkFacts'
import { computeThemeStats } from '../../../src/shared/domain/feedback/themeStats'
import { daysAgo, makeFeedback, makeLink, NOW } from './makeFeedback'

const rows = [
  makeFeedback('a', { customerEmail: 'ada@acme.com', company: 'Acme', revenue: 500, revenueCurrency: 'USD', rating: 2, receivedAt: daysAgo(3) }),
  makeFeedback('b', { customerName: 'Bo', company: 'Globex', revenue: 1200, revenueCurrency: 'USD', receivedAt: daysAgo(40), voterCount: 3 }),
  makeFeedback('m1', { customerEmail: 'cy@acme.com', company: 'Acme', revenue: 650, revenueCurrency: 'USD', receivedAt: daysAgo(1), mergedIntoId: 'a' }),
  makeFeedback('m2', { customerEmail: 'ada@acme.com', company: 'Acme', receivedAt: daysAgo(10), mergedIntoId: 'a' }),
  makeFeedback('c', { customerName: 'Cat', company: 'Initech', revenue: 90, revenueCurrency: 'USD', rating: 5, receivedAt: daysAgo(70), mergedIntoId: 'b' })
]
const byId = new Map(rows.map((row) => [row.id, row]))
const links = [makeLink('a', 'critical'), makeLink('b', 'important'), makeLink('c', 'nice-to-have')]
const withAllFacts = links.map((link) => withFacts(link, byId.get(link.feedbackId)!))
const merged = rows.filter((row) => row.mergedIntoId)

describe('theme stats from the facts on links', () => {
  it('are exactly the stats computed from the rows themselves, merged evidence and a merged linked row included', () => {
    const { rows: fromFacts, missing } = statsRowsFromLinks(withAllFacts, merged)
    expect(missing).toEqual([])
    expect(computeThemeStats({ links: withAllFacts, feedback: fromFacts, now: NOW })).toEqual(computeThemeStats({ links, feedback: rows, now: NOW }))
  })

  it('lists the links that carry no facts, for their rows to be read', () => {
    const { rows: fromFacts, missing } = statsRowsFromLinks([withAllFacts[0]!, links[1]!], merged)
    expect(missing).toEqual(['b'])
    expect(fromFacts.map((row) => row.id).sort()).toEqual(['a', 'c', 'm1', 'm2'])
  })

  it('copies only the fields the numbers read, and keeps a link that already matches as it is', () => {
    expect(linkedRowFacts(byId.get('a')!)).toEqual({ receivedAt: daysAgo(3), customerEmail: 'ada@acme.com', company: 'Acme', revenue: 500, revenueCurrency: 'USD', rating: 2 })
    const link = withAllFacts[0]!
    expect(withFacts(link, byId.get('a')!)).toBe(link)
    expect(withFacts(link, { ...byId.get('a')!, revenue: 700 }).facts?.revenue).toBe(700)
  })
})

describe('newest linked rows first', () => {
  it('orders by the linked rows\' dates across themes, each row once', () => {
    const other = withFacts(makeLink('b', 'critical', 't2'), byId.get('b')!)
    expect(newestLinkedFirst([...withAllFacts, other])).toEqual(['a', 'b', 'c'])
  })

  it('cannot tell when a link has no facts', () => {
    expect(newestLinkedFirst([withAllFacts[0]!, links[1]!])).toBeUndefined()
  })
})
