import type { DocMark, DocNode, PlaybookDoc } from '../domain/playbooks/doc'
import { normalizeDoc } from '../domain/playbooks/doc'
import type { ReferenceCollector } from './references'
import { confluenceIdIn, isWebOrMailUrl, joinPath, safeDecode } from './references'

/** The part of the DOM this mapping reads, so it runs on the browser's DOMParser and on any DOM in tests. */
export interface HtmlNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly childNodes: ArrayLike<HtmlNode>
}
export interface HtmlElement extends HtmlNode {
  getAttribute(name: string): string | null
}

const TEXT_NODE = 3
const ELEMENT_NODE = 1
const maxHeadingLevel = 4

export function isElement(node: HtmlNode): node is HtmlElement {
  return node.nodeType === ELEMENT_NODE
}
export const tagOf = (node: HtmlNode): string => node.nodeName.toLowerCase()
export const classesOf = (node: HtmlElement): string[] => (node.getAttribute('class') ?? '').split(/\s+/).filter(Boolean)
export const hasClass = (node: HtmlElement, name: string): boolean => classesOf(node).includes(name)
export const childrenOf = (node: HtmlNode): HtmlNode[] => Array.from(node.childNodes)

export interface HtmlReadOptions {
  folder: string
  references: ReferenceCollector
}

const blockTags = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'hr', 'div', 'section', 'article',
  'main', 'aside', 'header', 'footer', 'nav', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'details', 'summary', 'img', 'colgroup'
])
const skippedTags = new Set(['script', 'style', 'head', 'title', 'meta', 'link', 'noscript', 'template', 'colgroup', 'col', 'button', 'iframe', 'object', 'svg'])

const markFor: Record<string, DocMark['type']> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', s: 'strike', del: 'strike', strike: 'strike', code: 'code', u: 'underline', ins: 'underline', kbd: 'code', samp: 'code', tt: 'code' }

/** Confluence's information macros, by the class suffix it writes, named as our callouts are. */
const confluencePanels: Record<string, string> = { information: 'Info', info: 'Info', tip: 'Tip', note: 'Note', warning: 'Warning', success: 'Success', error: 'Caution' }

function paragraph(content: DocNode[]): DocNode {
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }
}

const isBlockNode = (node: HtmlNode): boolean => isElement(node) && blockTags.has(tagOf(node))

/** Whitespace as a browser lays it out: runs collapse to one space, edges of a block are trimmed. */
function tidyInline(nodes: DocNode[]): DocNode[] {
  const result: DocNode[] = []
  for (const node of nodes) {
    if (node.type !== 'text') {
      result.push(node)
      continue
    }
    const isCode = node.marks?.some((mark) => mark.type === 'code')
    let value = isCode ? (node.text ?? '').replace(/\n/g, ' ') : (node.text ?? '').replace(/[ \t\n\r\f]+/g, ' ')
    const previous = result[result.length - 1]
    const endsInSpace = previous === undefined || previous.type === 'hardBreak' || (previous.type === 'text' && /\s$/.test(previous.text ?? ''))
    if (endsInSpace && !isCode) value = value.replace(/^ /, '')
    if (value !== '') result.push({ ...node, text: value })
  }
  const last = result[result.length - 1]
  if (last?.type === 'text' && !last.marks?.some((mark) => mark.type === 'code')) {
    last.text = (last.text ?? '').replace(/ $/, '')
    if (last.text === '') result.pop()
  }
  while (result[result.length - 1]?.type === 'hardBreak' && result.length > 0) {
    // A trailing <br> shows nothing.
    result.pop()
  }
  return result
}

class HtmlConverter {
  constructor(private readonly options: HtmlReadOptions) {}

  /** Block content of an element: runs of inline nodes become paragraphs. */
  blocks(nodes: HtmlNode[]): DocNode[] {
    const result: DocNode[] = []
    let inline: HtmlNode[] = []
    const flush = (): void => {
      if (inline.length > 0) result.push(...this.paragraphs(this.inline(inline, [])))
      inline = []
    }
    for (const node of nodes) {
      if (isBlockNode(node)) {
        flush()
        result.push(...this.block(node as HtmlElement))
      } else if (node.nodeType === TEXT_NODE || (isElement(node) && !skippedTags.has(tagOf(node)))) inline.push(node)
    }
    flush()
    return result
  }

  private paragraphs(inline: DocNode[]): DocNode[] {
    const result: DocNode[] = []
    let current: DocNode[] = []
    const flush = (): void => {
      const tidy = tidyInline(current)
      if (tidy.some((node) => node.type === 'text')) result.push(paragraph(tidy))
      current = []
    }
    for (const node of inline) {
      if (node.type === 'image') {
        flush()
        result.push(node)
      } else current.push(node)
    }
    flush()
    return result
  }

  private block(element: HtmlElement): DocNode[] {
    const tag = tagOf(element)
    const children = childrenOf(element)
    if (hasClass(element, 'confluence-information-macro')) return [this.panel(element)]
    if (tag === 'div' && (hasClass(element, 'code') || hasClass(element, 'preformatted')) && hasClass(element, 'panel')) {
      const pre = findFirst(element, (node) => tagOf(node) === 'pre')
      return pre ? this.block(pre) : this.blocks(children)
    }
    switch (tag) {
      case 'p':
        return this.paragraphs(this.inline(children, []))
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        const inline = this.inline(children, [])
        const content = tidyInline(inline.filter((node) => node.type !== 'image'))
        const heading: DocNode = { type: 'heading', attrs: { level: Math.min(Number(tag.slice(1)), maxHeadingLevel) } }
        if (content.length > 0) heading.content = content
        return [heading, ...inline.filter((node) => node.type === 'image')]
      }
      case 'hr':
        return [{ type: 'horizontalRule' }]
      case 'pre':
        return [this.codeBlock(element)]
      case 'blockquote': {
        const content = this.blocks(children)
        return [{ type: 'blockquote', content: content.length > 0 ? content : [paragraph([])] }]
      }
      case 'ul':
      case 'ol':
        return this.list(element)
      case 'table':
        return this.table(element)
      case 'img':
        return this.image(element)
      case 'li':
        return this.blocks(children)
      default:
        return this.blocks(children)
    }
  }

  private codeBlock(pre: HtmlElement): DocNode {
    const code = childrenOf(pre).find((node) => isElement(node) && tagOf(node) === 'code') as HtmlElement | undefined
    const params = pre.getAttribute('data-syntaxhighlighter-params') ?? ''
    const language =
      /brush:\s*([\w+#-]+)/.exec(params)?.[1] ??
      (code ? /(?:^|\s)language-(\S+)/.exec(code.getAttribute('class') ?? '')?.[1] : undefined) ??
      pre.getAttribute('data-language') ??
      undefined
    let value = (code ?? pre).textContent ?? ''
    value = value.replace(/\n$/, '')
    const node: DocNode = { type: 'codeBlock' }
    if (language && language !== 'none' && language !== 'text') node.attrs = { language }
    if (value !== '') node.content = [{ type: 'text', text: value }]
    return node
  }

  private panel(element: HtmlElement): DocNode {
    const kind = classesOf(element)
      .map((name) => /^confluence-information-macro-(\w+)$/.exec(name)?.[1])
      .find((name) => name !== undefined && name !== 'body' && name !== 'icon')
    const titleElement = findFirst(element, (node) => hasClass(node, 'title'))
    const title = titleElement?.textContent?.trim() || confluencePanels[kind ?? ''] || 'Note'
    const body = findFirst(element, (node) => hasClass(node, 'confluence-information-macro-body'))
    const content = this.blocks(body ? childrenOf(body) : [])
    return { type: 'blockquote', content: [paragraph([{ type: 'text', text: title, marks: [{ type: 'bold' }] }]), ...content] }
  }

  private list(element: HtmlElement): DocNode[] {
    const ordered = tagOf(element) === 'ol'
    const taskList = hasClass(element, 'inline-task-list') || hasClass(element, 'contains-task-list')
    const start = Number(element.getAttribute('start') ?? '1')
    const lists: DocNode[] = []
    let current: DocNode | undefined
    for (const child of childrenOf(element)) {
      if (!isElement(child) || tagOf(child) !== 'li') continue
      const checkbox = findFirst(child, (node) => tagOf(node) === 'input' && (node.getAttribute('type') ?? '').toLowerCase() === 'checkbox')
      const isTask = taskList || checkbox !== undefined
      const checked = hasClass(child, 'checked') || (checkbox ? checkbox.getAttribute('checked') !== null : false)
      const type = isTask ? 'taskList' : ordered ? 'orderedList' : 'bulletList'
      if (current?.type !== type) {
        current = { type, content: [] }
        if (type === 'orderedList') current.attrs = { start: Number.isFinite(start) ? start + (current.content?.length ?? 0) : 1 }
        lists.push(current)
      }
      const content = this.blocks(childrenOf(child))
      if (content[0]?.type !== 'paragraph') content.unshift(paragraph([]))
      const item: DocNode = { type: isTask ? 'taskItem' : 'listItem', content }
      if (isTask) item.attrs = { checked }
      current.content?.push(item)
    }
    return lists
  }

  private table(element: HtmlElement): DocNode[] {
    const rows: HtmlElement[] = []
    const collect = (node: HtmlNode): void => {
      for (const child of childrenOf(node)) {
        if (!isElement(child)) continue
        const tag = tagOf(child)
        if (tag === 'tr') rows.push(child)
        else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') collect(child)
      }
    }
    collect(element)
    if (rows.length === 0) return []
    const width = Math.max(...rows.map((row) => childrenOf(row).filter((cell) => isElement(cell) && /^t[hd]$/.test(tagOf(cell))).length))
    if (width === 0) return []
    return [
      {
        type: 'table',
        content: rows.map((row, rowIndex) => {
          const cells = childrenOf(row).filter((cell): cell is HtmlElement => isElement(cell) && /^t[hd]$/.test(tagOf(cell)))
          const content = cells.map((cell) => {
            const blocks = this.blocks(childrenOf(cell))
            const isHeader = tagOf(cell) === 'th' || (rowIndex === 0 && cells.every((other) => tagOf(other) === 'th'))
            const node: DocNode = { type: isHeader ? 'tableHeader' : 'tableCell', content: blocks.length > 0 ? blocks : [paragraph([])] }
            const align = (cell.getAttribute('align') ?? /text-align:\s*(left|center|right)/.exec(cell.getAttribute('style') ?? '')?.[1] ?? '').toLowerCase()
            const attrs: Record<string, unknown> = {}
            if (align === 'left' || align === 'center' || align === 'right') attrs.align = align
            const colspan = Number(cell.getAttribute('colspan') ?? '1')
            if (colspan > 1) attrs.colspan = colspan
            const rowspan = Number(cell.getAttribute('rowspan') ?? '1')
            if (rowspan > 1) attrs.rowspan = rowspan
            if (Object.keys(attrs).length > 0) node.attrs = attrs
            return node
          })
          while (content.length < width && !cells.some((cell) => Number(cell.getAttribute('colspan') ?? '1') > 1 || Number(cell.getAttribute('rowspan') ?? '1') > 1)) {
            content.push({ type: 'tableCell', content: [paragraph([])] })
          }
          return { type: 'tableRow', content }
        })
      }
    ]
  }

  private image(element: HtmlElement): DocNode[] {
    const src = (element.getAttribute('data-image-src') ?? element.getAttribute('src') ?? '').trim()
    const alt = element.getAttribute('alt')?.trim() || element.getAttribute('data-linked-resource-default-alias')?.trim() || ''
    const title = element.getAttribute('title')
    if (/^https?:\/\//i.test(src)) return [{ type: 'text', text: alt || src, marks: [{ type: 'link', attrs: { href: src } }] }]
    if (src === '' || /^[a-z][a-z0-9+.-]*:/i.test(src)) return alt ? [{ type: 'text', text: alt }] : []
    const target = joinPath(this.options.folder, safeDecode(src.split(/[?#]/)[0] ?? ''))
    if (!target) return alt ? [{ type: 'text', text: alt }] : []
    const ref = this.options.references.add({ kind: 'image', target, form: 'path', text: alt })
    const attrs: Record<string, unknown> = { src: ref, alt: alt || null }
    if (title) attrs.title = title
    return [{ type: 'image', attrs }]
  }

  private link(element: HtmlElement, marks: DocMark[]): DocNode[] {
    const inner = this.inline(childrenOf(element), marks.filter((mark) => mark.type !== 'link'))
    const href = (element.getAttribute('href') ?? '').trim()
    const words = inner.map((node) => node.text ?? '').join('').trim()
    // A mention of a person is their name, not a link to a profile in the source tool.
    if (hasClass(element, 'confluence-userlink') || hasClass(element, 'user-mention')) return inner
    const resolved = this.href(href, words, element)
    if (!resolved) return inner
    const attrs: Record<string, unknown> = { href: resolved }
    const title = element.getAttribute('title')
    if (title) attrs.title = title
    return inner.map((node) => (node.type === 'text' ? { ...node, marks: [{ type: 'link', attrs }, ...(node.marks ?? [])] } : node))
  }

  private href(href: string, words: string, element: HtmlElement): string | undefined {
    if (href === '' || href.startsWith('#')) return undefined
    const pageId = element.getAttribute('data-linked-resource-type') === 'page' ? (element.getAttribute('data-linked-resource-id') ?? undefined) : undefined
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
      if (!isWebOrMailUrl(href)) return undefined
      const id = pageId ?? (/\/wiki\/|atlassian\.net|confluence/i.test(href) ? confluenceIdIn(href) : undefined)
      if (id) return this.options.references.add({ kind: 'link', target: href, form: 'url', pageId: id, text: words })
      return href
    }
    const target = joinPath(this.options.folder, safeDecode(href.split('#')[0] ?? ''))
    if (!target) return undefined
    const id = pageId ?? confluenceIdIn(target)
    return this.options.references.add({ kind: 'link', target, form: 'path', text: words, ...(id ? { pageId: id } : {}) })
  }

  inline(nodes: HtmlNode[], marks: DocMark[]): DocNode[] {
    const result: DocNode[] = []
    for (const node of nodes) {
      if (node.nodeType === TEXT_NODE) {
        const value = node.textContent ?? ''
        if (value !== '') result.push(marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value })
        continue
      }
      if (!isElement(node)) continue
      const tag = tagOf(node)
      if (skippedTags.has(tag)) continue
      if (tag === 'br') result.push({ type: 'hardBreak' })
      else if (tag === 'img') result.push(...this.image(node))
      else if (tag === 'a') result.push(...this.link(node, marks))
      else if (tag === 'input') continue
      else if (markFor[tag]) result.push(...this.inline(childrenOf(node), [...marks, { type: markFor[tag] as string }]))
      else if (isBlockNode(node)) result.push(...this.inline(childrenOf(node), marks), { type: 'text', text: ' ' })
      else result.push(...this.inline(childrenOf(node), marks))
    }
    return result
  }
}

export function findFirst(node: HtmlNode, test: (element: HtmlElement) => boolean): HtmlElement | undefined {
  for (const child of childrenOf(node)) {
    if (!isElement(child)) continue
    if (test(child)) return child
    const found = findFirst(child, test)
    if (found) return found
  }
  return undefined
}

/**
 * HTML (a Confluence page body, a saved web page, the CommonMark spec's HTML) to the editor's document. Links and
 * images that point into the batch are left as `ref:` for the batch plan to resolve.
 */
export function htmlToDocument(nodes: HtmlNode[], options: HtmlReadOptions): PlaybookDoc {
  const content = new HtmlConverter(options).blocks(nodes)
  return normalizeDoc<PlaybookDoc>({ type: 'doc', content: content.length > 0 ? content : [paragraph([])] })
}
