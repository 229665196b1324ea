import type { FileSource } from './fileSource'

const CHUNK = 1024 * 1024

/** For small files only (a spreadsheet of tools): the whole file as bytes, read in chunks, refusing past `maxBytes`. */
export async function readWholeFile(file: FileSource, maxBytes: number): Promise<Uint8Array> {
  if (file.size > maxBytes) throw new Error(`${file.name} is ${Math.round(file.size / 1024 / 1024)} MB, more than the ${Math.round(maxBytes / 1024 / 1024)} MB this import reads.`)
  const bytes = new Uint8Array(file.size)
  let offset = 0
  while (offset < file.size) {
    const chunk = await file.read(offset, Math.min(CHUNK, file.size - offset))
    if (chunk.length === 0) break
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return bytes.subarray(0, offset)
}
