import type { DocMark, DocNode, PlaybookDoc } from './doc'

/** Inline content: a plain string, or text built with bold(), italic(), code(), link()... */
export type Inline = string | DocNode

function markText(text: string, mark: DocMark): DocNode {
  return { type: 'text', text, marks: [mark] }
}

export const bold = (text: string): DocNode => markText(text, { type: 'bold' })
export const italic = (text: string): DocNode => markText(text, { type: 'italic' })
export const code = (text: string): DocNode => markText(text, { type: 'code' })
export const strike = (text: string): DocNode => markText(text, { type: 'strike' })
export const link = (text: string, href: string): DocNode => markText(text, { type: 'link', attrs: { href } })
export const br = (): DocNode => ({ type: 'hardBreak' })

function inline(parts: Inline[]): DocNode[] {
  return parts.filter((part) => part !== '').map((part) => (typeof part === 'string' ? { type: 'text', text: part } : part))
}

function textblock(type: string, parts: Inline[], attrs?: Record<string, unknown>): DocNode {
  const node: DocNode = { type }
  if (attrs) node.attrs = attrs
  const content = inline(parts)
  if (content.length > 0) node.content = content
  return node
}

export const p = (...parts: Inline[]): DocNode => textblock('paragraph', parts)
export const h1 = (...parts: Inline[]): DocNode => textblock('heading', parts, { level: 1 })
export const h2 = (...parts: Inline[]): DocNode => textblock('heading', parts, { level: 2 })
export const h3 = (...parts: Inline[]): DocNode => textblock('heading', parts, { level: 3 })
export const h4 = (...parts: Inline[]): DocNode => textblock('heading', parts, { level: 4 })
export const hr = (): DocNode => ({ type: 'horizontalRule' })

/** A list item: one line of text, or text followed by nested blocks. */
export type Item = Inline | Inline[] | { text: Inline | Inline[]; children: DocNode[] }

function itemContent(item: Item): DocNode[] {
  if (typeof item === 'string' || Array.isArray(item)) return [p(...(Array.isArray(item) ? item : [item]))]
  if ('children' in item) return [p(...(Array.isArray(item.text) ? item.text : [item.text])), ...item.children]
  return [p(item)]
}

export const bullets = (items: Item[]): DocNode => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: itemContent(item) }))
})

export const numbered = (items: Item[], start = 1): DocNode => ({
  type: 'orderedList',
  attrs: { start },
  content: items.map((item) => ({ type: 'listItem', content: itemContent(item) }))
})

/** A checklist: every item becomes a step of a run. */
export const tasks = (items: Item[], checked = false): DocNode => ({
  type: 'taskList',
  content: items.map((item) => ({ type: 'taskItem', attrs: { checked }, content: itemContent(item) }))
})

export const quote = (...blocks: DocNode[]): DocNode => ({ type: 'blockquote', content: blocks })

/** A quote that opens with its kind in bold, written to Markdown as `> [!TIP]`. */
export const callout = (kind: 'Note' | 'Tip' | 'Important' | 'Warning' | 'Caution', ...blocks: DocNode[]): DocNode =>
  quote(p(bold(kind)), ...blocks)

export const codeBlock = (text: string, language?: string): DocNode => {
  const node: DocNode = { type: 'codeBlock' }
  if (language) node.attrs = { language }
  if (text) node.content = [{ type: 'text', text }]
  return node
}

/** The first row is the header. */
export const table = (rows: Inline[][]): DocNode => ({
  type: 'table',
  content: rows.map((cells, index) => ({
    type: 'tableRow',
    content: cells.map((cell) => ({ type: index === 0 ? 'tableHeader' : 'tableCell', content: [p(cell)] }))
  }))
})

export const doc = (...blocks: DocNode[]): PlaybookDoc => ({ type: 'doc', content: blocks.length > 0 ? blocks : [p()] })
