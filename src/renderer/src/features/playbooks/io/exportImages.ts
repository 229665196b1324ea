import { zipSync } from 'fflate'
import type { DocNode, PlaybookDoc } from '@shared/domain/playbooks/doc'
import { getPlaybookImage } from '../../../db/playbookImport'
import { imageSrcPrefix } from '../editor/playbookImages'
import { base64 } from './base64'

export interface ExportedImage {
  id: string
  name: string
  type: string
  bytes: Uint8Array
}

function imageIds(node: DocNode, ids: string[] = []): string[] {
  const src = node.type === 'image' ? String(node.attrs?.src ?? '') : ''
  if (src.startsWith(imageSrcPrefix) && !ids.includes(src.slice(imageSrcPrefix.length))) ids.push(src.slice(imageSrcPrefix.length))
  for (const child of node.content ?? []) imageIds(child, ids)
  return ids
}

/** The stored images a document shows, read from Dexie. */
export async function imagesOf(doc: PlaybookDoc): Promise<ExportedImage[]> {
  const images = await Promise.all(imageIds(doc).map((id) => getPlaybookImage(id)))
  return Promise.all(
    images.flatMap((image) => (image ? [image] : [])).map(async (image) => ({ id: image.id, name: image.name, type: image.type, bytes: new Uint8Array(await image.blob.arrayBuffer()) }))
  )
}

/** The document with each stored image's src replaced (a file beside the Markdown, a data: URL in HTML). */
export function withImageSources<T extends DocNode>(node: T, sources: ReadonlyMap<string, string>): T {
  if (node.type === 'image') {
    const src = String(node.attrs?.src ?? '')
    const id = src.startsWith(imageSrcPrefix) ? src.slice(imageSrcPrefix.length) : ''
    return sources.has(id) ? { ...node, attrs: { ...node.attrs, src: sources.get(id) } } : node
  }
  return node.content ? { ...node, content: node.content.map((child) => withImageSources(child, sources)) } : node
}

export const dataUrls = (images: ExportedImage[]): Map<string, string> => new Map(images.map((image) => [image.id, `data:${image.type};base64,${base64(image.bytes)}`]))

/** Unique file names under images/, as the Markdown links them. */
export function imageFileNames(images: ExportedImage[]): Map<string, string> {
  const used = new Set<string>()
  const names = new Map<string, string>()
  for (const image of images) {
    const clean = image.name.replace(/[\\/:*?"<>|]+/g, '-') || 'image'
    let name = clean
    for (let n = 2; used.has(name.toLowerCase()); n++) name = clean.replace(/(\.[^.]+)?$/, (extension) => ` ${n}${extension}`)
    used.add(name.toLowerCase())
    names.set(image.id, `images/${name}`)
  }
  return names
}

/** A Markdown file with its images beside it, as one zip to save. */
export function markdownZip(fileName: string, markdown: string, images: ExportedImage[], names: ReadonlyMap<string, string>): Uint8Array<ArrayBuffer> {
  const entries: Record<string, Uint8Array> = { [fileName]: new TextEncoder().encode(markdown) }
  for (const image of images) entries[names.get(image.id) as string] = image.bytes
  return zipSync(entries) as Uint8Array<ArrayBuffer>
}

/** A link to another playbook means nothing outside Opsdeck: an exported file keeps its words only. */
export function withoutInAppLinks<T extends DocNode>(node: T): T {
  const marks = node.marks?.filter((mark) => !(mark.type === 'link' && String(mark.attrs?.href ?? '').startsWith('#/')))
  const next: T = { ...node }
  if (node.marks) {
    if (marks && marks.length > 0) next.marks = marks
    else delete next.marks
  }
  if (node.content) next.content = node.content.map((child) => withoutInAppLinks(child))
  return next
}
