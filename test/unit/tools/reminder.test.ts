import { describe, expect, it } from 'vitest'
import { daysLeft, dismissReminder, reminderState, snoozeReminder, toolReminder } from '@shared/domain/tools'
import { makeTool } from './makeTool'

describe('days left', () => {
  it('counts whole days to the deadline, 0 on the day, negative after', () => {
    expect(daysLeft('2026-03-01', '2026-02-01')).toBe(28)
    expect(daysLeft('2026-03-01', '2026-03-01')).toBe(0)
    expect(daysLeft('2026-03-01', '2026-03-03')).toBe(-2)
  })
})

describe('reminder stage', () => {
  it.each([
    [121, 'none'],
    [120, '120'],
    [91, '120'],
    [90, '90'],
    [61, '90'],
    [60, '60'],
    [31, '60'],
    [30, '30'],
    [8, '30'],
    [7, '7'],
    [1, '7'],
    [0, '7'],
    [-1, 'overdue']
  ])('puts %i days left in stage %s', (days, stage) => {
    expect(reminderState(days).stage).toBe(stage)
  })

  it('gives the window as a number too', () => {
    expect(reminderState(45)).toEqual({ stage: '60', window: 60 })
    expect(reminderState(200)).toEqual({ stage: 'none' })
  })

  it('uses the windows from Settings, in any order, ignoring nonsense', () => {
    expect(reminderState(10, [14, 3, 45, 0, -5, 14])).toEqual({ stage: '14', window: 14 })
    expect(reminderState(50, [14, 3, 45])).toEqual({ stage: 'none' })
    expect(reminderState(2, [])).toEqual({ stage: 'none' })
    expect(reminderState(-3, [])).toEqual({ stage: 'overdue' })
  })
})

describe('tool reminder', () => {
  const tool = makeTool({ id: 'figma', contractEnd: '2026-05-31', noticeDays: 30 })

  it('combines deadline, days left and stage', () => {
    expect(toolReminder(tool, '2026-04-21')).toEqual({
      toolId: 'figma',
      deadline: { deadline: '2026-05-01', contractEnd: '2026-05-31', renews: true, noticeDays: 30 },
      daysLeft: 10,
      stage: '30',
      window: 30
    })
  })

  it('has no reminder for a contract without an end date', () => {
    expect(toolReminder(makeTool({ noticeDays: 30 }), '2026-04-21')).toBeUndefined()
  })

  it('is silent while snoozed and back on the day the snooze ends', () => {
    const snoozed = { ...tool, reminder: snoozeReminder(undefined, '2026-04-25') }
    expect(toolReminder(snoozed, '2026-04-24')?.muted).toBe('snoozed')
    expect(toolReminder(snoozed, '2026-04-25')?.muted).toBeUndefined()
  })

  it('stays silent for a dismissed deadline, even once overdue', () => {
    const dismissed = { ...tool, reminder: dismissReminder(undefined, '2026-05-01') }
    expect(toolReminder(dismissed, '2026-04-21')?.muted).toBe('dismissed')
    expect(toolReminder(dismissed, '2026-05-10')).toMatchObject({ stage: 'overdue', muted: 'dismissed' })
  })

  it('comes back for the next deadline after one was dismissed', () => {
    const renewing = makeTool({
      contractEnd: '2026-05-31',
      noticeDays: 30,
      autoRenew: true,
      reminder: dismissReminder(undefined, '2026-05-01')
    })
    // After May 31 the contract has renewed to 2027-05-31; its deadline 2027-05-01 was not dismissed.
    const next = toolReminder(renewing, '2027-04-01')
    expect(next).toMatchObject({ deadline: { deadline: '2027-05-01' }, daysLeft: 30, stage: '30' })
    expect(next?.muted).toBeUndefined()
  })

  it('keeps a snooze when dismissing and a dismissal when snoozing', () => {
    expect(dismissReminder(snoozeReminder(undefined, '2026-04-25'), '2026-05-01')).toEqual({
      snoozedUntil: '2026-04-25',
      dismissedFor: '2026-05-01'
    })
  })
})
