import type { Feedback } from '@shared/domain/feedback/feedback'
import { db } from './db'
import { createRepository } from './repository'

export const feedbackRepository = createRepository<Feedback>(() => db.feedback)

/** From the [status+receivedAt] index: no record is read. */
export function countFeedbackByStatus(status: Feedback['status']): Promise<number> {
  return db.feedback.where('[status+receivedAt]').between([status, ''], [status, '\uffff']).count()
}
