import { db } from './db'
import { reopenAfter, storageProblemOf, type StorageProblem } from '@shared/storageErrors'

/**
 * Called with any error a write or a read met: when it is a storage failure, the connection is reopened if it
 * went away. Returns the kind of failure (undefined for other errors), for the message.
 */
export function recoverFromStorageError(error: unknown): StorageProblem | undefined {
  const problem = storageProblemOf(error)
  if (problem && problem !== 'newer') void reopenAfter(db)
  return problem
}
