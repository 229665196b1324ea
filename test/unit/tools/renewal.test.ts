import { describe, expect, it } from 'vitest'
import { deadlinesBetween, noticeDeadline, trackedDeadline } from '@shared/domain/tools'
import { makeTool } from './makeTool'

const today = '2026-01-15'

describe('notice deadline', () => {
  it('subtracts the notice days from the contract end', () => {
    const tool = makeTool({ contractEnd: '2026-12-31', noticeDays: 60 })
    expect(noticeDeadline(tool, today)).toEqual({ deadline: '2026-11-01', contractEnd: '2026-12-31', renews: true, noticeDays: 60 })
  })

  it('crosses a month end: March 31 minus 30 days is March 1', () => {
    expect(noticeDeadline(makeTool({ contractEnd: '2026-03-31', noticeDays: 30 }), today)?.deadline).toBe('2026-03-01')
  })

  it('crosses February: March 31 2026 minus 31 days is February 28', () => {
    expect(noticeDeadline(makeTool({ contractEnd: '2026-03-31', noticeDays: 31 }), today)?.deadline).toBe('2026-02-28')
  })

  it('crosses a year end: January 15 minus 30 days is December 16', () => {
    expect(noticeDeadline(makeTool({ contractEnd: '2027-01-15', noticeDays: 30 }), today)?.deadline).toBe('2026-12-16')
  })

  it('puts the notice deadline on Feb 29 in a leap year', () => {
    expect(noticeDeadline(makeTool({ contractEnd: '2028-03-01', noticeDays: 1 }), today)?.deadline).toBe('2028-02-29')
  })

  it('puts the notice deadline on Feb 28 in a common year', () => {
    expect(noticeDeadline(makeTool({ contractEnd: '2027-03-01', noticeDays: 1 }), today)?.deadline).toBe('2027-02-28')
  })

  it('counts the leap day inside a long notice period', () => {
    // 2028-03-31 − 90 days: 31 (Mar) + 29 (Feb) + 30 of January → 2028-01-01
    expect(noticeDeadline(makeTool({ contractEnd: '2028-03-31', noticeDays: 90 }), today)?.deadline).toBe('2028-01-01')
  })

  it('has no deadline for a contract without an end date', () => {
    expect(noticeDeadline(makeTool({ noticeDays: 30, autoRenew: true }), today)).toBeUndefined()
  })

  it('treats a missing notice period as notice up to the last day', () => {
    expect(noticeDeadline(makeTool({ contractEnd: '2026-06-30' }), today)).toEqual({
      deadline: '2026-06-30',
      contractEnd: '2026-06-30',
      renews: true,
      noticeDays: 0
    })
  })

  it('keeps a future end as it is when auto-renew is on', () => {
    const tool = makeTool({ contractEnd: '2026-06-30', noticeDays: 30, autoRenew: true })
    expect(noticeDeadline(tool, today)).toEqual({ deadline: '2026-05-31', contractEnd: '2026-06-30', renews: true, noticeDays: 30 })
  })

  it('rolls a past annual end forward to the next renewal when auto-renew is on', () => {
    const tool = makeTool({ contractEnd: '2024-09-30', noticeDays: 30, autoRenew: true, billingCycle: 'annual' })
    expect(noticeDeadline(tool, today)).toEqual({ deadline: '2026-08-31', contractEnd: '2026-09-30', renews: true, noticeDays: 30 })
  })

  it('rolls a monthly contract forward by months, keeping the end of month', () => {
    // Jan 31 → Feb 28 → Mar 31: each term counted from the recorded end.
    const tool = makeTool({ contractEnd: '2026-01-31', noticeDays: 10, autoRenew: true, billingCycle: 'monthly' })
    expect(noticeDeadline(tool, '2026-03-01')).toEqual({ deadline: '2026-03-21', contractEnd: '2026-03-31', renews: true, noticeDays: 10 })
    expect(noticeDeadline(tool, '2026-02-10')?.contractEnd).toBe('2026-02-28')
  })

  it('rolls a quarterly contract forward by three months', () => {
    const tool = makeTool({ contractEnd: '2025-11-30', noticeDays: 30, autoRenew: true, billingCycle: 'quarterly' })
    // 2025-11-30 + 3 months = 2026-02-28 (clamped), which is after Jan 15
    expect(noticeDeadline(tool, today)).toMatchObject({ deadline: '2026-01-29', contractEnd: '2026-02-28' })
  })

  it('rolls a 36-month contract forward by three years', () => {
    const tool = makeTool({ contractEnd: '2025-06-30', noticeDays: 90, autoRenew: true, billingCycle: 'multi-year', cycleMonths: 36 })
    // 2028-06-30 − 90 days: 30 (Jun) + 31 (May) + 29 of April → 2028-04-01
    expect(noticeDeadline(tool, today)).toMatchObject({ deadline: '2028-04-01', contractEnd: '2028-06-30' })
  })

  it('rolls a Feb 29 end to Feb 28 in common years and back to Feb 29 in the next leap year', () => {
    const tool = makeTool({ contractEnd: '2024-02-29', autoRenew: true, billingCycle: 'annual' })
    expect(noticeDeadline(tool, today)?.contractEnd).toBe('2026-02-28')
    expect(noticeDeadline(tool, '2027-06-01')?.contractEnd).toBe('2028-02-29')
  })

  it('does not roll a contract that ends today', () => {
    const tool = makeTool({ contractEnd: today, noticeDays: 30, autoRenew: true })
    expect(noticeDeadline(tool, today)).toMatchObject({ deadline: '2025-12-16', contractEnd: '2026-01-15' })
  })

  it('gives a contract without auto-renew no notice to give: its end, even once passed, is the day to decide by', () => {
    const tool = makeTool({ contractEnd: '2025-09-30', noticeDays: 30, autoRenew: false })
    expect(noticeDeadline(tool, today)).toEqual({ deadline: '2025-09-30', contractEnd: '2025-09-30', renews: false, noticeDays: 0 })
  })
})

describe('tracked deadline', () => {
  it('tracks a deadline that passed while the contract still runs', () => {
    const tool = makeTool({ contractEnd: '2026-02-01', noticeDays: 30 })
    expect(trackedDeadline(tool, today)).toMatchObject({ deadline: '2026-01-02', contractEnd: '2026-02-01' })
  })

  it('stops tracking a contract that ended without renewing', () => {
    expect(trackedDeadline(makeTool({ contractEnd: '2026-01-14', noticeDays: 30, autoRenew: false }), today)).toBeUndefined()
  })

  it('stops tracking a cancelled tool', () => {
    expect(trackedDeadline(makeTool({ status: 'cancelled', contractEnd: '2026-06-30', noticeDays: 30 }), today)).toBeUndefined()
  })
})

describe('deadlines between two days', () => {
  it('lists one deadline per monthly term', () => {
    const tool = makeTool({ contractEnd: '2026-01-31', noticeDays: 7, autoRenew: true, billingCycle: 'monthly' })
    expect(deadlinesBetween(tool, '2026-01-01', '2026-04-30').map((d) => d.deadline)).toEqual([
      '2026-01-24',
      '2026-02-21',
      '2026-03-24',
      '2026-04-23'
    ])
  })

  it('lists a contract without auto-renew at most once', () => {
    const tool = makeTool({ contractEnd: '2026-03-31', noticeDays: 30, autoRenew: false })
    expect(deadlinesBetween(tool, '2026-01-01', '2027-12-31').map((d) => d.deadline)).toEqual(['2026-03-31'])
    expect(deadlinesBetween(tool, '2026-04-01', '2027-12-31')).toEqual([])
  })
})
