import type { HtmlNode } from './htmlToDocument'
import type { PageRead, ParsedPage, RefusedFile, SkippedFile } from './pages'
import { readHtmlPage, readMarkdownPage } from './pages'
import type { BatchFile } from './planImport'

/** A playbook is a document, not a data dump: a bigger page is almost certainly the wrong file. */
export const maxPageBytes = 20 * 1024 * 1024

export interface BatchRead {
  pages: ParsedPage[]
  skipped: SkippedFile[]
  refused: RefusedFile[]
  /** Opsdeck's own JSON exports, read by the JSON import. */
  json: BatchFile[]
  /** HTML pages not read yet, when no HTML parser was at hand (in a worker: DOMParser is the page's). */
  html: BatchFile[]
  files: BatchFile[]
}

export type Unzip = (bytes: Uint8Array) => Promise<Record<string, Uint8Array>>

const isZip = (file: BatchFile): boolean => /\.zip$/i.test(file.path) || (file.bytes[0] === 0x50 && file.bytes[1] === 0x4b && file.bytes[2] === 0x03 && file.bytes[3] === 0x04)

/** macOS and Windows leave these in folders and zips; they are nobody's pages. */
const isJunk = (path: string): boolean => /(^|\/)(__MACOSX|\.DS_Store|Thumbs\.db|desktop\.ini|\.git|\.trash|node_modules)(\/|$)/i.test(path) || path.endsWith('/')

/** Notion wraps an export in "Export-<uuid>/" and sometimes in "Export-<uuid>-Part-1.zip": neither is the user's. */
const stripWrapper = (path: string): string => path.replace(/^Export-[0-9a-f-]{36}(?:-Part-\d+)?\//i, '')

/** The files of a batch with every zip opened (a zip inside a zip too, as Notion makes), paths with "/" only. */
export async function expandZips(files: BatchFile[], unzip: Unzip, depth = 0): Promise<{ files: BatchFile[]; refused: RefusedFile[] }> {
  const result: BatchFile[] = []
  const refused: RefusedFile[] = []
  for (const file of files) {
    const path = file.path.replace(/\\/g, '/')
    if (isJunk(path)) continue
    if (!isZip(file)) {
      result.push({ path: stripWrapper(path), bytes: file.bytes })
      continue
    }
    if (depth > 2) {
      refused.push({ path, reason: 'a zip inside a zip inside a zip; unpack it first.' })
      continue
    }
    let entries: Record<string, Uint8Array>
    try {
      entries = await unzip(file.bytes)
    } catch (error) {
      refused.push({ path, reason: `not a zip that can be opened (${error instanceof Error ? error.message : String(error)}).` })
      continue
    }
    const inner = Object.entries(entries).map(([name, bytes]) => ({ path: name, bytes }))
    const opened = await expandZips(inner, unzip, depth + 1)
    result.push(...opened.files)
    refused.push(...opened.refused.map((item) => ({ ...item, path: `${path} › ${item.path}` })))
  }
  return { files: result, refused }
}

function decode(file: BatchFile): string | RefusedFile {
  if (file.bytes.byteLength > maxPageBytes) return { path: file.path, reason: `${(file.bytes.byteLength / 1024 / 1024).toFixed(1)} MB; a playbook page should be under 20 MB.` }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file.bytes)
  } catch {
    return { path: file.path, reason: 'not UTF-8 text. Save it as UTF-8 (or export it again) and import it again.' }
  }
}

/**
 * Reads every page of a batch: Markdown (Notion, Obsidian, pandoc over Confluence, plain), HTML (Confluence's
 * export, saved web pages) through `parseHtml` (the browser's DOMParser), and sets aside Opsdeck JSON.
 */
export function readBatch(files: BatchFile[], parseHtml?: (text: string) => HtmlNode): BatchRead {
  const read: BatchRead = { pages: [], skipped: [], refused: [], json: [], html: [], files }
  // A vault is the folder that holds .obsidian/; only its files are read with Obsidian's syntax.
  const vaults = [...new Set(files.map((file) => /^(.*?)(?:^|\/)\.obsidian\//.exec(file.path)).filter((match) => match !== null).map((match) => (match[1] ? `${match[1]}/` : '')))]
  const inVault = (path: string): boolean => vaults.some((root) => path.startsWith(root))
  for (const file of files) {
    const isMarkdown = /\.(md|markdown|mdown)$/i.test(file.path)
    const isHtml = /\.html?$/i.test(file.path)
    const isJson = /\.json$/i.test(file.path) && !/(^|\/)\.obsidian\//.test(file.path)
    if (!isMarkdown && !isHtml && !isJson) continue
    if (isJson) {
      read.json.push(file)
      continue
    }
    if (isHtml && !parseHtml) {
      read.html.push(file)
      continue
    }
    const text = decode(file)
    if (typeof text !== 'string') {
      read.refused.push(text)
      continue
    }
    const result = isMarkdown || !parseHtml ? readMarkdownPage(file.path, text, { obsidianVault: inVault(file.path) }) : readHtmlPage(file.path, parseHtml(text))
    addRead(read, result)
  }
  return read
}

function addRead(read: BatchRead, result: PageRead): void {
  if (result.kind === 'page') read.pages.push(result.page)
  else if (result.kind === 'skipped') read.skipped.push(result.file)
  else read.refused.push(result.file)
}

/** Reads the HTML pages a worker set aside, with the page's DOMParser, into the same batch. */
export function readHtmlFiles(read: BatchRead, parseHtml: (text: string) => HtmlNode): BatchRead {
  const done: BatchRead = { ...read, pages: [...read.pages], skipped: [...read.skipped], refused: [...read.refused], html: [] }
  for (const file of read.html) {
    const text = decode(file)
    if (typeof text !== 'string') done.refused.push(text)
    else addRead(done, readHtmlPage(file.path, parseHtml(text)))
  }
  // Keep the batch in file order, as the preview lists it.
  const order = new Map(read.files.map((file, index) => [file.path, index]))
  done.pages.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0))
  return done
}
