import { describe, expect, it } from 'vitest'
import { getLastOpenedAt, setLastOpenedAt } from '../../src/renderer/src/db/tools'
import { checkToolReminders, isSummaryEmpty, reminderNotification } from '../../src/renderer/src/features/tools/reminderCheck'
import { addDays } from '../../src/shared/domain/tools/isoDate'
import { useFixedClock } from './fixedClock'
import { inDays, loadSample, putTools, today, toolRecord } from './toolsFixtures'

useFixedClock()

describe('the start-up reminder check', () => {
  it('lists a tool whose notice deadline is 10 days away on the first check of the inventory', async () => {
    await putTools(toolRecord({ id: 'notion', name: 'Notion', contractEnd: inDays(17), noticeDays: 7 }))
    const check = await checkToolReminders()
    expect(check?.since).toBeUndefined()
    expect(check?.summary.entered.map((item) => [item.tool.name, item.daysLeft, item.stage])).toEqual([['Notion', 10, '30']])
    expect(await getLastOpenedAt()).toBe(today())
  })

  it('says nothing more the same day, and does not remember a day while the inventory is empty', async () => {
    expect(await checkToolReminders()).toBeUndefined()
    expect(await getLastOpenedAt()).toBeUndefined()
    await putTools(toolRecord({ name: 'Notion', contractEnd: inDays(17), noticeDays: 7 }))
    expect(await checkToolReminders()).toBeDefined()
    expect(await checkToolReminders()).toBeUndefined()
  })

  it('reports a deadline that entered a closer window, or passed, while the app was closed', async () => {
    await setLastOpenedAt(inDays(-5))
    await putTools(
      // 8 days left five days ago (30-day window), 3 days left now (7-day window).
      toolRecord({ name: 'Closer', contractEnd: inDays(33), noticeDays: 30 }),
      // 2 days left five days ago; passed three days ago.
      toolRecord({ name: 'Missed', contractEnd: inDays(27), noticeDays: 30 }),
      // Already in the 30-day window five days ago and still in it.
      toolRecord({ name: 'Same', contractEnd: inDays(50), noticeDays: 30 })
    )
    const check = await checkToolReminders()
    expect(check?.since).toBe(inDays(-5))
    expect(check?.summary.entered.map((item) => item.tool.name)).toEqual(['Closer'])
    expect(check?.summary.passed.map((item) => item.tool.name)).toEqual(['Missed'])
  })

  it('leaves out snoozed and dismissed reminders', async () => {
    await putTools(
      toolRecord({ name: 'Snoozed', contractEnd: inDays(17), noticeDays: 7, reminder: { snoozedUntil: inDays(3) } }),
      toolRecord({ name: 'Dismissed', contractEnd: inDays(17), noticeDays: 7, reminder: { dismissedFor: inDays(10) } })
    )
    const check = await checkToolReminders()
    expect(check && isSummaryEmpty(check.summary)).toBe(true)
  })

  it('reads a timestamp stored by an older build as its day', async () => {
    await setLastOpenedAt(new Date(Date.now() - 86_400_000).toISOString())
    await putTools(toolRecord({ name: 'Notion', contractEnd: inDays(17), noticeDays: 7 }))
    const check = await checkToolReminders()
    expect(check?.since).toBe(addDays(today(), -1))
  })

  it('finds the sample workspace’s 10-day deadlines of Amplitude and Notion', async () => {
    await loadSample()
    const check = await checkToolReminders()
    const tenDays = check?.summary.entered.filter((item) => item.daysLeft === 10).map((item) => item.tool.name)
    expect(tenDays).toEqual(['Amplitude', 'Notion'])
  })
})

describe('the desktop notification', () => {
  it('names the one tool when there is one', async () => {
    await putTools(toolRecord({ name: 'Notion', contractEnd: inDays(17), noticeDays: 7 }))
    const check = await checkToolReminders()
    const notification = reminderNotification(check!.summary)
    expect(notification.title).toBe('Notice deadline: Notion')
    expect(notification.body).toMatch(/^Notion: 10 days left to give notice \(/)
  })

  it('counts them when there are several', async () => {
    await loadSample()
    const check = await checkToolReminders()
    const notification = reminderNotification(check!.summary)
    expect(notification.title).toBe(`${check!.summary.entered.length} notice deadlines need a decision`)
    expect(notification.body.split('\n').length).toBeLessThanOrEqual(7)
  })
})
