import { addMonths, endOfMonth, monthOf, startOfMonth, type IsoDate } from './isoDate'
import { daysLeft } from './reminder'
import { deadlinesBetween, trackedDeadline, type NoticeDeadline } from './renewal'
import type { Tool } from './tool'

export interface TimelineEntry {
  tool: Tool
  deadline: NoticeDeadline
  daysLeft: number
}

export interface TimelineMonth {
  /** 'YYYY-MM' */
  month: string
  entries: TimelineEntry[]
}

export interface RenewalTimeline {
  /** Deadlines already passed whose contract has not ended yet: late, but the renewal is still ahead. */
  overdue: TimelineEntry[]
  /** The current month and the `months − 1` after it, empty months included, each with the deadlines that fall in it from today on. */
  months: TimelineMonth[]
}

function byDeadline(a: TimelineEntry, b: TimelineEntry): number {
  return a.deadline.deadline.localeCompare(b.deadline.deadline) || a.tool.name.localeCompare(b.tool.name)
}

/** Notice deadlines for the next `months` calendar months, grouped by the month of the deadline; a monthly auto-renewing tool appears once per term. */
export function renewalTimeline(tools: readonly Tool[], today: IsoDate, months = 12): RenewalTimeline {
  const firstMonth = startOfMonth(today)
  const buckets: TimelineMonth[] = Array.from({ length: Math.max(0, months) }, (_, i) => ({
    month: monthOf(addMonths(firstMonth, i)),
    entries: []
  }))
  const overdue: TimelineEntry[] = []
  const last = buckets.at(-1)
  const windowEnd = last ? endOfMonth(`${last.month}-01`) : undefined

  for (const tool of tools) {
    const current = trackedDeadline(tool, today)
    if (!current) continue
    if (current.deadline < today) overdue.push({ tool, deadline: current, daysLeft: daysLeft(current.deadline, today) })
    if (!windowEnd) continue
    for (const deadline of deadlinesBetween(tool, today, windowEnd)) {
      const bucket = buckets.find((b) => b.month === monthOf(deadline.deadline))
      bucket?.entries.push({ tool, deadline, daysLeft: daysLeft(deadline.deadline, today) })
    }
  }
  for (const bucket of buckets) bucket.entries.sort(byDeadline)
  return { overdue: overdue.sort(byDeadline), months: buckets }
}
