import { describe, expect, it } from 'vitest'
import { renewalTimeline } from '@shared/domain/tools'
import { makeTool } from './makeTool'

describe('renewal timeline', () => {
  const today = '2026-04-15'
  const tools = [
    makeTool({ name: 'Jira', contractEnd: '2026-06-30', noticeDays: 30, autoRenew: true }),
    makeTool({ name: 'Notion', contractEnd: '2026-05-20', noticeDays: 60, autoRenew: true }),
    makeTool({ name: 'Slack', contractEnd: '2025-12-31', noticeDays: 90, autoRenew: true }),
    makeTool({ name: 'Loom', contractEnd: '2026-05-01', noticeDays: 7, autoRenew: true, billingCycle: 'monthly' }),
    makeTool({ name: 'Far away', contractEnd: '2028-01-31', noticeDays: 30 }),
    makeTool({ name: 'No end' }),
    makeTool({ name: 'Cancelled', status: 'cancelled', contractEnd: '2026-06-30', noticeDays: 30 })
  ]

  it('has one bucket per month, from this month on, empty ones included', () => {
    const { months } = renewalTimeline(tools, today, 12)
    expect(months.map((m) => m.month)).toEqual([
      '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09',
      '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03'
    ])
  })

  it('files each deadline under its month with its renewal date', () => {
    const { months } = renewalTimeline(tools, today, 3)
    const view = months.map((m) => ({
      month: m.month,
      entries: m.entries.map((e) => [e.tool.name, e.deadline.deadline, e.deadline.contractEnd, e.daysLeft])
    }))
    expect(view).toEqual([
      // Loom: 2026-05-01 − 7 = 2026-04-24, 9 days from Apr 15
      { month: '2026-04', entries: [['Loom', '2026-04-24', '2026-05-01', 9]] },
      {
        month: '2026-05',
        entries: [
          ['Loom', '2026-05-25', '2026-06-01', 40],
          ['Jira', '2026-05-31', '2026-06-30', 46]
        ]
      },
      { month: '2026-06', entries: [['Loom', '2026-06-24', '2026-07-01', 70]] }
    ])
  })

  it('places a rolled-forward renewal in its month', () => {
    // Slack renews to 2026-12-31; − 90 days = 2026-10-02. Loom's monthly term ending 2026-11-01 − 7 = 2026-10-25.
    const { months } = renewalTimeline(tools, today, 12)
    const october = months.find((m) => m.month === '2026-10')
    expect(october?.entries.map((e) => [e.tool.name, e.deadline.deadline, e.deadline.contractEnd])).toEqual([
      ['Slack', '2026-10-02', '2026-12-31'],
      ['Loom', '2026-10-25', '2026-11-01']
    ])
  })

  it('lists deadlines that passed before a renewal still ahead as overdue', () => {
    // Notion: 2026-05-20 − 60 days = 2026-03-21, 25 days ago
    const { overdue } = renewalTimeline(tools, today, 12)
    expect(overdue.map((e) => [e.tool.name, e.deadline.deadline, e.daysLeft])).toEqual([['Notion', '2026-03-21', -25]])
  })
})
