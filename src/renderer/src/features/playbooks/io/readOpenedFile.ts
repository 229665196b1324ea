import type { DesktopBridge, OpenedFile } from '@shared/bridge'

export const chunkBytes = 1024 * 1024
/** A playbook is a document, not a data dump: anything larger is almost certainly the wrong file. */
export const maxPlaybookFileBytes = 20 * 1024 * 1024

/** Reads a chosen file through the bridge, 1 MiB at a time until an empty chunk, and decodes it as UTF-8. */
export async function readOpenedFile(bridge: Pick<DesktopBridge, 'readFileChunk'>, file: OpenedFile): Promise<string> {
  if (file.size > maxPlaybookFileBytes) throw new Error(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; a playbook file should be under 20 MB.`)
  const chunks: Uint8Array[] = []
  let offset = 0
  for (;;) {
    const chunk = await bridge.readFileChunk({ token: file.token, offset, length: chunkBytes })
    if (chunk.byteLength === 0) break
    chunks.push(chunk)
    offset += chunk.byteLength
    if (offset > maxPlaybookFileBytes) throw new Error(`${file.name} is larger than 20 MB; a playbook file should be smaller.`)
  }
  const bytes = new Uint8Array(offset)
  let position = 0
  for (const chunk of chunks) {
    bytes.set(chunk, position)
    position += chunk.byteLength
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new Error(`${file.name} is not UTF-8 text. Save it as UTF-8 (or export it again as Markdown) and import it again.`)
  }
}
