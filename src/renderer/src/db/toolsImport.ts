import type { Person } from '@shared/domain/people'
import type { InventoryMapping, InventoryPlan, ToolFields } from '@shared/domain/tools/inventoryImport'
import type { InventoryValueMap } from '@shared/domain/tools/inventoryValues'
import type { Tool } from '@shared/domain/tools/tool'
import { db } from './db'
import { getSetting, setSetting } from './settings'
import { clock } from './stamp'

export interface InventoryImportUndo {
  createdToolIds: string[]
  createdPersonIds: string[]
  updatedTools: Tool[]
}

/** Replaces the placeholder 'new-person:Name' ids of a planned tool with the people just created. */
function resolvePeople(tool: ToolFields, created: Map<string, string>): ToolFields {
  const resolve = (id: string | undefined) => (id?.startsWith('new-person:') ? created.get(id.slice('new-person:'.length)) : id)
  return { ...tool, ownerId: resolve(tool.ownerId), businessOwnerId: resolve(tool.businessOwnerId) }
}

/** The whole inventory import in one transaction: it is there entirely or not at all. */
export async function applyInventoryPlan(plan: InventoryPlan, remember?: { signature: string; mapping: InventoryMapping; values: InventoryValueMap }): Promise<InventoryImportUndo> {
  return db.transaction('rw', db.tools, db.people, db.settings, async () => {
    const now = clock.now()
    if (remember) {
      const presets = (await getSetting('toolImportPresets')) ?? {}
      const mapping = Object.fromEntries(Object.entries(remember.mapping).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
      await setSetting('toolImportPresets', { ...presets, [remember.signature]: { mapping, values: remember.values as Record<string, Record<string, string>> } })
    }
    const people: Person[] = plan.newPeople.map((name) => ({ id: clock.newId(), name, createdAt: now, updatedAt: now }))
    const personIds = new Map(people.map((person) => [person.name, person.id]))
    await db.people.bulkAdd(people)
    const created: Tool[] = plan.create.map((tool) => ({ ...resolvePeople(tool, personIds), id: clock.newId(), createdAt: now, updatedAt: now }))
    await db.tools.bulkAdd(created)
    const updated = plan.update.map(({ before, after }) => ({ ...before, ...resolvePeople(after, personIds), updatedAt: now }))
    await db.tools.bulkPut(updated)
    return { createdToolIds: created.map((tool) => tool.id), createdPersonIds: people.map((person) => person.id), updatedTools: plan.update.map((entry) => entry.before) }
  })
}

export async function undoInventoryImport(undo: InventoryImportUndo): Promise<void> {
  await db.transaction('rw', db.tools, db.people, async () => {
    await db.tools.bulkDelete(undo.createdToolIds)
    await db.tools.bulkPut(undo.updatedTools)
    await db.people.bulkDelete(undo.createdPersonIds)
  })
}
