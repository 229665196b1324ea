import { addDays, calendarDay } from './calendarDay'
import type { EffectiveRunStatus, Run, RunStep } from './playbook'

export interface RunProgress {
  done: number
  total: number
  /** 0..1; a run without steps counts as complete only when it is done. */
  ratio: number
}

export function progress(run: Pick<Run, 'steps' | 'status'>): RunProgress {
  const total = run.steps.length
  const done = run.steps.filter((step) => step.done).length
  const ratio = total === 0 ? (run.status === 'done' ? 1 : 0) : done / total
  return { done, total, ratio }
}

/** The day a step is due: the run's start day plus the step's offset. */
export function stepDueDay(run: Pick<Run, 'createdAt'>, step: RunStep): string | undefined {
  return step.dueOffsetDays === undefined ? undefined : addDays(calendarDay(run.createdAt), step.dueOffsetDays)
}

/** Open steps whose day has passed. Due today is not overdue. */
export function overdueSteps(run: Pick<Run, 'createdAt' | 'steps'>, today: string): RunStep[] {
  const day = calendarDay(today)
  return run.steps.filter((step) => {
    const due = stepDueDay(run, step)
    return !step.done && due !== undefined && due < day
  })
}

/**
 * What a run looks like today. Done wins; a blocked run says so even when late (the block is why); otherwise it is
 * overdue when its due day has passed or any open step's has.
 */
export function effectiveStatus(run: Pick<Run, 'status' | 'dueAt' | 'createdAt' | 'steps'>, today: string): EffectiveRunStatus {
  if (run.status === 'done') return 'done'
  if (run.status === 'blocked') return 'blocked'
  const day = calendarDay(today)
  if (run.dueAt !== undefined && calendarDay(run.dueAt) < day) return 'overdue'
  return overdueSteps(run, day).length > 0 ? 'overdue' : 'active'
}

export interface StepCheck {
  by?: string
  /** ISO timestamp. */
  at: string
  /** Replaces the step's note when given; an empty string clears it. */
  note?: string
  /** Set the step to this state instead of flipping it (a second click from a stale window changes nothing). */
  done?: boolean
}

/**
 * Checks or unchecks one step and returns the new run. Checking the last open step completes the run; unchecking a
 * step of a done run reopens it.
 */
export function toggleStep(run: Run, stepId: string, check: StepCheck): Run {
  const index = run.steps.findIndex((step) => step.id === stepId)
  const current = run.steps[index]
  if (!current) throw new Error(`The run "${run.title}" has no step with id "${stepId}".`)
  const done = check.done ?? !current.done

  const step: RunStep = { ...current, done }
  if (done && !current.done) {
    step.doneAt = check.at
    if (check.by !== undefined) step.doneBy = check.by
    else delete step.doneBy
  } else if (!done) {
    delete step.doneAt
    delete step.doneBy
  }
  if (check.note !== undefined) {
    if (check.note.trim() === '') delete step.note
    else step.note = check.note
  }

  const steps = run.steps.map((other, i) => (i === index ? step : other))
  const next: Run = { ...run, steps }
  if (steps.every((other) => other.done)) {
    if (run.status !== 'done') {
      next.status = 'done'
      next.completedAt = check.at
      delete next.blockedReason
    }
  } else if (run.status === 'done') {
    next.status = 'active'
    delete next.completedAt
  }
  return next
}

/** Marks a run blocked with a reason, or unblocks it when the reason is undefined. A done run stays done. */
export function setBlocked(run: Run, reason: string | undefined): Run {
  if (run.status === 'done') return run
  if (reason === undefined) {
    const next: Run = { ...run, status: 'active' }
    delete next.blockedReason
    return next
  }
  return { ...run, status: 'blocked', blockedReason: reason }
}
