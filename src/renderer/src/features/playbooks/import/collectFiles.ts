import type { DesktopBridge, OpenedFile } from '@shared/bridge'
import type { BatchFile } from '@shared/playbookImport/planImport'

/** A zip of a whole space can be big; anything beyond this is not one space. */
export const maxBatchFileBytes = 512 * 1024 * 1024
const chunkBytes = 4 * 1024 * 1024

export class CollectError extends Error {}

/** The bytes of files chosen through the bridge (the dialog or a folder), read in chunks, then closed. */
export async function collectOpenedFiles(bridge: Pick<DesktopBridge, 'readFileChunk' | 'closeFile'>, files: OpenedFile[], onProgress?: (done: number) => void): Promise<BatchFile[]> {
  const result: BatchFile[] = []
  try {
    for (const file of files) {
      if (file.size > maxBatchFileBytes) throw new CollectError(`${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB; a playbook import should be under 512 MB.`)
      const bytes = new Uint8Array(file.size)
      let offset = 0
      while (offset < file.size) {
        const chunk = await bridge.readFileChunk({ token: file.token, offset, length: Math.min(chunkBytes, file.size - offset) })
        if (chunk.byteLength === 0) break
        bytes.set(chunk, offset)
        offset += chunk.byteLength
      }
      result.push({ path: file.relativePath ?? file.name, bytes: offset === file.size ? bytes : bytes.slice(0, offset) })
      onProgress?.(result.length)
    }
  } finally {
    await Promise.all(files.map((file) => bridge.closeFile({ token: file.token }).catch(() => undefined)))
  }
  return result
}

interface FileSystemEntryLike {
  isFile: boolean
  isDirectory: boolean
  name: string
  fullPath: string
  file?(success: (file: File) => void, failure: (error: unknown) => void): void
  createReader?(): { readEntries(success: (entries: FileSystemEntryLike[]) => void, failure: (error: unknown) => void): void }
}

async function entryFiles(entry: FileSystemEntryLike): Promise<BatchFile[]> {
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((resolve, reject) => entry.file?.(resolve, reject))
    return [{ path: entry.fullPath.replace(/^\//, ''), bytes: new Uint8Array(await file.arrayBuffer()) }]
  }
  if (!entry.isDirectory || !entry.createReader) return []
  const reader = entry.createReader()
  const children: FileSystemEntryLike[] = []
  // readEntries hands out a folder's entries in pages until it returns none.
  for (;;) {
    const page = await new Promise<FileSystemEntryLike[]>((resolve, reject) => reader.readEntries(resolve, reject))
    if (page.length === 0) break
    children.push(...page)
  }
  const nested = await Promise.all(children.map(entryFiles))
  return nested.flat()
}

/**
 * What the user dropped: files, and folders walked through the browser's entries API. The entries must be taken
 * while the drop event lasts, so call this from the drop handler itself.
 */
export function collectDropped(transfer: DataTransfer): Promise<BatchFile[]> {
  const items = Array.from(transfer.items ?? []).filter((item) => item.kind === 'file')
  const entries = items.map((item) => (item as DataTransferItem & { webkitGetAsEntry?: () => FileSystemEntryLike | null }).webkitGetAsEntry?.() ?? null)
  if (entries.length > 0 && entries.every((entry) => entry !== null)) {
    return Promise.all(entries.map((entry) => entryFiles(entry as FileSystemEntryLike))).then((lists) => lists.flat())
  }
  const files = Array.from(transfer.files)
  return Promise.all(files.map(async (file) => ({ path: file.webkitRelativePath || file.name, bytes: new Uint8Array(await file.arrayBuffer()) })))
}
