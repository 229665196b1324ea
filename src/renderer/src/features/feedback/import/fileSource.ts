import { getBridge } from '../../../bridge'

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

export async function chooseCsvFile(): Promise<FileSource | undefined> {
  const bridge = getBridge()
  const files = await bridge.openFiles({ title: 'Import feedback', filters: [{ name: 'CSV exports', extensions: ['csv', 'tsv', 'txt'] }], multiple: false })
  const file = files?.[0]
  if (!file) return undefined
  return {
    name: file.name,
    size: file.size,
    read: (offset, length) => bridge.readFileChunk({ token: file.token, offset, length }),
    close: () => void bridge.closeFile({ token: file.token })
  }
}
