import { randomUUID } from 'node:crypto'
import { open, readdir, stat } from 'node:fs/promises'
import { basename, join, relative, sep } from 'node:path'
import type { OpenDialogOptions } from 'electron'
import type { z } from 'zod'
import { MAX_FOLDER_FILES, type OpenedFile, type closeFileArgsSchema, type openFilesArgsSchema, type readFileChunkArgsSchema } from '@shared/bridge'
import { isUserError, userError } from '../userError'
import { describeFsError } from './fsErrors'

/**
 * Files the user chose, by token: the renderer never sees a path, only the token.
 * `dev` and `ino` identify the very file chosen: every read checks that the path
 * still leads to it, so a file swapped (say for a symlink to a secret) after it
 * was chosen is never read.
 */
export type OpenedFileRegistry = Map<string, { path: string; name: string; size: number; dev: number; ino: number }>

export type ShowOpenDialog = (options: OpenDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>

export async function openFiles(
  args: z.output<typeof openFilesArgsSchema>,
  showOpenDialog: ShowOpenDialog,
  registry: OpenedFileRegistry
): Promise<OpenedFile[] | null> {
  const result = await showOpenDialog({
    title: args.title,
    filters: args.filters,
    properties: args.directory ? ['openDirectory'] : args.multiple ? ['openFile', 'multiSelections'] : ['openFile']
  })
  if (result.canceled || result.filePaths.length === 0) return null
  if (args.directory) return openFolder(result.filePaths[0] as string, registry)
  return Promise.all(
    result.filePaths.map(async (path) => {
      const name = basename(path)
      const stats = await stat(path).catch((error: unknown) => {
        throw userError(`Could not open "${name}": ${describeFsError(error)}`)
      })
      const token = randomUUID()
      registry.set(token, { path, name, size: stats.size, dev: stats.dev, ino: stats.ino })
      return { token, name, size: stats.size, lastModified: Math.floor(stats.mtimeMs) }
    })
  )
}

/** Folders that belong to tools, not to the user's pages. */
const ignoredFolders = new Set(['.git', 'node_modules', '.trash', '__MACOSX'])

/** Every file under a folder the user chose, each registered by token with its path from the folder. */
async function openFolder(root: string, registry: OpenedFileRegistry): Promise<OpenedFile[]> {
  const folderName = basename(root)
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
    throw userError(`Could not open the folder "${folderName}": ${describeFsError(error)}`)
  })
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
  const kept = files.filter((path) => !relative(root, path).split(sep).some((part) => ignoredFolders.has(part)))
  if (kept.length > MAX_FOLDER_FILES) throw userError(`"${folderName}" holds ${kept.length} files; choose a folder with at most ${MAX_FOLDER_FILES} (one space or vault).`)
  return Promise.all(
    kept.map(async (path) => {
      const stats = await stat(path)
      const token = randomUUID()
      const name = basename(path)
      registry.set(token, { path, name, size: stats.size, dev: stats.dev, ino: stats.ino })
      return { token, name, size: stats.size, lastModified: Math.floor(stats.mtimeMs), relativePath: [folderName, ...relative(root, path).split(sep)].join('/') }
    })
  )
}

/**
 * Bytes [offset, offset+length) of an opened file, read without loading the rest.
 * The size seen when the file was opened bounds every read, so an import sees one
 * consistent file even if another program appends to it meanwhile.
 */
export async function readFileChunk(
  args: z.output<typeof readFileChunkArgsSchema>,
  registry: OpenedFileRegistry
): Promise<Uint8Array> {
  const file = registry.get(args.token)
  if (!file) throw userError('This file is no longer open. Choose it again.')
  const length = Math.max(0, Math.min(args.length, file.size - args.offset))
  if (length === 0) return new Uint8Array(0)
  // A Uint8Array of its own, not a view into Node's Buffer pool: IPC copies the whole backing buffer.
  const bytes = new Uint8Array(length)
  let filled = 0
  try {
    const handle = await open(file.path, 'r')
    try {
      const now = await handle.stat()
      if (now.dev !== file.dev || now.ino !== file.ino) {
        registry.delete(args.token)
        throw userError(`"${file.name}" was replaced since you chose it. Choose it again.`)
      }
      while (filled < length) {
        const { bytesRead } = await handle.read(bytes, filled, length - filled, args.offset + filled)
        if (bytesRead === 0) break
        filled += bytesRead
      }
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (isUserError(error)) throw error
    throw userError(`Could not read "${file.name}": ${describeFsError(error)}`)
  }
  return filled === length ? bytes : bytes.slice(0, filled)
}

export function closeFile(args: z.output<typeof closeFileArgsSchema>, registry: OpenedFileRegistry): void {
  registry.delete(args.token)
}
