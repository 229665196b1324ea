import type { EntityBase, NewEntity } from '@shared/domain/entity'
import { uuidv7 } from '@shared/domain/uuidv7'

/** The one place where ids and timestamps are made, so tests can pin them. */
export const clock = {
  now: (): string => new Date().toISOString(),
  newId: (): string => uuidv7()
}

export function stampNew<T extends EntityBase>(input: NewEntity<T>): T {
  const now = clock.now()
  return { ...input, id: input.id ?? clock.newId(), createdAt: now, updatedAt: now } as T
}

export function stampUpdate<T extends EntityBase>(changes: Partial<T>): Partial<T> {
  const { id: _id, createdAt: _createdAt, ...rest } = changes
  return { ...rest, updatedAt: clock.now() } as Partial<T>
}
