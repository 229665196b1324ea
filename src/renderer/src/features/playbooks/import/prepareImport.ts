import { unzip } from 'fflate'
import type { HtmlNode } from '@shared/playbookImport/htmlToDocument'
import type { BatchFile, ImportPlan, PlanRow } from '@shared/playbookImport/planImport'
import { planImport } from '@shared/playbookImport/planImport'
import type { RefusedFile } from '@shared/playbookImport/pages'
import { expandZips, readBatch, readHtmlFiles, type BatchRead } from '@shared/playbookImport/readBatch'
import { listPeople } from '../../../db/people'
import { existingForImport, type JsonBundle } from '../../../db/playbookImport'
import { clock } from '../../../db/stamp'
import { fromBase64 } from '../io/base64'
import { parsePlaybookJson } from '../io/playbookJson'
import type { ReadRequest, ReadResponse } from './playbookImportWorker'

export interface PreparedImport {
  name: string
  plan: ImportPlan
  json: JsonBundle[]
}

/** fflate's asynchronous unzip inflates in Web Workers of its own, so a big export does not freeze the window. */
function unzipInWorkers(bytes: Uint8Array): Promise<Record<string, Uint8Array>> {
  return new Promise((resolve, reject) => unzip(bytes, (error, entries) => (error ? reject(error) : resolve(entries))))
}

const parseHtml = (text: string): HtmlNode => new DOMParser().parseFromString(text, 'text/html') as unknown as HtmlNode

function emptyRow(path: string): Omit<PlanRow, 'status'> {
  return { path, tags: [], checklist: { items: 0, done: 0 }, images: 0, links: { toBatch: 0, web: 0 }, outsideLinks: [], notes: [] }
}

/** "Notion export.zip", "Ops vault", or "3 files": what the user will recognise in the report. */
export function batchName(files: BatchFile[]): string {
  const first = files[0]
  if (!first) return 'Nothing'
  const folders = new Set(files.map((file) => (file.path.includes('/') ? file.path.split('/')[0] : undefined)))
  if (folders.size === 1 && !folders.has(undefined)) return [...folders][0] as string
  return files.length === 1 ? first.path : `${files.length} files`
}

/** Unzips and reads the Markdown in a worker; the HTML pages it sets aside are read here, with DOMParser. */
function readInWorker(files: BatchFile[]): Promise<{ read: BatchRead; refused: RefusedFile[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./playbookImportWorker.ts', import.meta.url), { type: 'module', name: 'opsdeck-playbook-import' })
    worker.onmessage = (message: MessageEvent<ReadResponse>) => {
      worker.terminate()
      if (message.data.ok) resolve({ read: message.data.read, refused: message.data.refused })
      else reject(new Error(message.data.message))
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new Error(event.message || 'The import worker stopped.'))
    }
    worker.postMessage({ files } satisfies ReadRequest)
  })
}

async function readHere(files: BatchFile[]): Promise<{ read: BatchRead; refused: RefusedFile[] }> {
  const expanded = await expandZips(files, unzipInWorkers)
  return { read: readBatch(expanded.files), refused: expanded.refused }
}

/**
 * Reads a batch and plans it against the workspace as it is now; nothing is written. `inWorker` (the app) reads the
 * Markdown off the page; tests read it here.
 */
export async function prepareImport(files: BatchFile[], options: { inWorker?: boolean } = {}): Promise<PreparedImport> {
  const partial = options.inWorker ? await readInWorker(files) : await readHere(files)
  const read = readHtmlFiles(partial.read, parseHtml)
  const json: JsonBundle[] = []
  const extraRows: PlanRow[] = []
  const refused = [...read.refused, ...partial.refused]
  for (const file of read.json) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes)
      const { playbook, versions, images, warnings } = parsePlaybookJson(text, file.path)
      json.push({ path: file.path, playbook, versions, images: images.map((image) => ({ id: image.id, name: image.name, type: image.type, bytes: fromBase64(image.data) })) })
      extraRows.push({ ...emptyRow(file.path), status: 'new', tool: 'json', title: playbook.title, playbookId: playbook.id, notes: [`With ${versions.length} published version${versions.length === 1 ? '' : 's'}.`, ...warnings] })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      refused.push({ path: file.path, reason: message.startsWith(`${file.path}: `) ? message.slice(file.path.length + 2) : message })
    }
  }
  const plan = planImport({ ...read, refused, extraRows, existing: await existingForImport(), people: await listPeople(), newId: clock.newId })
  return { name: batchName(files), plan, json }
}
