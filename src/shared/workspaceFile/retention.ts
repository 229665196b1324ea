/** A backup as retention sees it. `ours` is false for any file Opsdeck did not write itself. */
export interface RetentionCandidate {
  id: string
  createdAt: string
  verified: boolean
  ours: boolean
}

export interface RetentionPlan {
  keep: string[]
  remove: string[]
}

const hour = 60 * 60 * 1000
const day = 24 * hour

/** Monday of the UTC week of `time`, as a day number. */
function weekOf(time: number): number {
  const dayNumber = Math.floor(time / day)
  // 1970-01-01 was a Thursday: shift so that weeks start on Monday.
  return Math.floor((dayNumber + 3) / 7)
}

/**
 * Which backups to keep: every one of the last 24 hours, the newest of each day for 14 days, the newest of
 * each week for 8 weeks. Whatever the rules say, a file Opsdeck did not write is never removed, nor the
 * newest verified backup, nor one dated in the future (a clock that jumped back should not cost backups).
 */
export function planRetention(backups: readonly RetentionCandidate[], now: Date): RetentionPlan {
  const nowMs = now.getTime()
  const dated = backups.map((backup) => ({ backup, time: Date.parse(backup.createdAt) }))
  const newestFirst = [...dated].sort((a, b) => b.time - a.time)
  const keep = new Set<string>()
  const newestVerified = newestFirst.find(({ backup, time }) => backup.verified && !Number.isNaN(time))
  if (newestVerified) keep.add(newestVerified.backup.id)
  const daysSeen = new Set<number>()
  const weeksSeen = new Set<number>()
  for (const { backup, time } of newestFirst) {
    if (!backup.ours || Number.isNaN(time) || time > nowMs) {
      keep.add(backup.id)
      continue
    }
    const age = nowMs - time
    if (!backup.verified) continue
    if (age <= day) keep.add(backup.id)
    const dayNumber = Math.floor(time / day)
    if (age <= 14 * day && !daysSeen.has(dayNumber)) {
      daysSeen.add(dayNumber)
      keep.add(backup.id)
    }
    const week = weekOf(time)
    if (age <= 8 * 7 * day && !weeksSeen.has(week)) {
      weeksSeen.add(week)
      keep.add(backup.id)
    }
  }
  return {
    keep: backups.filter((backup) => keep.has(backup.id)).map((backup) => backup.id),
    remove: backups.filter((backup) => !keep.has(backup.id)).map((backup) => backup.id)
  }
}
