import type { DocMark, DocNode } from '../domain/playbooks/doc'

/**
 * A link or an image found in one file, waiting to be resolved against the whole batch. The parsers write
 * `ref:<index>` as the link's href or the image's src; the batch plan replaces it once every file is known.
 */
export interface SourceReference {
  kind: 'link' | 'image'
  /** A path inside the batch (decoded, relative to the batch root), a wikilink's target, or a URL. */
  target: string
  /** How the file named it: a relative path, an [[Obsidian link]], a page id, a web URL. */
  form: 'path' | 'wikilink' | 'url'
  /** The page id the link carries (Notion's 32-hex id, Confluence's page id), when it has one. */
  pageId?: string
  text: string
  line?: number
}

export const referencePrefix = 'ref:'

export class ReferenceCollector {
  readonly references: SourceReference[] = []

  add(reference: SourceReference): string {
    this.references.push(reference)
    return `${referencePrefix}${this.references.length - 1}`
  }
}

/** "a/b/../c d.md" against "x/y" -> "x/y/a/c d.md"; undefined when it climbs out of the batch. */
export function joinPath(folder: string, relative: string): string | undefined {
  const parts = folder === '' ? [] : folder.split('/')
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (parts.length === 0) return undefined
      parts.pop()
    } else parts.push(part)
  }
  return parts.join('/')
}

export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? '' : path.slice(0, slash)
}

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** Only these are ever links in a playbook: web pages, mail, and pages inside Opsdeck. */
export function isWebOrMailUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(url.trim())
}

export const inAppPlaybookHref = (playbookId: string): string => `#/playbooks/${encodeURIComponent(playbookId)}`

/** A 32-hex Notion id in a file name or a notion.so URL; Confluence's numeric page id in a name or a URL. */
export function notionIdIn(text: string): string | undefined {
  const match = /(?:^|[\s\-/_])([0-9a-f]{32})(?=$|[.?#/&\s])/i.exec(text)
  return match?.[1]?.toLowerCase()
}

export function confluenceIdIn(text: string): string | undefined {
  return (/_(\d{3,})\.html?$/i.exec(text) ?? /\/pages\/(\d{3,})(?:[/?#]|$)/.exec(text) ?? /[?&]pageId=(\d{3,})/.exec(text))?.[1]
}

function rewriteInline(nodes: DocNode[], rewrite: ReferenceRewrite): DocNode[] {
  return nodes.map((node) => {
    if (node.type !== 'text' || !node.marks) return node
    const marks: DocMark[] = []
    for (const mark of node.marks) {
      const href = mark.type === 'link' ? String(mark.attrs?.href ?? '') : ''
      if (!href.startsWith(referencePrefix)) {
        marks.push(mark)
        continue
      }
      const resolved = rewrite.link(Number(href.slice(referencePrefix.length)))
      if (resolved) marks.push({ type: 'link', attrs: { href: resolved } })
    }
    return marks.length > 0 ? { ...node, marks } : { type: 'text', text: node.text ?? '' }
  })
}

export interface ReferenceRewrite {
  /** The href for the link, or undefined to keep its words only. */
  link(index: number): string | undefined
  /** The image's new src, or the words that stand in for an image that is not in the batch. */
  image(index: number): { src: string } | { text: string }
}

/** The document with every `ref:` resolved: links pointed or unlinked, images stored or replaced by their words. */
export function rewriteReferences(node: DocNode, rewrite: ReferenceRewrite): DocNode {
  if (node.type === 'image') {
    const src = String(node.attrs?.src ?? '')
    if (!src.startsWith(referencePrefix)) return node
    const result = rewrite.image(Number(src.slice(referencePrefix.length)))
    if ('src' in result) return { ...node, attrs: { ...node.attrs, src: result.src } }
    return { type: 'paragraph', content: [{ type: 'text', text: result.text }] }
  }
  if (!node.content) return node
  const isTextblock = node.content.some((child) => child.type === 'text' || child.type === 'hardBreak')
  return { ...node, content: isTextblock ? rewriteInline(node.content, rewrite) : node.content.map((child) => rewriteReferences(child, rewrite)) }
}
