import type { Feedback, Theme } from '@shared/domain/feedback/feedback'
import { db } from './db'
import { createRepository } from './repository'

export const feedbackRepository = createRepository<Feedback>(() => db.feedback)
export const themesRepository = createRepository<Theme>(() => db.themes)

/** Newest first, read through the receivedAt index: a page never scans the whole table. */
export function listRecentFeedback(limit = 50): Promise<Feedback[]> {
  return db.feedback.orderBy('receivedAt').reverse().limit(limit).toArray()
}

export function countFeedbackByStatus(status: Feedback['status']): Promise<number> {
  return db.feedback.where('[status+receivedAt]').between([status, ''], [status, '\uffff']).count()
}
