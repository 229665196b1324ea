import type { DocMark, DocNode, PlaybookDoc } from './doc'
import { linkTarget } from './links'

/**
 * The editor's schema as data: the nodes and marks a playbook document may
 * hold and the attributes each may carry (see playbookExtensions in the
 * renderer). An imported document is checked against it before it is stored,
 * so that no file can bring in a node the editor does not know (a `script`, an
 * `iframe`), an attribute it does not use, or a link that runs code.
 */
type AttrRule = (value: unknown) => boolean

const isInt = (min: number, max: number): AttrRule => (value) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
const isSpanWidths: AttrRule = (value) => value === null || (Array.isArray(value) && value.length <= 64 && value.every((width) => isInt(0, 10_000)(width)))

const nodeAttrs: Record<string, Record<string, AttrRule>> = {
  doc: {},
  paragraph: {},
  text: {},
  hardBreak: {},
  heading: { level: isInt(1, 6) },
  bulletList: {},
  orderedList: { start: isInt(0, 1_000_000), type: (value) => value === null || (typeof value === 'string' && /^[1aAiI]$/.test(value)) },
  listItem: {},
  taskList: {},
  taskItem: { checked: (value) => typeof value === 'boolean' },
  codeBlock: { language: (value) => value === null || (typeof value === 'string' && /^[\w+#.-]{0,40}$/.test(value)) },
  blockquote: {},
  horizontalRule: {},
  table: {},
  tableRow: {},
  tableHeader: { colspan: isInt(1, 1000), rowspan: isInt(1, 1000), colwidth: isSpanWidths, align: (value) => value === 'left' || value === 'center' || value === 'right' },
  // Images are stored blobs (`opsdeck-image:<id>`) or inline data images: never a path or a web address.
  image: {
    src: (value) => typeof value === 'string' && (/^opsdeck-image:[\w-]{1,100}$/.test(value) || /^data:image\/(png|jpeg|gif|webp|avif|bmp);base64,[a-z0-9+/=]+$/i.test(value)),
    alt: (value) => typeof value === 'string' && value.length <= 2000,
    title: (value) => typeof value === 'string' && value.length <= 2000,
    width: isInt(1, 100_000),
    height: isInt(1, 100_000)
  },
  tableCell: { colspan: isInt(1, 1000), rowspan: isInt(1, 1000), colwidth: isSpanWidths, align: (value) => value === 'left' || value === 'center' || value === 'right' }
}

const markAttrs: Record<string, Record<string, AttrRule>> = {
  link: {
    href: (value) => linkTarget(value) !== undefined,
    title: (value) => typeof value === 'string' && value.length <= 1000,
    // What TipTap's Link writes by default; opening goes through LinkOpener whatever they say.
    target: (value) => value === '_blank',
    rel: (value) => typeof value === 'string' && /^[\w\s-]{0,100}$/.test(value),
    class: (value) => typeof value === 'string' && /^[\w\s-]{0,100}$/.test(value)
  },
  bold: {},
  code: {},
  italic: {},
  strike: {},
  underline: {}
}

/** Deeper than any real document (lists nest a few levels); deep enough nesting crashes recursive code. */
export const MAX_DOC_DEPTH = 64
/** Nodes in one document; a playbook of a hundred pages has some tens of thousands. */
export const MAX_DOC_NODES = 500_000

export type DocCheck = { ok: true; doc: PlaybookDoc; dropped: string[] } | { ok: false; reason: string }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Depth and size first, without recursion, so that a hostile document cannot overflow the stack of the checks. */
function measure(root: unknown): string | undefined {
  const stack: [unknown, number][] = [[root, 1]]
  let nodes = 0
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number]
    if (depth > MAX_DOC_DEPTH) return `it nests deeper than ${MAX_DOC_DEPTH} levels`
    if (++nodes > MAX_DOC_NODES) return `it has more than ${MAX_DOC_NODES.toLocaleString('en-US')} nodes`
    const content = isRecord(node) ? node.content : undefined
    if (Array.isArray(content)) for (const child of content) stack.push([child, depth + 1])
  }
  return undefined
}

function keptAttrs(attrs: unknown, rules: Record<string, AttrRule>, what: string, dropped: Set<string>): Record<string, unknown> | undefined {
  if (!isRecord(attrs)) return undefined
  const kept: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(attrs)) {
    const rule = rules[name]
    // The editor writes null for an attribute at its default: kept for a known one, so a document reads back equal.
    if (value === null && rule !== undefined) kept[name] = null
    else if (value === null || value === undefined) continue
    else if (rule?.(value)) kept[name] = value
    else if (rule === undefined) dropped.add(`attribute "${name}" on ${what}`)
    else dropped.add(`invalid "${name}" on ${what}`)
  }
  return Object.keys(kept).length > 0 ? kept : undefined
}

function checkMarks(marks: unknown, dropped: Set<string>): DocMark[] | undefined {
  if (!Array.isArray(marks)) return undefined
  const kept: DocMark[] = []
  for (const mark of marks) {
    const type = isRecord(mark) && typeof mark.type === 'string' ? mark.type : undefined
    const rules = type === undefined ? undefined : markAttrs[type]
    if (type === undefined || rules === undefined) {
      dropped.add(`unknown mark "${String(type)}"`)
      continue
    }
    if (type === 'link' && linkTarget(isRecord(mark) && isRecord(mark.attrs) ? mark.attrs.href : undefined) === undefined) {
      dropped.add('a link that is not a web, e-mail or Opsdeck link (its words are kept)')
      continue
    }
    const attrs = keptAttrs((mark as { attrs?: unknown }).attrs, rules, `a ${type} mark`, dropped)
    kept.push(attrs ? { type, attrs } : { type })
  }
  return kept.length > 0 ? kept : undefined
}

function checkNode(node: unknown, dropped: Set<string>): DocNode | undefined {
  const type = isRecord(node) && typeof node.type === 'string' ? node.type : undefined
  const rules = type === undefined ? undefined : nodeAttrs[type]
  if (!isRecord(node) || type === undefined || rules === undefined || type === 'doc') {
    dropped.add(`unknown node "${String(type)}"`)
    return undefined
  }
  if (type === 'text') {
    if (typeof node.text !== 'string' || node.text === '') return undefined
    const marks = checkMarks(node.marks, dropped)
    return marks ? { type, text: node.text, marks } : { type, text: node.text }
  }
  const result: DocNode = { type }
  const attrs = keptAttrs(node.attrs, rules, `a ${type}`, dropped)
  if (attrs) result.attrs = attrs
  if (Array.isArray(node.content)) {
    const content = node.content.map((child) => checkNode(child, dropped)).filter((child): child is DocNode => child !== undefined)
    if (content.length > 0) result.content = content
  }
  return result
}

/**
 * The document with everything outside the editor's schema removed, and what
 * was removed (each kind once, for the import report); or the reason the
 * document cannot be taken at all.
 */
export function checkPlaybookDoc(value: unknown): DocCheck {
  if (!isRecord(value) || value.type !== 'doc' || !Array.isArray(value.content)) return { ok: false, reason: 'it is not an editor document ({"type": "doc", "content": [...]})' }
  const tooLarge = measure(value)
  if (tooLarge) return { ok: false, reason: tooLarge }
  const dropped = new Set<string>()
  const content = value.content.map((child) => checkNode(child, dropped)).filter((child): child is DocNode => child !== undefined)
  return { ok: true, doc: { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] }, dropped: [...dropped] }
}
