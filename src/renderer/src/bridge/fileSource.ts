import type { FileFilter } from '@shared/bridge'
import { getBridge } from './index'

/** A file to import, read in chunks: one the user chose through the bridge, or one dropped on the window. */
export interface FileSource {
  name: string
  size: number
  read(offset: number, length: number): Promise<Uint8Array>
  close(): void
}

export function fileSourceFromFile(file: File): FileSource {
  return {
    name: file.name,
    size: file.size,
    read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
    close: () => {}
  }
}

export function chooseCsvFile(): Promise<FileSource | undefined> {
  return chooseFile('Import feedback', [{ name: 'CSV exports', extensions: ['csv', 'tsv', 'txt'] }])
}

/** The open dialog (or, in a browser, a file input) for one file. */
export async function chooseFile(title: string, filters: FileFilter[]): Promise<FileSource | undefined> {
  const bridge = getBridge()
  const files = await bridge.openFiles({ title, filters, multiple: false })
  const file = files?.[0]
  if (!file) return undefined
  return {
    name: file.name,
    size: file.size,
    read: (offset, length) => bridge.readFileChunk({ token: file.token, offset, length }),
    close: () => void bridge.closeFile({ token: file.token })
  }
}
