import { describe, expect, it } from 'vitest'
import type { Feedback } from '../../src/shared/domain/feedback/feedback'
import { db } from '../../src/renderer/src/db/db'
import { countFeedback, newestFirst, readFeedbackRows } from '../../src/renderer/src/db/feedbackPages'
import { feedbackQueryFor } from '../../src/renderer/src/db/feedbackQuery'

const local = (y: number, m: number, d: number, h = 0, mi = 0) => new Date(y, m - 1, d, h, mi).toISOString()

function row(id: string, receivedAt: string, receivedDate?: string): Feedback {
  return {
    id, text: `feedback ${id}`, receivedAt, ...(receivedDate ? { receivedDate } : {}), source: 'csv', importedTags: [], extra: {}, dedupeKey: `k:${id}`,
    status: 'new', tags: [], themeIds: [], notes: '', createdAt: '', updatedAt: ''
  }
}

describe('the inbox’s date filter against the database', () => {
  it('takes a day as the user’s calendar day, and a date alone as that date', async () => {
    await db.feedback.bulkAdd([
      row('morning', local(2026, 9, 1, 0, 5)),
      row('night', local(2026, 9, 1, 23, 55)),
      row('dateOnly', '2026-09-01T12:00:00.000Z', '2026-09-01'),
      row('dayBefore', local(2026, 8, 31, 23, 59)),
      row('dateBefore', '2026-08-31T12:00:00.000Z', '2026-08-31'),
      row('dayAfter', local(2026, 9, 2, 0, 1)),
      row('dateAfter', '2026-09-02T12:00:00.000Z', '2026-09-02')
    ])
    const query = await feedbackQueryFor({ dateFrom: '2026-09-01', dateTo: '2026-09-01' })
    const { rows } = await readFeedbackRows(query, newestFirst, 100)
    expect(rows.map((r) => r.id).sort()).toEqual(['dateOnly', 'morning', 'night'])
    expect(await countFeedback(query)).toBe(3)
    const { rows: onwards } = await readFeedbackRows(await feedbackQueryFor({ dateFrom: '2026-09-02' }), newestFirst, 100)
    expect(onwards.map((r) => r.id).sort()).toEqual(['dateAfter', 'dayAfter'])
  })
})
