import { randomUUID } from 'node:crypto'
import { basename, join } from 'node:path'
import type { SaveDialogOptions } from 'electron'
import type { z } from 'zod'
import type { SaveFileResult, saveFileArgsSchema, showItemInFolderArgsSchema } from '@shared/bridge'
import { userError } from '../userError'
import { atomicWrite } from './atomicWrite'
import { describeFsError } from './fsErrors'

/** Paths of files Opsdeck saved, by id, so the renderer can ask to reveal one without knowing where it is. */
export type SavedFileRegistry = Map<string, string>

export type ShowSaveDialog = (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>

export interface SaveFileDeps {
  showSaveDialog: ShowSaveDialog
  documentsDir: string
  registry: SavedFileRegistry
}

export async function saveFile(args: z.output<typeof saveFileArgsSchema>, deps: SaveFileDeps): Promise<SaveFileResult> {
  const result = await deps.showSaveDialog({
    title: args.title,
    defaultPath: join(deps.documentsDir, args.suggestedName),
    filters: args.filters
  })
  if (result.canceled || !result.filePath) return { saved: false }
  return writeSavedFile(result.filePath, args.data, deps.registry)
}

/** Writes `data` atomically at the path the user chose and remembers that path under a new id. */
export async function writeSavedFile(path: string, data: string | Uint8Array, registry: SavedFileRegistry): Promise<SaveFileResult> {
  const name = basename(path)
  try {
    await atomicWrite(path, data)
  } catch (error) {
    throw userError(`Could not save "${name}": ${describeFsError(error)}`)
  }
  const fileId = randomUUID()
  registry.set(fileId, path)
  return { saved: true, fileId, name }
}

export function showItemInFolder(
  args: z.output<typeof showItemInFolderArgsSchema>,
  registry: SavedFileRegistry,
  reveal: (path: string) => void
): void {
  const path = registry.get(args.fileId)
  if (path === undefined) throw userError('Opsdeck no longer knows where this file was saved. Save it again to show it.')
  reveal(path)
}
