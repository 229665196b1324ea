import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../../db/db'

/** id -> name for every person, for tables that show owners. */
export function usePeopleNames(): Map<string, string> {
  const people = useLiveQuery(() => db.people.toArray(), []) ?? []
  return new Map(people.map((person) => [person.id, person.name]))
}
