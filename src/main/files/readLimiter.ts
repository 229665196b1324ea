import { userError } from '../userError'

/**
 * Bounds the chunk reads main serves at once, per window and in total, so
 * that a renderer asking for many large chunks together cannot make main hold
 * them all in memory: with 64 MiB chunks, at most `total` × 64 MiB are read at
 * a time. Further requests wait their turn; past `maxWaiting` they are refused.
 */
export interface ReadLimiter {
  run<T>(owner: object, read: () => Promise<T>): Promise<T>
  /** Reads running now (for tests and diagnostics). */
  readonly running: number
}

export interface ReadLimits {
  perOwner: number
  total: number
  maxWaiting: number
}

export const DEFAULT_READ_LIMITS: ReadLimits = { perOwner: 2, total: 4, maxWaiting: 64 }

export function createReadLimiter(limits: ReadLimits = DEFAULT_READ_LIMITS): ReadLimiter {
  const runningByOwner = new WeakMap<object, number>()
  const waiting: { owner: object; start: () => void }[] = []
  let running = 0

  const canStart = (owner: object) => running < limits.total && (runningByOwner.get(owner) ?? 0) < limits.perOwner
  const begin = (owner: object) => {
    running++
    runningByOwner.set(owner, (runningByOwner.get(owner) ?? 0) + 1)
  }
  const end = (owner: object) => {
    running--
    runningByOwner.set(owner, (runningByOwner.get(owner) ?? 1) - 1)
    const next = waiting.findIndex((entry) => canStart(entry.owner))
    if (next < 0) return
    const entry = waiting.splice(next, 1)[0]
    if (!entry) return
    // The slot is taken here, not when the waiter resumes, so that no newcomer slips in between.
    begin(entry.owner)
    entry.start()
  }

  return {
    get running() {
      return running
    },
    async run(owner, read) {
      if (canStart(owner)) begin(owner)
      else {
        if (waiting.length >= limits.maxWaiting) throw userError('Too many file reads at once. Try again when the current import has finished.')
        await new Promise<void>((resolve) => waiting.push({ owner, start: resolve }))
      }
      try {
        return await read()
      } finally {
        end(owner)
      }
    }
  }
}
