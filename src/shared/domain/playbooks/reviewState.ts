import { addDays, calendarDay, daysBetween } from './calendarDay'
import type { Playbook } from './playbook'

export type ReviewState = 'ok' | 'due' | 'stale' | 'no-cadence'
export type PlaybookBadge = 'review-due' | 'stale' | 'no-owner'

/** A review shows as due this many days before the review day. */
export const reviewDueWindowDays = 14

type ReviewFields = Pick<Playbook, 'createdAt' | 'reviewCadenceDays' | 'lastReviewedAt'>

function hasCadence(playbook: Pick<Playbook, 'reviewCadenceDays'>): playbook is { reviewCadenceDays: number } {
  return typeof playbook.reviewCadenceDays === 'number' && playbook.reviewCadenceDays > 0
}

/** The day of the next review: the last review (or, never reviewed, the creation) plus the cadence. */
export function nextReviewAt(playbook: ReviewFields): string | undefined {
  if (!hasCadence(playbook)) return undefined
  return addDays(calendarDay(playbook.lastReviewedAt ?? playbook.createdAt), playbook.reviewCadenceDays)
}

/**
 * 'due' from 14 days before the review day up to and including it; 'stale' from the day after, when the playbook
 * has gone a whole cadence without review.
 */
export function reviewState(playbook: ReviewFields, today: string): ReviewState {
  const next = nextReviewAt(playbook)
  if (next === undefined) return 'no-cadence'
  const daysLeft = daysBetween(calendarDay(today), next)
  if (daysLeft < 0) return 'stale'
  return daysLeft <= reviewDueWindowDays ? 'due' : 'ok'
}

/** The library's badges. Archived playbooks need neither review nor owner, so they get none. */
export function badges(playbook: ReviewFields & Pick<Playbook, 'ownerId' | 'status'>, today: string): PlaybookBadge[] {
  if (playbook.status === 'archived') return []
  const result: PlaybookBadge[] = []
  const state = reviewState(playbook, today)
  if (state === 'due') result.push('review-due')
  if (state === 'stale') result.push('stale')
  if (!playbook.ownerId) result.push('no-owner')
  return result
}

/** The playbook with its stored `nextReviewAt` brought in line with its cadence and last review. */
export function withNextReview<T extends ReviewFields & Pick<Playbook, 'nextReviewAt'>>(playbook: T): T {
  const next = nextReviewAt(playbook)
  const result = { ...playbook }
  if (next === undefined) delete result.nextReviewAt
  else result.nextReviewAt = next
  return result
}

/** Records a review: who and when, and the next review day that follows from it. */
export function markReviewed<T extends ReviewFields & Pick<Playbook, 'nextReviewAt' | 'lastReviewedBy'>>(
  playbook: T,
  by: string,
  at: string
): T {
  return withNextReview({ ...playbook, lastReviewedAt: at, lastReviewedBy: by })
}
