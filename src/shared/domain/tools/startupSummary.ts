import { addDays, type IsoDate } from './isoDate'
import { daysLeft, defaultReminderWindows, reminderMute, reminderState, toolReminder, type ReminderStage } from './reminder'
import { deadlinesBetween, trackedDeadline, type NoticeDeadline } from './renewal'
import type { Tool } from './tool'

export interface StartupSummaryItem {
  tool: Tool
  deadline: NoticeDeadline
  daysLeft: number
  stage: ReminderStage
}

export interface StartupSummary {
  /** Deadlines that passed since the app was last opened, the latest per tool, oldest first. */
  passed: StartupSummaryItem[]
  /** Deadlines that entered a reminder window, or a closer one, since the app was last opened; nearest first. */
  entered: StartupSummaryItem[]
}

/**
 * What changed while the app was closed. `lastOpened` is the day it was last
 * used (undefined on a first start: then every deadline in a window counts as
 * entered, and every overdue one as passed). A dismissed deadline or a snoozed
 * tool stays out. An auto-renewing contract whose deadline and end both passed
 * while closed still shows the missed deadline, though the contract has since
 * rolled on to its next term.
 */
export function startupSummary(
  tools: readonly Tool[],
  today: IsoDate,
  lastOpened: IsoDate | undefined,
  windows: readonly number[] = defaultReminderWindows
): StartupSummary {
  const since = lastOpened !== undefined && lastOpened < today ? lastOpened : today
  const passed: StartupSummaryItem[] = []
  const entered: StartupSummaryItem[] = []

  for (const tool of tools) {
    if (tool.status === 'cancelled') continue
    const missed = lastOpened === undefined ? firstStartOverdue(tool, today) : deadlinesBetween(tool, since, addDays(today, -1)).at(-1)
    if (missed && !reminderMute(tool.reminder, missed.deadline, today)) {
      const left = daysLeft(missed.deadline, today)
      passed.push({ tool, deadline: missed, daysLeft: left, stage: 'overdue' })
    }

    const reminder = toolReminder(tool, today, windows)
    if (!reminder || reminder.window === undefined || reminder.muted) continue
    const before = lastOpened === undefined ? undefined : reminderState(daysLeft(reminder.deadline.deadline, since), windows).window
    if (before === undefined || before > reminder.window) {
      entered.push({ tool, deadline: reminder.deadline, daysLeft: reminder.daysLeft, stage: reminder.stage })
    }
  }

  passed.sort((a, b) => a.deadline.deadline.localeCompare(b.deadline.deadline) || a.tool.name.localeCompare(b.tool.name))
  entered.sort((a, b) => a.daysLeft - b.daysLeft || a.tool.name.localeCompare(b.tool.name))
  return { passed, entered }
}

function firstStartOverdue(tool: Tool, today: IsoDate): NoticeDeadline | undefined {
  const current = trackedDeadline(tool, today)
  return current && current.deadline < today ? current : undefined
}
