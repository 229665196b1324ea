/**
 * The playbook document: the JSON of a TipTap 3 (ProseMirror) editor, `editor.getJSON()`.
 *
 * Nodes the editor uses: doc, paragraph, heading{level}, text, hardBreak, bulletList, orderedList{start},
 * listItem, taskList, taskItem{checked}, codeBlock{language}, blockquote, horizontalRule,
 * table, tableRow, tableHeader, tableCell{align?}. Marks: link{href, title?}, bold, code, italic, strike, underline.
 */
export interface DocMark {
  type: string
  attrs?: Record<string, unknown>
}

export interface DocNode {
  type: string
  attrs?: Record<string, unknown>
  content?: DocNode[]
  text?: string
  marks?: DocMark[]
}

export interface PlaybookDoc extends DocNode {
  type: 'doc'
  content: DocNode[]
}

/** ProseMirror orders a node's marks by their rank in the schema; this is StarterKit's order (link has priority). */
export const markOrder = ['link', 'bold', 'code', 'italic', 'strike', 'underline'] as const

export function emptyDoc(): PlaybookDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] }
}

function markRank(mark: DocMark): number {
  const rank = (markOrder as readonly string[]).indexOf(mark.type)
  return rank === -1 ? markOrder.length : rank
}

export function sortMarks(marks: DocMark[]): DocMark[] {
  return [...marks].sort((a, b) => markRank(a) - markRank(b))
}

function sameAttrs(a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined): boolean {
  const keysA = Object.keys(a ?? {})
  const keysB = Object.keys(b ?? {})
  if (keysA.length !== keysB.length) return false
  return keysA.every((key) => JSON.stringify(a?.[key]) === JSON.stringify(b?.[key]))
}

export function sameMark(a: DocMark, b: DocMark): boolean {
  return a.type === b.type && sameAttrs(a.attrs, b.attrs)
}

export function sameMarks(a: DocMark[] | undefined, b: DocMark[] | undefined): boolean {
  const left = a ?? []
  const right = b ?? []
  return left.length === right.length && left.every((mark) => right.some((other) => sameMark(mark, other)))
}

function withoutNulls(attrs: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(attrs)) if (value !== null && value !== undefined) result[key] = value
  return result
}

/** Only the attributes that carry content; presentation defaults (link target, column widths) are dropped. */
function contentAttrs(node: DocNode): Record<string, unknown> | undefined {
  const attrs = withoutNulls(node.attrs ?? {})
  switch (node.type) {
    case 'heading':
      return { level: typeof attrs.level === 'number' ? attrs.level : 1 }
    case 'orderedList':
      return { start: typeof attrs.start === 'number' ? attrs.start : 1 }
    case 'taskItem':
      return { checked: attrs.checked === true }
    case 'codeBlock':
      return typeof attrs.language === 'string' && attrs.language !== '' ? { language: attrs.language } : undefined
    case 'tableCell':
    case 'tableHeader': {
      const kept: Record<string, unknown> = {}
      if (attrs.align === 'left' || attrs.align === 'center' || attrs.align === 'right') kept.align = attrs.align
      if (typeof attrs.colspan === 'number' && attrs.colspan > 1) kept.colspan = attrs.colspan
      if (typeof attrs.rowspan === 'number' && attrs.rowspan > 1) kept.rowspan = attrs.rowspan
      return Object.keys(kept).length > 0 ? kept : undefined
    }
    default:
      return Object.keys(attrs).length > 0 ? attrs : undefined
  }
}

function normalizeMark(mark: DocMark): DocMark {
  if (mark.type === 'link') {
    const attrs: Record<string, unknown> = { href: String(mark.attrs?.href ?? '') }
    if (typeof mark.attrs?.title === 'string' && mark.attrs.title !== '') attrs.title = mark.attrs.title
    return { type: 'link', attrs }
  }
  const attrs = withoutNulls(mark.attrs ?? {})
  return Object.keys(attrs).length > 0 ? { type: mark.type, attrs } : { type: mark.type }
}

/**
 * TipTap's code mark excludes every other mark. A link is worth more than monospace, so a linked code span keeps
 * the link; any other mark beside code is dropped, as the editor would.
 */
export function editorMarks(marks: DocMark[]): DocMark[] {
  const hasCode = marks.some((mark) => mark.type === 'code')
  if (!hasCode) return marks
  if (marks.some((mark) => mark.type === 'link')) return marks.filter((mark) => mark.type !== 'code')
  return marks.filter((mark) => mark.type === 'code')
}

/** Inline content in its content-only form (see normalizeDoc). */
export function normalizeInlineNodes(nodes: DocNode[]): DocNode[] {
  const result: DocNode[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      if (!node.text) continue
      const marks = sortMarks(editorMarks((node.marks ?? []).map(normalizeMark)))
      const previous = result[result.length - 1]
      if (previous?.type === 'text' && sameMarks(previous.marks, marks)) {
        previous.text = (previous.text ?? '') + node.text
        continue
      }
      result.push(marks.length > 0 ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text })
    } else if (node.type === 'hardBreak') {
      result.push({ type: 'hardBreak' })
    } else {
      result.push(normalizeNode(node))
    }
  }
  return result
}

function normalizeNode(node: DocNode): DocNode {
  const result: DocNode = { type: node.type }
  const attrs = contentAttrs(node)
  if (attrs) result.attrs = attrs
  if (node.type === 'text') return { ...result, text: node.text ?? '' }
  const children = node.content ?? []
  const isTextblock = children.some((child) => child.type === 'text' || child.type === 'hardBreak')
  const content = isTextblock ? normalizeInlineNodes(children) : children.map(normalizeNode)
  if (content.length > 0) result.content = content
  return result
}

/**
 * The content-only form of a document, for comparing two documents and for the Markdown round trip: adjacent text
 * with the same marks merged, marks in schema order, null and presentation-only attributes dropped, empty
 * `content` arrays left out (as `editor.getJSON()` does).
 */
export function normalizeDoc<T extends DocNode>(doc: T): T {
  return normalizeNode(doc) as T
}

/** The plain text of a node, hard breaks as newlines. */
export function nodeText(node: DocNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return '\n'
  return (node.content ?? []).map(nodeText).join('')
}
