import { describe, expect, it } from 'vitest'
import type { Feedback } from '../../src/shared/domain/feedback/feedback'
import { exportColumns, feedbackCsv } from '../../src/renderer/src/features/feedback/feedbackExports'

const row: Feedback = {
  id: 'f1', text: '=SUM(A1) "quoted", with comma', receivedAt: '2026-03-01T10:00:00.000Z', source: 'zendesk', importedTags: ['pdf'], extra: { Region: 'EMEA' },
  dedupeKey: 'k', status: 'linked', tags: ['billing'], themeIds: ['t1'], notes: 'Called them', createdAt: '', updatedAt: '', customerName: 'Zoë', company: 'Acme', revenue: 120, revenueCurrency: 'EUR'
}

describe('exporting the current view', () => {
  it('writes the view\'s columns, the extra attributes it shows, ids and notes', () => {
    expect(exportColumns(['text', 'customer', 'revenue', 'extra:Region', 'themes'])).toEqual([
      'id', 'receivedAt', 'title', 'text', 'customerName', 'customerEmail', 'revenue', 'revenueCurrency', 'extra:Region', 'themes', 'notes'
    ])
  })

  it('writes UTF-8 with a BOM for Excel on request, escapes formulas and quotes, and names themes', () => {
    const columns = exportColumns(['text', 'customer', 'extra:Region', 'themes'])
    const plain = feedbackCsv([row], columns, new Map([['t1', 'Exports']]), false)
    const excel = feedbackCsv([row], columns, new Map([['t1', 'Exports']]), true)
    expect(plain.startsWith('\uFEFF')).toBe(false)
    expect(excel.startsWith('\uFEFFID,Received at,Title,Text,Customer,Email,Region,Themes,Notes')).toBe(true)
    expect(plain).toContain(`"'=SUM(A1) ""quoted"", with comma"`)
    expect(plain).toContain('Zoë')
    expect(plain).toContain('EMEA,Exports,Called them')
  })
})
