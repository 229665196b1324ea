import { describe, expect, it } from 'vitest'
import { planRetention, type RetentionCandidate } from '../../../src/shared/workspaceFile'

const now = new Date('2026-12-02T12:00:00.000Z')
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString()
const backup = (id: string, hours: number, extra: Partial<RetentionCandidate> = {}): RetentionCandidate => ({ id, createdAt: hoursAgo(hours), verified: true, ours: true, ...extra })

describe('backup retention', () => {
  it('keeps every backup of the last 24 hours', () => {
    const recent = [1, 2, 5, 9, 23].map((hours) => backup(`h${hours}`, hours))
    expect(planRetention(recent, now).remove).toEqual([])
  })

  it('keeps the newest backup of each day for 14 days and drops the others of that day', () => {
    // 2026-11-28: three backups at 08:00, 10:00 and 11:00 UTC.
    const plan = planRetention([backup('now', 0), backup('d4-08', 100), backup('d4-10', 98), backup('d4-11', 97)], now)
    expect(plan.keep).toEqual(['now', 'd4-11'])
    expect(plan.remove).toEqual(['d4-08', 'd4-10'])
  })

  it('keeps one per week for 8 weeks, then nothing older', () => {
    const weekly = [20, 21, 25, 35, 36, 50].map((days) => backup(`d${days}`, days * 24))
    const plan = planRetention([backup('now', 0), ...weekly, backup('d70', 70 * 24)], now)
    // 20 and 21 days ago share the UTC week of Mon 2026-11-09, 35 and 36 that of Mon 2026-10-26.
    expect(plan.keep).toEqual(['now', 'd20', 'd25', 'd35', 'd50'])
    expect(plan.remove).toEqual(['d21', 'd36', 'd70'])
  })

  it('never removes a file Opsdeck did not write', () => {
    const plan = planRetention([backup('now', 0), backup('theirs', 24 * 200, { ours: false })], now)
    expect(plan.remove).toEqual([])
  })

  it('never removes the newest verified backup, however old', () => {
    const plan = planRetention([backup('failed', 1, { verified: false }), backup('old', 24 * 400)], now)
    expect(plan.keep).toEqual(['old'])
    expect(plan.remove).toEqual(['failed'])
  })

  it('keeps backups dated in the future or with an unreadable date', () => {
    const plan = planRetention([backup('now', 0), backup('future', -48), { id: 'odd', createdAt: 'yesterday', verified: true, ours: true }], now)
    expect(plan.remove).toEqual([])
  })

  it('drops unverified backups even when recent, as long as a verified one remains', () => {
    const plan = planRetention([backup('good', 3), backup('bad', 1, { verified: false })], now)
    expect(plan.remove).toEqual(['bad'])
  })
})
