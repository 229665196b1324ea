import { unzipSync } from 'fflate'
import type { BatchFile } from '@shared/playbookImport/planImport'
import { expandZips, readBatch, type BatchRead } from '@shared/playbookImport/readBatch'
import type { RefusedFile } from '@shared/playbookImport/pages'

export interface ReadRequest {
  files: BatchFile[]
}
export type ReadResponse = { ok: true; read: BatchRead; refused: RefusedFile[] } | { ok: false; message: string }

/**
 * Unzips and reads the Markdown of a batch off the page, so a space of hundreds of pages never freezes the window.
 * HTML pages come back unread: the page's DOMParser reads them.
 */
const scope = self as unknown as { postMessage(message: ReadResponse): void; onmessage: ((message: MessageEvent<ReadRequest>) => void) | null }

scope.onmessage = (message) => {
  void (async () => {
    try {
      const expanded = await expandZips(message.data.files, async (bytes) => unzipSync(bytes))
      scope.postMessage({ ok: true, read: readBatch(expanded.files), refused: expanded.refused })
    } catch (error) {
      scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) })
    }
  })()
}
