import { describe, expect, it } from 'vitest'
import { createDateOrder } from '../../../src/shared/domain/feedback/dateOrder'

/** The plain way: sort the hits by (date, id) and reverse. */
function reference(dates: Map<string, string>, hits: string[]): string[] {
  const known = hits.filter((id) => dates.has(id))
  const unknown = hits.filter((id) => !dates.has(id))
  const sorted = [...known].sort((a, b) => {
    const da = dates.get(a) as string
    const db = dates.get(b) as string
    return da !== db ? (da < db ? 1 : -1) : a < b ? 1 : a > b ? -1 : 0
  })
  return [...sorted, ...unknown]
}

function randomDates(count: number, seed = 7): Map<string, string> {
  let state = seed
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31)
  const dates = new Map<string, string>()
  // Few distinct days, so many rows share a moment and the id decides.
  for (let i = 0; i < count; i++) dates.set(`id-${next().toString(36)}-${i}`, `2026-0${1 + (next() % 9)}-1${next() % 10}T10:00:00.000Z`)
  return dates
}

describe('search hits newest first', () => {
  const dates = randomDates(5_000)
  const ids = [...dates.keys()]
  const order = createDateOrder(dates)

  it('orders a small result like a sort by date, ties by id backwards', () => {
    const hits = ids.filter((_, i) => i % 97 === 0)
    expect(order.newestFirst(hits)).toEqual(reference(dates, hits))
  })

  it('orders a large result the same way, through marks on the whole order', () => {
    const hits = ids.filter((_, i) => i % 3 !== 0)
    expect(order.newestFirst(hits)).toEqual(reference(dates, hits))
    expect(order.newestFirst(ids)).toEqual(reference(dates, ids))
  })

  it('puts hits it does not know last, and returns nothing for nothing', () => {
    expect(order.newestFirst(['unknown', ids[0] as string])).toEqual([ids[0], 'unknown'])
    expect(order.newestFirst([])).toEqual([])
  })

  it('orders by date first', () => {
    const small = createDateOrder(new Map([['a', '2026-01-02T00:00:00.000Z'], ['b', '2026-01-03T00:00:00.000Z'], ['c', '2026-01-01T00:00:00.000Z'], ['d', '2026-01-03T00:00:00.000Z']]))
    expect(small.newestFirst(['a', 'b', 'c', 'd'])).toEqual(['d', 'b', 'a', 'c'])
  })
})
