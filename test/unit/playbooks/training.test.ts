import { describe, expect, it } from 'vitest'
import type { Run } from '../../../src/shared/domain/playbooks'
import { needsReacknowledgement, trainingStatus } from '../../../src/shared/domain/playbooks'

const run = (id: string, assigneeId: string, createdAt: string, status: Run['status'], playbookVersion?: number): Run => ({
  id,
  createdAt,
  updatedAt: createdAt,
  playbookId: 'pb1',
  title: 'Onboarding',
  assigneeId,
  status,
  kind: 'training',
  steps: [],
  ...(playbookVersion === undefined ? {} : { playbookVersion })
})

describe('training completion', () => {
  const versions = [
    { number: 1, major: 1 },
    { number: 2, major: 1 },
    { number: 3, major: 2 }
  ]

  it('tells who has completed which version, who is on it and who has not started', () => {
    const runs = [
      run('r1', 'ana', '2026-01-05T10:00:00Z', 'done', 3),
      run('r2', 'ben', '2026-01-06T10:00:00Z', 'done', 2),
      run('r3', 'cho', '2026-01-07T10:00:00Z', 'done', 1),
      run('r4', 'cho', '2026-03-01T10:00:00Z', 'active', 3),
      { ...run('r5', 'dev', '2026-01-07T10:00:00Z', 'done', 3), kind: 'checklist' as const }
    ]
    expect(trainingStatus(['ana', 'ben', 'cho', 'dev'], runs, versions).map(({ personId, state, completedVersion }) => ({ personId, state, completedVersion }))).toEqual([
      { personId: 'ana', state: 'completed', completedVersion: 3 },
      { personId: 'ben', state: 'outdated', completedVersion: 2 },
      { personId: 'cho', state: 'in-progress', completedVersion: 1 },
      { personId: 'dev', state: 'not-started', completedVersion: undefined }
    ])
  })

  it('asks for new acknowledgements only when a major version is published', () => {
    expect(needsReacknowledgement({ major: 1 }, { major: 2 })).toBe(true)
    expect(needsReacknowledgement({ major: 2 }, { major: 2 })).toBe(false)
    expect(needsReacknowledgement(undefined, { major: 1 })).toBe(false)
  })
})
