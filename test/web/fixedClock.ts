import { afterEach, beforeEach, vi } from 'vitest'

/**
 * Noon, local time, on a fixed day: the same calendar day in every zone, hours from either midnight. Tests that
 * compare with "today" use this instead of the real date, so a run that crosses midnight (or a day with a DST
 * change) cannot turn them red.
 */
export const FIXED_NOW = new Date(2026, 5, 15, 12, 0, 0)
/** FIXED_NOW's calendar day, for values computed before a test starts (describe blocks, module constants). */
export const FIXED_DAY = '2026-06-15'

/** Pins Date (only Date: timers stay real for Dexie, user-event and waitFor) to FIXED_NOW for each test; it then moves on with real time. */
export function useFixedClock(now: Date = FIXED_NOW): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now, shouldAdvanceTime: true })
  })
  afterEach(() => {
    vi.useRealTimers()
  })
}
