import { decodeHTML } from 'entities'
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { DocMark, DocNode, PlaybookDoc } from '../domain/playbooks/doc'
import { normalizeDoc } from '../domain/playbooks/doc'
import type { ReferenceCollector} from './references';
import { isWebOrMailUrl, joinPath, safeDecode } from './references'

/** The editor has headings 1 to 4; deeper ones become level 4. */
const maxHeadingLevel = 4

export interface MarkdownReadOptions {
  /** The file's folder inside the batch, to resolve relative links and images against. */
  folder: string
  /** Obsidian's syntax: [[wikilinks]], ![[embeds]], ==highlight==, #tags, %% comments %%. */
  obsidian: boolean
  references: ReferenceCollector
}

export interface MarkdownRead {
  doc: PlaybookDoc
  /** The YAML front matter as written, and the line its body starts on. */
  frontMatter?: { text: string; line: number }
  /** Obsidian #tags found in the text. */
  tags: string[]
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)

export function parseMarkdownTree(markdown: string): Root {
  return parser.parse(markdown)
}

const imageExtensions = /\.(png|jpe?g|gif|webp|svg|bmp|avif)$/i
export const isImagePath = (path: string): boolean => imageExtensions.test(path.split(/[?#]/)[0] ?? path)

const calloutPattern = /^\[!([A-Za-z][\w-]*)\][+-]?(?:[ \t]+([^\n]*))?(?:\n|$)/

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
}

function paragraph(content: DocNode[]): DocNode {
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }
}

function text(value: string, marks: DocMark[]): DocNode {
  return marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value }
}

/** Text of raw HTML, tags dropped and entities decoded by the `entities` package. */
export function htmlText(html: string): string {
  return decodeHTML(html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ''))
}

class Converter {
  readonly tags: string[] = []
  private readonly definitions = new Map<string, { url: string; title?: string | null }>()
  private readonly footnotes = new Map<string, number>()
  private readonly footnoteBodies: DocNode[][] = []

  constructor(private readonly options: MarkdownReadOptions) {}

  collectDefinitions(node: Nodes): void {
    if (node.type === 'definition' && !this.definitions.has(node.identifier)) this.definitions.set(node.identifier, { url: node.url, title: node.title })
    if ('children' in node) for (const child of node.children) this.collectDefinitions(child as Nodes)
  }

  root(root: Root): DocNode[] {
    this.collectDefinitions(root)
    const blocks = this.blocks(root.children)
    const notes = this.footnoteBodies.flatMap((body, index) => {
      const [first, ...rest] = body
      const label: DocNode = { type: 'text', text: `[${index + 1}] ` }
      if (first?.type === 'paragraph') return [{ ...first, content: [label, ...(first.content ?? [])] }, ...rest]
      return [paragraph([label]), ...body]
    })
    return [...blocks, ...notes]
  }

  blocks(nodes: RootContent[]): DocNode[] {
    const result: DocNode[] = []
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as RootContent
      // Notion writes a callout as <aside>…</aside> around Markdown.
      if (node.type === 'html' && /^<aside\b[^>]*>/i.test(node.value.trim())) {
        const inner: RootContent[] = []
        const opening = node.value.trim().replace(/^<aside\b[^>]*>/i, '')
        let closed = /<\/aside>\s*$/i.test(opening)
        const openingBody = opening.replace(/<\/aside>\s*$/i, '').trim()
        if (openingBody) inner.push(...parseMarkdownTree(openingBody).children)
        while (!closed && i + 1 < nodes.length) {
          const next = nodes[++i] as RootContent
          if (next.type === 'html' && /^<\/aside>/i.test(next.value.trim())) closed = true
          else inner.push(next)
        }
        const content = this.blocks(inner)
        result.push({ type: 'blockquote', content: content.length > 0 ? content : [paragraph([])] })
        continue
      }
      result.push(...this.block(node))
    }
    return result
  }

  private block(node: RootContent): DocNode[] {
    switch (node.type) {
      case 'heading': {
        const { inline, images } = this.splitImages(this.inline(node.children, []))
        const heading: DocNode = { type: 'heading', attrs: { level: Math.min(node.depth, maxHeadingLevel) } }
        if (inline.length > 0) heading.content = inline
        return [heading, ...images]
      }
      case 'paragraph':
        return this.paragraphs(this.inline(node.children, []))
      case 'code': {
        const code: DocNode = { type: 'codeBlock' }
        if (node.lang) code.attrs = { language: node.lang }
        if (node.value !== '') code.content = [{ type: 'text', text: node.value }]
        return [code]
      }
      case 'thematicBreak':
        return [{ type: 'horizontalRule' }]
      case 'blockquote':
        return [this.blockquote(node.children)]
      case 'list':
        return this.list(node.ordered === true, node.start ?? 1, node.children)
      case 'table':
        return [this.table(node)]
      case 'html': {
        const value = htmlText(node.value).trim()
        return value ? value.split(/\n{2,}/).map((part) => paragraph([{ type: 'text', text: part.replace(/\n/g, ' ') }])) : []
      }
      case 'footnoteDefinition': {
        this.footnoteNumber(node.identifier)
        this.footnoteBodies[(this.footnotes.get(node.identifier) as number) - 1] = this.blocks(node.children)
        return []
      }
      case 'definition':
      case 'yaml':
        return []
      default:
        return 'children' in node ? this.blocks((node as Parents).children as RootContent[]) : []
    }
  }

  private footnoteNumber(identifier: string): number {
    if (!this.footnotes.has(identifier)) {
      this.footnotes.set(identifier, this.footnotes.size + 1)
      this.footnoteBodies.push([])
    }
    return this.footnotes.get(identifier) as number
  }

  /** Images are blocks in the editor: a paragraph with one is cut around it. */
  private paragraphs(inline: DocNode[]): DocNode[] {
    const result: DocNode[] = []
    let current: DocNode[] = []
    const flush = (): void => {
      while (current[0]?.type === 'hardBreak') current.shift()
      while (current[current.length - 1]?.type === 'hardBreak') current.pop()
      if (current.some((node) => node.type === 'text' && (node.text ?? '').trim() !== '')) result.push(paragraph(trimEdges(current)))
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

  private splitImages(inline: DocNode[]): { inline: DocNode[]; images: DocNode[] } {
    return { inline: inline.filter((node) => node.type !== 'image'), images: inline.filter((node) => node.type === 'image') }
  }

  private blockquote(children: RootContent[]): DocNode {
    const first = children[0]
    const firstText = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0].value : undefined
    const callout = firstText === undefined ? null : calloutPattern.exec(firstText)
    if (!callout || first?.type !== 'paragraph') {
      const content = this.blocks(children)
      return { type: 'blockquote', content: content.length > 0 ? content : [paragraph([])] }
    }
    // "> [!tip] Title" becomes a quote that opens with its title in bold (the editor has no callout node).
    const title = callout[2]?.trim() || titleCase(callout[1] as string)
    const rest = (first.children[0] as { value: string }).value.slice(callout[0].length)
    const firstRest: PhrasingContent[] = [...(rest ? [{ type: 'text' as const, value: rest }] : []), ...first.children.slice(1)]
    const body = this.blocks([...(firstRest.length > 0 ? [{ ...first, children: firstRest }] : []), ...children.slice(1)])
    return { type: 'blockquote', content: [paragraph([text(title, [{ type: 'bold' }])]), ...body] }
  }

  /** The editor keeps tasks and plain items in different lists, so a mixed Markdown list becomes several. */
  private list(ordered: boolean, start: number, items: RootContent[]): DocNode[] {
    const lists: DocNode[] = []
    let current: DocNode | undefined
    let number = start
    for (const item of items) {
      if (item.type !== 'listItem') continue
      const isTask = typeof item.checked === 'boolean'
      const type = isTask ? 'taskList' : ordered ? 'orderedList' : 'bulletList'
      if (current?.type !== type) {
        current = { type, content: [] }
        if (type === 'orderedList') current.attrs = { start: number }
        lists.push(current)
      }
      const content = this.blocks(item.children)
      if (content[0]?.type !== 'paragraph') content.unshift(paragraph([]))
      const node: DocNode = { type: isTask ? 'taskItem' : 'listItem', content }
      if (isTask) node.attrs = { checked: item.checked === true }
      current.content?.push(node)
      number++
    }
    return lists
  }

  private table(node: Extract<RootContent, { type: 'table' }>): DocNode {
    return {
      type: 'table',
      content: node.children.map((row, rowIndex) => ({
        type: 'tableRow',
        content: row.children.map((cell, column) => {
          const blocks = this.paragraphs(this.inline(cell.children, []))
          const result: DocNode = { type: rowIndex === 0 ? 'tableHeader' : 'tableCell', content: blocks.length > 0 ? blocks : [paragraph([])] }
          const align = node.align?.[column]
          if (align) result.attrs = { align }
          return result
        })
      }))
    }
  }

  inline(nodes: PhrasingContent[], marks: DocMark[]): DocNode[] {
    return nodes.flatMap((node) => this.phrasing(node, marks))
  }

  private link(url: string, title: string | null | undefined, children: PhrasingContent[], marks: DocMark[], line?: number): DocNode[] {
    const inner = this.inline(children, marks.filter((mark) => mark.type !== 'link'))
    const words = inner.map((node) => node.text ?? '').join('')
    const href = this.linkHref(url, words, line)
    if (!href) return inner
    const attrs: Record<string, unknown> = { href }
    if (title) attrs.title = title
    return inner.map((node) => (node.type === 'text' ? { ...node, marks: [{ type: 'link', attrs }, ...(node.marks ?? [])] } : node))
  }

  /** Web and mail links stay as they are; a relative link waits for the batch (`ref:`); anything else is words. */
  private linkHref(url: string, words: string, line?: number): string | undefined {
    const trimmed = url.trim()
    if (trimmed === '' || trimmed.startsWith('#')) return undefined
    if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
      if (!isWebOrMailUrl(trimmed)) return undefined
      if (/notion\.so\//i.test(trimmed)) return this.options.references.add({ kind: 'link', target: trimmed, form: 'url', text: words, ...(line ? { line } : {}) })
      return trimmed
    }
    const [path = ''] = trimmed.split('#')
    const target = joinPath(this.options.folder, safeDecode(path))
    if (target === undefined || target === '') return undefined
    return this.options.references.add({ kind: isImagePath(target) ? 'link' : 'link', target, form: 'path', text: words, ...(line ? { line } : {}) })
  }

  private image(url: string, alt: string, title: string | null | undefined, line?: number): DocNode[] {
    const trimmed = url.trim()
    if (/^https?:\/\//i.test(trimmed)) {
      // Opsdeck works offline and does not fetch web images; the image stays reachable as a link.
      return [text(alt || trimmed, [{ type: 'link', attrs: { href: trimmed } }])]
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return alt ? [text(alt, [])] : []
    const target = joinPath(this.options.folder, safeDecode(trimmed.split(/[?#]/)[0] ?? ''))
    if (!target) return alt ? [text(alt, [])] : []
    const src = this.options.references.add({ kind: 'image', target, form: 'path', text: alt, ...(line ? { line } : {}) })
    const attrs: Record<string, unknown> = { src, alt: alt || null }
    if (title) attrs.title = title
    return [{ type: 'image', attrs }]
  }

  private phrasing(node: PhrasingContent, marks: DocMark[]): DocNode[] {
    const line = node.position?.start.line
    switch (node.type) {
      case 'text': {
        // A soft line break is a space in the editor, as in any Markdown viewer.
        const value = node.value.replace(/[ \t]*\n[ \t]*/g, ' ').replace(/[ \t]{2,}/g, ' ')
        return this.options.obsidian ? this.obsidianText(value, marks, line) : [text(value, marks)]
      }
      case 'strong':
        return this.inline(node.children, [...marks, { type: 'bold' }])
      case 'emphasis':
        return this.inline(node.children, [...marks, { type: 'italic' }])
      case 'delete':
        return this.inline(node.children, [...marks, { type: 'strike' }])
      case 'inlineCode':
        return [text(node.value.replace(/\n/g, ' '), [...marks, { type: 'code' }])]
      case 'break':
        return [{ type: 'hardBreak' }]
      case 'link':
        return this.link(node.url, node.title, node.children, marks, line)
      case 'linkReference': {
        const definition = this.definitions.get(node.identifier)
        if (definition) return this.link(definition.url, definition.title, node.children, marks, line)
        return [text(`[`, marks), ...this.inline(node.children, marks), text(']', marks)]
      }
      case 'image':
        return this.image(node.url, node.alt ?? '', node.title, line)
      case 'imageReference': {
        const definition = this.definitions.get(node.identifier)
        return definition ? this.image(definition.url, node.alt ?? '', definition.title, line) : [text(`![${node.alt ?? ''}]`, marks)]
      }
      case 'footnoteReference':
        return [text(`[${this.footnoteNumber(node.identifier)}]`, marks)]
      case 'html': {
        if (/^<br\s*\/?>$/i.test(node.value)) return [{ type: 'hardBreak' }]
        const value = htmlText(node.value)
        return value ? [text(value, marks)] : []
      }
      default:
        return 'children' in node ? this.inline((node as { children: PhrasingContent[] }).children, marks) : []
    }
  }

  /** [[wikilinks]], ![[embeds]], ==highlight== (kept as plain text: the editor has no highlight) and #tags. */
  private obsidianText(value: string, marks: DocMark[], line?: number): DocNode[] {
    const result: DocNode[] = []
    const pattern = /(!?)\[\[([^\]\n]+?)\]\]|==([^=\n]+)==/g
    let last = 0
    for (const match of value.matchAll(pattern)) {
      if (match.index > last) result.push(text(value.slice(last, match.index), marks))
      last = match.index + match[0].length
      if (match[3] !== undefined) {
        result.push(text(match[3], marks))
        continue
      }
      const [targetPart = '', alias] = (match[2] as string).split('|')
      const [target = '', heading] = targetPart.split('#')
      if (match[1] === '!' && isImagePath(target)) {
        const src = this.options.references.add({ kind: 'image', target: target.trim(), form: 'wikilink', text: target.trim(), ...(line ? { line } : {}) })
        // An embed has no words of its own; its file name stands in for them.
        const name = (target.trim().split('/').pop() ?? '').replace(/\.[^.]+$/, '')
        result.push({ type: 'image', attrs: { src, alt: name || null } })
        continue
      }
      const words = alias?.trim() || (heading ? `${target.trim() || 'this page'} › ${heading.trim()}` : target.trim())
      if (target.trim() === '') {
        result.push(text(words, marks))
        continue
      }
      const href = this.options.references.add({ kind: 'link', target: target.trim(), form: 'wikilink', text: words, ...(line ? { line } : {}) })
      result.push(text(words, [{ type: 'link', attrs: { href } }, ...marks]))
    }
    if (last < value.length) result.push(text(value.slice(last), marks))
    if (!marks.some((mark) => mark.type === 'link' || mark.type === 'code')) {
      for (const node of result) {
        if (node.type !== 'text' || node.marks?.some((mark) => mark.type === 'link')) continue
        for (const tag of (node.text ?? '').matchAll(/(?:^|[\s(])#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu)) {
          const name = tag[1] as string
          if (!this.tags.some((known) => known.toLowerCase() === name.toLowerCase())) this.tags.push(name)
        }
      }
    }
    return result
  }
}

function trimEdges(nodes: DocNode[]): DocNode[] {
  const result = nodes.map((node) => ({ ...node }))
  const isCode = (node: DocNode | undefined): boolean => node?.marks?.some((mark) => mark.type === 'code') === true
  const first = result[0]
  if (first?.type === 'text' && !isCode(first)) first.text = (first.text ?? '').replace(/^[ \t]+/, '')
  const last = result[result.length - 1]
  if (last?.type === 'text' && !isCode(last)) last.text = (last.text ?? '').replace(/[ \t]+$/, '')
  return result.filter((node) => node.type !== 'text' || (node.text ?? '') !== '')
}

/** Strips Obsidian's %% comments %%, which Obsidian never shows, before the Markdown is read. */
function withoutObsidianComments(markdown: string): string {
  return markdown.replace(/%%[\s\S]*?%%/g, '')
}

/**
 * Markdown (CommonMark + GFM: tables, task lists, footnotes, strikethrough, autolinks; Notion's asides; Obsidian's
 * syntax when asked) to the editor's document, with remark as the parser. Links and images that point into the
 * batch are left as `ref:` for the batch plan to resolve.
 */
export function markdownToDocument(markdown: string, options: MarkdownReadOptions): MarkdownRead {
  const source = options.obsidian ? withoutObsidianComments(markdown) : markdown
  const tree = parseMarkdownTree(source)
  const converter = new Converter(options)
  const content = converter.root(tree)
  const yaml = tree.children.find((node) => node.type === 'yaml')
  const doc = normalizeDoc<PlaybookDoc>({ type: 'doc', content: content.length > 0 ? content : [paragraph([])] })
  const read: MarkdownRead = { doc, tags: converter.tags }
  if (yaml?.type === 'yaml') read.frontMatter = { text: yaml.value, line: 2 }
  return read
}
