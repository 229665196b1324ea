import { describe, expect, it } from 'vitest'
import { dismissReminder, snoozeReminder, startupSummary, type StartupSummary } from '@shared/domain/tools'
import { makeTool } from './makeTool'

const today = '2026-04-20'

function view(summary: StartupSummary) {
  return {
    passed: summary.passed.map((i) => [i.tool.name, i.deadline.deadline, i.daysLeft]),
    entered: summary.entered.map((i) => [i.tool.name, i.deadline.deadline, i.daysLeft, i.stage])
  }
}

describe('start-up summary', () => {
  it('shows a tool whose notice deadline is 10 days away', () => {
    // 2026-05-30 − 30 days = 2026-04-30: 10 days after Apr 20, 46 days after Mar 15 (then in the 60-day window)
    const tool = makeTool({ name: 'Figma', contractEnd: '2026-05-30', noticeDays: 30 })
    expect(view(startupSummary([tool], today, '2026-03-15'))).toEqual({
      passed: [],
      entered: [['Figma', '2026-04-30', 10, '30']]
    })
  })

  it('shows every deadline in a window on a first start', () => {
    const tool = makeTool({ name: 'Figma', contractEnd: '2026-05-30', noticeDays: 30 })
    expect(view(startupSummary([tool], today, undefined)).entered).toEqual([['Figma', '2026-04-30', 10, '30']])
  })

  it('does not repeat a window the user already saw', () => {
    // On Apr 18 the deadline was 12 days away: already in the 30-day window
    const tool = makeTool({ name: 'Figma', contractEnd: '2026-05-30', noticeDays: 30 })
    expect(view(startupSummary([tool], today, '2026-04-18')).entered).toEqual([])
    expect(view(startupSummary([tool], today, today)).entered).toEqual([])
  })

  it('shows a move into a closer window', () => {
    // Deadline 2026-04-25: 8 days away on Apr 17 (stage 30), 5 days away today (stage 7)
    const tool = makeTool({ name: 'Miro', contractEnd: '2026-05-25', noticeDays: 30 })
    expect(view(startupSummary([tool], today, '2026-04-17')).entered).toEqual([['Miro', '2026-04-25', 5, '7']])
  })

  it('shows a deadline that passed while the app was closed', () => {
    // 2026-05-15 − 30 days = 2026-04-15, five days ago
    const tool = makeTool({ name: 'Jira', contractEnd: '2026-05-15', noticeDays: 30 })
    expect(view(startupSummary([tool], today, '2026-04-10'))).toEqual({ passed: [['Jira', '2026-04-15', -5]], entered: [] })
  })

  it('does not repeat a deadline that had passed before the last start', () => {
    const tool = makeTool({ name: 'Jira', contractEnd: '2026-05-15', noticeDays: 30 })
    expect(view(startupSummary([tool], today, '2026-04-16')).passed).toEqual([])
  })

  it('shows a missed deadline of an auto-renewing contract that has since rolled on', () => {
    // Term ended 2026-04-10 (deadline 2026-03-11) while closed; it now runs to 2027-04-10
    const tool = makeTool({ name: 'Slack', contractEnd: '2026-04-10', noticeDays: 30, autoRenew: true })
    expect(view(startupSummary([tool], today, '2026-03-01'))).toEqual({ passed: [['Slack', '2026-03-11', -40]], entered: [] })
  })

  it('leaves out dismissed deadlines and snoozed tools', () => {
    const soon = { contractEnd: '2026-05-30', noticeDays: 30 }
    const tools = [
      makeTool({ name: 'Dismissed', ...soon, reminder: dismissReminder(undefined, '2026-04-30') }),
      makeTool({ name: 'Snoozed', ...soon, reminder: snoozeReminder(undefined, '2026-04-22') }),
      makeTool({ name: 'Snooze over', ...soon, reminder: snoozeReminder(undefined, '2026-04-20') }),
      makeTool({ name: 'Dismissed an older deadline', ...soon, reminder: dismissReminder(undefined, '2025-04-30') })
    ]
    expect(view(startupSummary(tools, today, '2026-03-01')).entered.map(([name]) => name)).toEqual([
      'Dismissed an older deadline',
      'Snooze over'
    ])
  })

  it('ignores cancelled tools and contracts without an end', () => {
    const tools = [
      makeTool({ status: 'cancelled', contractEnd: '2026-05-30', noticeDays: 30 }),
      makeTool({ noticeDays: 30 })
    ]
    expect(view(startupSummary(tools, today, '2026-01-01'))).toEqual({ passed: [], entered: [] })
  })
})
