/**
 * The ways the browser's storage refuses a write or an open, read from an error as Dexie or IndexedDB gives it.
 * Dexie wraps the browser's DOMException (an aborted transaction carries the quota error in `inner`; a bulk write
 * carries one per failed record in `failures`), so the whole chain is searched.
 */
export type StorageProblem =
  /** The disk (or the origin's quota) is full. */
  | 'full'
  /** The connection went away: closed by the browser, another window's upgrade, or a deletion. */
  | 'closed'
  /** The transaction was aborted without a stated reason. */
  | 'aborted'
  /** The database was written by a newer Opsdeck. */
  | 'newer'
  /** The database could not be opened at all (a damaged store, a disk error). */
  | 'unopenable'
  /** Another window holds an older version open and blocks the upgrade. */
  | 'blocked'

interface ErrorLike {
  name?: unknown
  message?: unknown
  inner?: unknown
  cause?: unknown
  failures?: unknown
}

function* chain(error: unknown, depth = 0): Generator<ErrorLike> {
  if (depth > 6 || error === null || typeof error !== 'object') return
  const current = error as ErrorLike
  yield current
  yield* chain(current.inner, depth + 1)
  yield* chain(current.cause, depth + 1)
  if (Array.isArray(current.failures)) for (const failure of current.failures.slice(0, 3)) yield* chain(failure, depth + 1)
}

const quotaWords = /quota|disk is full|no space|not enough space/i

/** What kind of storage failure `error` is, or undefined for any other error (a bug, a refused value). */
export function storageProblemOf(error: unknown): StorageProblem | undefined {
  const names = new Set<string>()
  let quotaMessage = false
  for (const link of chain(error)) {
    if (typeof link.name === 'string') names.add(link.name)
    if (typeof link.message !== 'string') continue
    // Our own sentence, posted by a worker or passed on as a message: the same failure, read back.
    const said = sentences.get(link.message)
    if (said) return said
    if (quotaWords.test(link.message)) quotaMessage = true
  }
  if (names.has('QuotaExceededError') || quotaMessage) return 'full'
  if (names.has('VersionError')) return 'newer'
  if (names.has('DatabaseClosedError')) return 'closed'
  if (names.has('BlockedError')) return 'blocked'
  if (names.has('OpenFailedError') || names.has('UnknownError') || names.has('InvalidStateError')) return 'unopenable'
  if (names.has('AbortError') || names.has('TransactionInactiveError')) return 'aborted'
  return undefined
}

const messages: Record<StorageProblem, string> = {
  full: 'The disk is full, so this change was not saved. Nothing of it was half-written: what was stored before is unchanged. Free some disk space, then try again.',
  closed: 'The connection to the workspace was closed (by the system, or another Opsdeck window). It has been reopened; try again.',
  aborted: 'The change was stopped before it was stored, and nothing of it was kept. Try again.',
  newer: 'This workspace was written by a newer version of Opsdeck. Update Opsdeck to open it; nothing was changed.',
  unopenable: 'The workspace’s database could not be opened. Nothing was changed. Reload to try again, or restore a backup.',
  blocked: 'Another Opsdeck window keeps an older copy of the workspace open. Close or reload it, and this window goes on.'
}

const sentences = new Map(Object.entries(messages).map(([problem, message]) => [message, problem as StorageProblem]))

/** The sentence a person reads about a storage failure. */
export function storageProblemMessage(problem: StorageProblem): string {
  return messages[problem]
}

/** The message for any error: the storage sentence when it is one, else the error's own message. */
export function userMessageOf(error: unknown): string {
  const problem = storageProblemOf(error)
  if (problem) return storageProblemMessage(problem)
  return error instanceof Error ? error.message : String(error)
}

/**
 * After a storage failure: if the connection is gone, open it again, so the next action works without a reload.
 * Resolves whether the database is open afterwards; never throws.
 */
export async function reopenAfter(database: { isOpen(): boolean; open(): Promise<unknown> }): Promise<boolean> {
  if (database.isOpen()) return true
  try {
    await database.open()
    return true
  } catch {
    return false
  }
}
