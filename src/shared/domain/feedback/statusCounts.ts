import { feedbackStatuses, type Feedback, type FeedbackStatus } from './feedback'

export type StatusCounts = Record<FeedbackStatus, number>

/** The counters record that holds feedback per status. */
export const STATUS_COUNTS_KEY = 'feedbackByStatus'

export function zeroStatusCounts(): StatusCounts {
  return { new: 0, reviewed: 0, linked: 0, archived: 0 }
}

export function totalOf(counts: StatusCounts): number {
  return feedbackStatuses.reduce((sum, status) => sum + counts[status], 0)
}

/** How the counts move when rows go from `before` to `after` (either side may be missing: a row created or deleted). */
export function statusDelta(before: readonly Pick<Feedback, 'status'>[], after: readonly Pick<Feedback, 'status'>[]): StatusCounts {
  const delta = zeroStatusCounts()
  for (const row of before) delta[row.status]--
  for (const row of after) delta[row.status]++
  return delta
}

export function isZeroDelta(delta: StatusCounts): boolean {
  return feedbackStatuses.every((status) => delta[status] === 0)
}

export function addCounts(counts: StatusCounts, delta: StatusCounts): StatusCounts {
  const next = { ...counts }
  for (const status of feedbackStatuses) next[status] += delta[status]
  return next
}
