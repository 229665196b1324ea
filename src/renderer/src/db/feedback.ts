import type { NewEntity } from '@shared/domain/entity'
import type { Feedback } from '@shared/domain/feedback/feedback'
import { statusDelta } from '@shared/domain/feedback/statusCounts'
import { db } from './db'
import { adjustStatusCounts } from './feedbackCounts'
import { createRepository } from './repository'

const feedbackRepository = createRepository<Feedback>(() => db.feedback)

/** A row written by hand, counted in its status in the same transaction. */
export function createFeedback(input: NewEntity<Feedback>): Promise<Feedback> {
  return db.transaction('rw', db.feedback, db.counters, async () => {
    const row = await feedbackRepository.create(input)
    await adjustStatusCounts(statusDelta([], [row]))
    return row
  })
}

export function getFeedback(id: string): Promise<Feedback | undefined> {
  return db.feedback.get(id)
}

/** Whether there is any feedback at all: one key, not a count (counting walks the whole table, ~150 ms at 100k rows). */
export async function hasAnyFeedback(): Promise<boolean> {
  return (await db.feedback.limit(1).primaryKeys()).length > 0
}
