import type { EntityBase } from '../entity'
import type { Playbook, PlaybookVersion, Run, RunKind } from './playbook'
import { extractSteps } from './steps'

export interface RunStart {
  title?: string
  assigneeId?: string
  /** ISO date 'YYYY-MM-DD'. */
  dueAt?: string
  kind?: RunKind
  /** Per step id, overriding the offsets read from the document. */
  dueOffsets?: Record<string, number | undefined>
}

export type NewRun = Omit<Run, keyof EntityBase>

/**
 * A new run of a playbook: a frozen copy of the steps of the given published version (or of the current draft when
 * no version is given). Training playbooks start training runs unless told otherwise.
 */
export function startRun(
  playbook: Pick<Playbook, 'id' | 'title' | 'category' | 'content'>,
  version: Pick<PlaybookVersion, 'number' | 'content'> | undefined,
  start: RunStart = {}
): NewRun {
  const steps = extractSteps(version?.content ?? playbook.content).map((step) => {
    const copy = { ...step }
    if (start.dueOffsets && step.id in start.dueOffsets) {
      const offset = start.dueOffsets[step.id]
      if (offset === undefined) delete copy.dueOffsetDays
      else copy.dueOffsetDays = offset
    }
    return copy
  })
  const run: NewRun = {
    playbookId: playbook.id,
    title: start.title?.trim() || playbook.title,
    status: 'active',
    kind: start.kind ?? (playbook.category === 'training' ? 'training' : 'checklist'),
    steps
  }
  if (version) run.playbookVersion = version.number
  if (start.assigneeId) run.assigneeId = start.assigneeId
  if (start.dueAt) run.dueAt = start.dueAt
  return run
}
