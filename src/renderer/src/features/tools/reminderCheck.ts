import { isIsoDate, localIsoDate, type IsoDate } from '@shared/domain/tools/isoDate'
import { startupSummary, type StartupSummary, type StartupSummaryItem } from '@shared/domain/tools/startupSummary'
import { formatDay } from '@shared/format/day'
import { getLastOpenedAt, getToolSettings, listTools, setLastOpenedAt } from '../../db/tools'
import { daysLeftLabel } from './deadlineText'

export interface ReminderCheck {
  summary: StartupSummary
  /** The day the previous check ran; undefined on the first check of an inventory. */
  since?: IsoDate
}

/** The stored day, also when an older build stored a full timestamp. */
function storedDay(value: string | undefined): IsoDate | undefined {
  if (value === undefined) return undefined
  if (isIsoDate(value)) return value
  const instant = new Date(value)
  return Number.isNaN(instant.getTime()) ? undefined : localIsoDate(instant)
}

export function isSummaryEmpty(summary: StartupSummary): boolean {
  return summary.passed.length === 0 && summary.entered.length === 0
}

/**
 * What passed or came close since the last check, then remembers today. At
 * most once a day: a later check the same day has nothing new to say. An empty
 * inventory is not checked, so the first check after tools are added covers
 * every deadline already in a window.
 */
export async function checkToolReminders(now: Date = new Date()): Promise<ReminderCheck | undefined> {
  const today = localIsoDate(now)
  const [tools, lastOpened, settings] = await Promise.all([listTools(), getLastOpenedAt(), getToolSettings()])
  if (tools.length === 0) return undefined
  const since = storedDay(lastOpened)
  if (since !== undefined && since >= today) return undefined
  const summary = startupSummary(tools, today, since, settings.reminderWindows)
  await setLastOpenedAt(today)
  return { summary, since }
}

function line({ tool, deadline, daysLeft }: StartupSummaryItem): string {
  return daysLeft < 0 ? `${tool.name}: notice was due ${formatDay(deadline.deadline)}` : `${tool.name}: ${daysLeftLabel(daysLeft).toLowerCase()} to give notice (${formatDay(deadline.deadline)})`
}

/** One desktop notification for the whole summary. */
export function reminderNotification(summary: StartupSummary): { title: string; body: string } {
  const items = [...summary.passed, ...summary.entered]
  const first = items[0]
  const title = items.length === 1 && first ? `Notice deadline: ${first.tool.name}` : `${items.length} notice deadlines need a decision`
  return { title, body: items.slice(0, 6).map(line).join('\n') + (items.length > 6 ? `\n…and ${items.length - 6} more in Opsdeck` : '') }
}
