import { describe, expect, it } from 'vitest'
import { renewalOutlook, trackedDeadline } from '../../../src/shared/domain/tools/renewal'
import { contractWarnings, decisionChanges, decisionSaving, endsOfTerm, overdueNotices } from '../../../src/shared/domain/tools/renewalDecision'
import { makeTool } from './makeTool'

const today = '2026-03-10'

describe('deadlines that never hide', () => {
  const gong = makeTool({ name: 'Gong', pricing: 'per-seat', amount: 1440, seatsPurchased: 20, contractEnd: '2026-03-31', noticeDays: 60, autoRenew: true })

  it('lists a passed notice deadline whose renewal is still ahead, with the renewal price at stake, largest first', () => {
    const small = makeTool({ name: 'Small', amount: 100, contractEnd: '2026-04-30', noticeDays: 90, autoRenew: true })
    const snoozed = makeTool({ name: 'Snoozed', amount: 500, contractEnd: '2026-04-30', noticeDays: 90, autoRenew: true, reminder: { snoozedUntil: '2026-12-31' } })
    expect(overdueNotices([small, gong, snoozed], today).map((entry) => [entry.tool.name, entry.deadline, entry.daysOverdue, entry.atStake])).toEqual([
      ['Gong', '2026-01-30', 39, 28800],
      ['Snoozed', '2026-01-30', 39, 500],
      ['Small', '2026-01-30', 39, 100]
    ])
  })

  it('leaves out a cancelled tool and a contract that has already renewed past its deadline', () => {
    expect(overdueNotices([makeTool({ ...gong, status: 'cancelled' }), makeTool({ contractEnd: '2026-03-01', noticeDays: 10, billingCycle: 'annual' })], today)).toEqual([])
  })

  it('gives a contract that does not auto-renew no notice deadline but an end-of-term reminder', () => {
    const hotjar = makeTool({ name: 'Hotjar', contractEnd: '2026-03-24', noticeDays: 30, autoRenew: false })
    expect(renewalOutlook(hotjar, today)).toEqual({ kind: 'end-of-term', contractEnd: '2026-03-24', ended: false })
    expect(overdueNotices([hotjar], today)).toEqual([])
    expect(endsOfTerm([hotjar], today, 60).map((entry) => [entry.tool.name, entry.daysLeft])).toEqual([['Hotjar', 14]])
  })

  it('closes the alerts of the term a decision was recorded for, and measures the saving against the annual cost before it', () => {
    const changes = decisionChanges(gong, { kind: 'downgrade', decidedBy: 'Hannah Okafor', decidedOn: today, forContractEnd: '2026-03-31', terms: { seatsPurchased: 12 } })
    const decided = { ...gong, ...changes }
    expect(decided.renewalDecision).toEqual({ kind: 'downgrade', decidedBy: 'Hannah Okafor', decidedOn: today, forContractEnd: '2026-03-31', previousAnnual: 28800 })
    expect(overdueNotices([decided], today)).toEqual([])
    expect(trackedDeadline(decided, today)).toBeUndefined()
    expect(decisionSaving(decided)).toBe(28800 - 17280)
    // The next term's deadline reminds again.
    expect(trackedDeadline(decided, '2026-04-01')?.contractEnd).toBe('2027-03-31')
  })

  it('counts a cancellation as saving the whole annual cost, and stops the renewal', () => {
    const cancelled = { ...gong, ...decisionChanges(gong, { kind: 'cancel', decidedBy: 'Hannah', decidedOn: today, forContractEnd: '2026-03-31', terms: {} }) }
    expect(cancelled).toMatchObject({ autoRenew: false, status: 'deprecated' })
    expect(decisionSaving(cancelled)).toBe(28800)
  })
})

describe('contract warnings', () => {
  it('warns about more seats used than bought, and a notice period longer than the term', () => {
    expect(contractWarnings(makeTool({ seatsPurchased: 120, seatsUsed: 134 })).map((w) => w.kind)).toEqual(['seats-over'])
    expect(contractWarnings(makeTool({ billingCycle: 'monthly', contractEnd: '2026-03-31', noticeDays: 60, autoRenew: true })).map((w) => w.message)).toEqual([
      'The notice period (60 days) is longer than the term (31 days): notice would be due before the term begins'
    ])
    expect(contractWarnings(makeTool({ seatsPurchased: 10, seatsUsed: 10, noticeDays: 30 }))).toEqual([])
  })
})
