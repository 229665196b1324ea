import type { ReminderStage } from '@shared/domain/tools/reminder'
import { formatCount } from '@shared/format/money'

/** "10 days left", "Due today", "3 days overdue". */
export function daysLeftLabel(days: number): string {
  if (days === 0) return 'Due today'
  const count = Math.abs(days)
  const unit = count === 1 ? 'day' : 'days'
  return days > 0 ? `${formatCount(count)} ${unit} left` : `${formatCount(count)} ${unit} overdue`
}

/** "30-day window", "Overdue", "Not yet in a window". */
export function stageLabel(stage: ReminderStage): string {
  if (stage === 'overdue') return 'Overdue'
  if (stage === 'none') return 'Not yet in a window'
  return `${stage}-day window`
}

/** Closer is hotter: overdue and the last week are red. */
export function stageColor(stage: ReminderStage): string {
  if (stage === 'overdue') return 'red'
  if (stage === 'none') return 'gray'
  const window = Number(stage)
  if (window <= 7) return 'red'
  if (window <= 30) return 'orange'
  if (window <= 60) return 'yellow'
  return 'blue'
}
