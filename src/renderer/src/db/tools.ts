import type { Tool } from '@shared/domain/tools/tool'
import { db } from './db'
import { createRepository } from './repository'

export const toolsRepository = createRepository<Tool>(() => db.tools)

export async function listTools(): Promise<Tool[]> {
  const tools = await db.tools.toArray()
  return tools.sort((a, b) => a.name.localeCompare(b.name))
}
