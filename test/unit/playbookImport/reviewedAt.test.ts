import { describe, expect, it } from 'vitest'
import { calendarDay } from '../../../src/shared/domain/playbooks/calendarDay'
import { reviewedAt } from '../../../src/shared/playbookImport/planImport'

// Run under several zones: TZ=America/Los_Angeles, TZ=Asia/Tokyo, TZ=UTC.
describe(`a last-reviewed date in an import (TZ=${process.env.TZ ?? 'local'})`, () => {
  it('keeps a date-only value on its calendar day in the user’s zone', () => {
    expect(calendarDay(reviewedAt('2025-03-01'))).toBe('2025-03-01')
    expect(calendarDay(reviewedAt('2024-12-31'))).toBe('2024-12-31')
  })

  it('keeps a timestamp as the instant it names', () => {
    expect(reviewedAt('2025-03-01T23:30:00Z')).toBe('2025-03-01T23:30:00.000Z')
    expect(reviewedAt('2025-03-01T08:00:00+09:00')).toBe('2025-02-28T23:00:00.000Z')
  })
})
