import type { SavedView } from '@shared/domain/feedback/importChanges'
import { db } from './db'
import { createRepository } from './repository'

export const savedViewsRepository = createRepository<SavedView>(() => db.savedViews)

/** By name, as the navigation lists them. */
export async function listSavedViews(): Promise<SavedView[]> {
  const views = await db.savedViews.toArray()
  return views.sort((a, b) => a.name.localeCompare(b.name))
}
