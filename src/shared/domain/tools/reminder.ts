import { daysBetween, type IsoDate } from './isoDate'
import { trackedDeadline, type NoticeDeadline } from './renewal'
import type { Tool, ToolReminderSettings } from './tool'

/** Days before a notice deadline when a reminder is due, as SaaS managers step them. */
export const defaultReminderWindows: readonly number[] = [120, 90, 60, 30, 7]

/** 'none' (further than the widest window), a window such as '30', or 'overdue' (the deadline has passed). */
export type ReminderStage = 'none' | 'overdue' | `${number}`

export interface ReminderState {
  stage: ReminderStage
  /** The window as a number, when the stage is one. */
  window?: number
}

/** Days from today to the deadline: 0 on the deadline itself, negative once it has passed. */
export function daysLeft(deadline: IsoDate, today: IsoDate): number {
  return daysBetween(today, deadline)
}

/** Positive whole windows, smallest first, each once. */
export function normaliseWindows(windows: readonly number[]): number[] {
  return [...new Set(windows.filter((w) => Number.isInteger(w) && w > 0))].sort((a, b) => a - b)
}

/**
 * The smallest window that still contains `daysLeft`. With the default
 * windows: 0..7 days is '7', 8..30 is '30', 31..60 is '60', 61..90 is '90',
 * 91..120 is '120', 121 or more is 'none', and below 0 is 'overdue'.
 */
export function reminderState(daysLeft: number, windows: readonly number[] = defaultReminderWindows): ReminderState {
  if (daysLeft < 0) return { stage: 'overdue' }
  const window = normaliseWindows(windows).find((w) => daysLeft <= w)
  return window === undefined ? { stage: 'none' } : { stage: `${window}`, window }
}

export type ReminderMute = 'snoozed' | 'dismissed'

/** Why the reminder for `deadline` is silent on `today`, if it is. */
export function reminderMute(settings: ToolReminderSettings | undefined, deadline: IsoDate, today: IsoDate): ReminderMute | undefined {
  if (settings?.dismissedFor === deadline) return 'dismissed'
  if (settings?.snoozedUntil !== undefined && today < settings.snoozedUntil) return 'snoozed'
  return undefined
}

export interface ToolReminder extends ReminderState {
  toolId: string
  deadline: NoticeDeadline
  daysLeft: number
  muted?: ReminderMute
}

/** The reminder for a tool on `today`; undefined when it has no deadline to track (no end date, cancelled, contract over). */
export function toolReminder(tool: Tool, today: IsoDate, windows: readonly number[] = defaultReminderWindows): ToolReminder | undefined {
  const deadline = trackedDeadline(tool, today)
  if (!deadline) return undefined
  const left = daysLeft(deadline.deadline, today)
  const muted = reminderMute(tool.reminder, deadline.deadline, today)
  return { toolId: tool.id, deadline, daysLeft: left, ...reminderState(left, windows), ...(muted ? { muted } : {}) }
}

/** Silences the tool's reminders until `until`; they come back on that day. */
export function snoozeReminder(settings: ToolReminderSettings | undefined, until: IsoDate): ToolReminderSettings {
  return { ...settings, snoozedUntil: until }
}

/** Silences the reminder for this one deadline; the next deadline reminds again. */
export function dismissReminder(settings: ToolReminderSettings | undefined, deadline: IsoDate): ToolReminderSettings {
  return { ...settings, dismissedFor: deadline }
}
