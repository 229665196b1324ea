import type { Playbook, PlaybookVersion, Run } from '@shared/domain/playbooks/playbook'
import { db } from './db'
import { createRepository } from './repository'

export const playbooksRepository = createRepository<Playbook>(() => db.playbooks)
export const playbookVersionsRepository = createRepository<PlaybookVersion>(() => db.playbookVersions)
export const runsRepository = createRepository<Run>(() => db.runs)

export async function listPlaybooks(): Promise<Playbook[]> {
  const playbooks = await db.playbooks.orderBy('updatedAt').reverse().toArray()
  return playbooks.filter((playbook) => !playbook.isTemplate)
}

export function listActiveRuns(): Promise<Run[]> {
  return db.runs.where('status').anyOf('active', 'blocked').toArray()
}
