/** At most `limit` events in any `perMs` window (a sliding log; limits here are small). */
export interface RateLimit {
  /** Records an event at `now` and says whether it is allowed. */
  take(now: number): boolean
}

export function createRateLimit({ limit, perMs }: { limit: number; perMs: number }): RateLimit {
  const times: number[] = []
  return {
    take(now) {
      while (times.length > 0 && now - (times[0] ?? now) >= perMs) times.shift()
      if (times.length >= limit) return false
      times.push(now)
      return true
    }
  }
}
