import type { Person } from '@shared/domain/people'
import { db } from './db'
import { createRepository } from './repository'

export const peopleRepository = createRepository<Person>(() => db.people)

export interface PeopleFilter {
  text?: string
  team?: string
}

export async function listPeople(filter: PeopleFilter = {}): Promise<Person[]> {
  const text = filter.text?.trim().toLowerCase()
  return db.people
    .orderBy('name')
    .filter(
      (person) =>
        (!filter.team || person.team === filter.team) &&
        (!text || [person.name, person.email, person.role, person.team].some((field) => field?.toLowerCase().includes(text)))
    )
    .toArray()
}

/** Everything that points at a person, so deleting one can say what it leaves unowned. */
export async function countReferencesToPerson(personId: string): Promise<number> {
  const [playbooks, tools, metrics, runs] = await Promise.all([
    db.playbooks.where('ownerId').equals(personId).count(),
    db.tools.where('ownerId').equals(personId).count(),
    db.metrics.filter((metric) => metric.ownerId === personId).count(),
    db.runs.where('assigneeId').equals(personId).count()
  ])
  return playbooks + tools + metrics + runs
}
