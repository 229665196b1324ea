import { feedbackStatuses } from '@shared/domain/feedback/feedback'
import type { StatusCounts } from '@shared/domain/feedback/statusCounts'

/** What counting needs of the feedback table: the app's table and an upgrade's alike. */
interface StatusIndexed {
  where(index: string): { between(lower: unknown, upper: unknown): { count(): PromiseLike<number> } }
}

/**
 * Feedback per status, counted from the [status+receivedAt] index: every key is
 * walked, so this is for an upgrade, a fresh start or a check, never a screen.
 * Takes the table so a schema upgrade can count through its own transaction.
 */
export async function countStatusesInIndex(feedback: StatusIndexed): Promise<StatusCounts> {
  const counts = await Promise.all(feedbackStatuses.map((status) => feedback.where('[status+receivedAt]').between([status, ''], [status, '\uffff']).count()))
  return { new: counts[0] ?? 0, reviewed: counts[1] ?? 0, linked: counts[2] ?? 0, archived: counts[3] ?? 0 }
}
