import type { EntityTable } from 'dexie'
import type { EntityBase, NewEntity } from '@shared/domain/entity'
import { stampNew, stampUpdate } from './stamp'

/** Create, update, delete and read for one table, with ids and timestamps stamped in one place. */
export function createRepository<T extends EntityBase>(table: () => EntityTable<T, 'id'>) {
  return {
    async create(input: NewEntity<T>): Promise<T> {
      const record = stampNew<T>(input)
      await table().add(record as never)
      return record
    },
    async update(id: string, changes: Partial<T>): Promise<void> {
      const updated = await table().update(id as never, stampUpdate<T>(changes) as never)
      if (updated === 0) throw new Error('That record no longer exists. It may have been deleted in another window.')
    },
    async remove(id: string): Promise<T | undefined> {
      const existing = await table().get(id as never)
      await table().delete(id as never)
      return existing
    },
    /** Puts a removed record back exactly as it was: the undo of `remove`. */
    async restore(record: T): Promise<void> {
      await table().put(record as never)
    },
    get(id: string): Promise<T | undefined> {
      return table().get(id as never)
    },
    all(): Promise<T[]> {
      return table().toArray()
    },
    count(): Promise<number> {
      return table().count()
    }
  }
}
