import type { PlaybookVersion, Run } from './playbook'

export type TrainingState = 'not-started' | 'in-progress' | 'completed' | 'outdated'

export interface TrainingStatus {
  personId: string
  state: TrainingState
  /** The person's latest training run of this playbook. */
  run?: Run
  /** The version number their completed run was made from. */
  completedVersion?: number
}

type VersionRef = Pick<PlaybookVersion, 'number' | 'major'>

/** A major version changes what people must know, so it asks them to acknowledge the training again. */
export function needsReacknowledgement(previous: Pick<PlaybookVersion, 'major'> | undefined, next: Pick<PlaybookVersion, 'major'>): boolean {
  return previous !== undefined && next.major > previous.major
}

/**
 * Who has completed which version of a training playbook. A completion counts until a later major version is
 * published; after that it is 'outdated'.
 */
export function trainingStatus(assigneeIds: string[], runs: Run[], versions: VersionRef[]): TrainingStatus[] {
  const byNumber = new Map(versions.map((version) => [version.number, version]))
  const latestMajor = Math.max(0, ...versions.map((version) => version.major))
  return assigneeIds.map((personId) => {
    const own = runs
      .filter((run) => run.kind === 'training' && run.assigneeId === personId)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    const latest = own[0]
    if (!latest) return { personId, state: 'not-started' }
    if (latest.status !== 'done') {
      const status: TrainingStatus = { personId, state: 'in-progress', run: latest }
      const earlier = own.find((run) => run.status === 'done')
      if (earlier?.playbookVersion !== undefined) status.completedVersion = earlier.playbookVersion
      return status
    }
    const version = latest.playbookVersion === undefined ? undefined : byNumber.get(latest.playbookVersion)
    const status: TrainingStatus = { personId, state: version && version.major < latestMajor ? 'outdated' : 'completed', run: latest }
    if (latest.playbookVersion !== undefined) status.completedVersion = latest.playbookVersion
    return status
  })
}
