import { describe, expect, it } from 'vitest'
import type { Feedback } from '../../src/shared/domain/feedback/feedback'
import { db } from '../../src/renderer/src/db/db'
import { recountStatuses } from '../../src/renderer/src/db/feedbackCounts'
import { countFeedback, everyFeedback, openFeedbackReader, readFeedbackRows, type FeedbackQuery } from '../../src/renderer/src/db/feedbackPages'

function row(id: string, receivedAt: string, extra: Partial<Feedback> = {}): Feedback {
  return {
    id, text: `feedback ${id}`, receivedAt, source: 'zendesk', importedTags: [], extra: {}, dedupeKey: `k:${id}`,
    status: 'new', tags: [], themeIds: [], notes: '', createdAt: '', updatedAt: '', ...extra
  }
}

/** 25 rows over 10 days, several on the same instant, so pages must break ties by id. */
async function seed(): Promise<Feedback[]> {
  const rows = Array.from({ length: 25 }, (_, i) =>
    row(`r${String(i).padStart(2, '0')}`, `2026-01-${String(1 + (i % 10)).padStart(2, '0')}T10:00:00.000Z`, {
      status: i % 3 === 0 ? 'archived' : 'new',
      revenue: i % 4 === 0 ? undefined : (i * 37) % 11,
      company: i % 2 ? 'Acme' : 'Globex'
    })
  )
  await db.feedback.bulkAdd(rows)
  // Seeded straight into the table: counted afresh, as the app's own writes keep it.
  await recountStatuses()
  return rows
}

async function readAll(query: FeedbackQuery, sort: Parameters<typeof openFeedbackReader>[1], pageSize: number): Promise<string[]> {
  const reader = openFeedbackReader(query, sort)
  const ids: string[] = []
  while (!reader.done) ids.push(...(await reader.next(pageSize)).map((r) => r.id))
  return ids
}

describe('reading the inbox page by key', () => {
  it('walks every row newest first in small pages, ties broken by id, with no row twice', async () => {
    const rows = await seed()
    const expected = [...rows].sort((a, b) => (a.receivedAt === b.receivedAt ? (a.id < b.id ? 1 : -1) : a.receivedAt < b.receivedAt ? 1 : -1)).map((r) => r.id)
    expect(await readAll(everyFeedback, { key: 'receivedAt', direction: 'desc' }, 4)).toEqual(expected)
    expect(await readAll(everyFeedback, { key: 'receivedAt', direction: 'asc' }, 3)).toEqual([...expected].reverse())
  })

  it('reads one status through its index and the rest of the filter as a predicate', async () => {
    await seed()
    const query: FeedbackQuery = { status: 'new', predicate: (r) => r.status === 'new' && r.company === 'Acme' }
    const ids = await readAll(query, { key: 'receivedAt', direction: 'desc' }, 2)
    expect(ids.length).toBe(await countFeedback(query))
    expect(ids.length).toBeGreaterThan(0)
    for (const id of ids) expect(Number(id.slice(1)) % 3 !== 0 && Number(id.slice(1)) % 2 === 1).toBe(true)
  })

  it('sorts by revenue with rows without revenue last, the same in pages as in one go', async () => {
    await seed()
    const inPages = await readAll(everyFeedback, { key: 'revenue', direction: 'desc' }, 5)
    const inOne = (await readFeedbackRows(everyFeedback, { key: 'revenue', direction: 'desc' }, 100)).rows
    expect(inPages).toEqual(inOne.map((r) => r.id))
    const revenues = inOne.map((r) => r.revenue)
    const withValue = revenues.filter((r) => r !== undefined) as number[]
    expect(withValue).toEqual([...withValue].sort((a, b) => b - a))
    expect(revenues.slice(withValue.length).every((r) => r === undefined)).toBe(true)
  })

  it('reads candidates by id when they are known, and counts them', async () => {
    await seed()
    const query: FeedbackQuery = { candidateIds: ['r01', 'r02', 'r03', 'missing'], predicate: (r) => r.status === 'new' }
    expect((await readFeedbackRows(query, { key: 'receivedAt', direction: 'desc' }, 10)).rows.map((r) => r.id)).toEqual(['r02', 'r01'])
    expect(await countFeedback(query)).toBe(2)
  })

  it('says whether more rows remain after the first page', async () => {
    await seed()
    expect((await readFeedbackRows(everyFeedback, { key: 'receivedAt', direction: 'desc' }, 10)).hasMore).toBe(true)
    expect((await readFeedbackRows(everyFeedback, { key: 'receivedAt', direction: 'desc' }, 25)).hasMore).toBe(false)
    expect(await countFeedback(everyFeedback)).toBe(25)
    expect(await countFeedback({ status: 'archived', predicate: (r) => r.status === 'archived', exactByIndex: true })).toBe(9)
  })

  it('pages through thousands of search hits in their date order, reading a page at a time, and counts them without reading rows', async () => {
    const rows = Array.from({ length: 3_000 }, (_, i) =>
      row(`c${String(i).padStart(4, '0')}`, new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), { status: i % 2 ? 'new' : 'reviewed', mergedIntoId: i === 2_997 ? 'c0000' : undefined })
    )
    await db.feedback.bulkAdd(rows)
    // Seeded straight into the table: counted afresh, as the app's own writes keep it.
    await recountStatuses()
    const hits = rows.filter((_, i) => i % 3 === 0).map((r) => r.id).reverse()
    const withStatus: FeedbackQuery = { candidateIds: hits, candidatesNewestFirst: true, status: 'new', predicate: (r) => r.status === 'new' && !r.mergedIntoId, candidatesExactByIndex: true, merged: 'exclude' }
    const expected = rows.filter((r, i) => i % 3 === 0 && r.status === 'new' && !r.mergedIntoId).map((r) => r.id).reverse()
    expect(await readAll(withStatus, { key: 'receivedAt', direction: 'desc' }, 150)).toEqual(expected)
    expect(await readAll(withStatus, { key: 'receivedAt', direction: 'asc' }, 150)).toEqual([...expected].reverse())
    expect(await countFeedback(withStatus)).toBe(expected.length)
    const anyStatus: FeedbackQuery = { candidateIds: hits, candidatesNewestFirst: true, predicate: (r) => !r.mergedIntoId, candidatesExactByIndex: true, merged: 'exclude' }
    expect(await countFeedback(anyStatus)).toBe(hits.length - 1)
  })
})
