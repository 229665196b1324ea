import { useLiveQuery } from 'dexie-react-hooks'
import { peopleRepository } from '../../db/people'

/** id -> name for every person, for tables that show owners. */
export function usePeopleNames(): Map<string, string> {
  const people = useLiveQuery(() => peopleRepository.all(), []) ?? []
  return new Map(people.map((person) => [person.id, person.name]))
}
