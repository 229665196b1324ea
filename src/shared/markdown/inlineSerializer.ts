import type { DocMark, DocNode } from '../domain/playbooks/doc'
import { normalizeInlineNodes, sameMark } from '../domain/playbooks/doc'
import { parseInline } from './inlineParser'

/** Where inline content is written: a paragraph may span lines; a heading or a table cell is one line. */
export type InlineContext = 'paragraph' | 'heading' | 'table'

/** Marks whose Markdown delimiters only work next to non-space text (CommonMark's flanking rules). */
const flankingMarks = new Set(['bold', 'italic', 'strike'])
/** Marks Markdown can carry; others (a text colour, a highlight) are left behind. */
const writtenMarks = new Set(['link', 'bold', 'italic', 'strike', 'underline', 'code'])

interface Piece {
  kind: 'text' | 'code' | 'break'
  text: string
  marks: DocMark[]
}

function toPieces(nodes: DocNode[]): Piece[] {
  const pieces: Piece[] = []
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      pieces.push({ kind: 'break', text: '', marks: [] })
      continue
    }
    if (node.type !== 'text' || !node.text) continue
    const marks = (node.marks ?? []).filter((mark) => writtenMarks.has(mark.type))
    const others = marks.filter((mark) => mark.type !== 'code')
    if (others.length !== marks.length) {
      pieces.push({ kind: 'code', text: node.text, marks: others })
      continue
    }
    const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(node.text)
    const [, lead = '', core = '', trail = ''] = match ?? []
    if (lead) pieces.push({ kind: 'text', text: lead, marks })
    if (core) pieces.push({ kind: 'text', text: core, marks })
    if (trail) pieces.push({ kind: 'text', text: trail, marks })
  }
  return pieces
}

function hasMark(marks: DocMark[], mark: DocMark): boolean {
  return marks.some((other) => sameMark(other, mark))
}

/** Whitespace next to an opening or closing `**` would break it, so such marks step back from the whitespace. */
function moveMarksOffWhitespace(pieces: Piece[]): void {
  let changed = true
  while (changed) {
    changed = false
    pieces.forEach((piece, index) => {
      if (piece.kind !== 'text') return
      const previous = pieces[index - 1]?.marks ?? []
      const next = pieces[index + 1]?.marks ?? []
      const kept = piece.marks.filter((mark) => {
        if (!flankingMarks.has(mark.type)) return true
        if (/^\s/.test(piece.text) && !hasMark(previous, mark)) return false
        if (/\s$/.test(piece.text) && !hasMark(next, mark)) return false
        return true
      })
      if (kept.length !== piece.marks.length) {
        piece.marks = kept
        changed = true
      }
    })
  }
}

const alphanumeric = /[\p{L}\p{N}]/u

/** Backslash-escapes what the inline parser would otherwise read as markup. */
/** Text that starts a line and would read as a task box, a callout marker or a link definition. */
const lineStartBracket = /^\[(?:[ xX/-]\](?=[ \t]|$)|!|[^\]]*\]:)/

function escapeText(text: string, context: InlineContext, inLink: boolean, atLineStart: boolean): string {
  if (atLineStart && lineStartBracket.test(text)) return '\\[' + escapeText(text.slice(1), context, inLink, false)
  let out = ''
  const last = text.length - 1
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i)
    const before = text.charAt(i - 1)
    const after = text.charAt(i + 1)
    switch (char) {
      case '\\':
      case '`':
      case '<':
        out += '\\' + char
        break
      case '*':
        // A star between spaces ("5 * 3") can neither open nor close emphasis.
        out += /\s/.test(before) && /\s/.test(after) ? char : '\\' + char
        break
      case '[':
        // Brackets are only markup as a link, a wikilink or a task box; plain "[note]" stays readable.
        out += inLink || i === last || after === '[' || before === '[' ? '\\' + char : char
        break
      case ']':
        out += inLink || i === last || after === '(' || after === '[' || after === ']' ? '\\' + char : char
        break
      case '_':
        out += alphanumeric.test(before) && alphanumeric.test(after) ? char : '\\' + char
        break
      case '~':
        out += before === '~' || after === '~' || i === 0 || i === text.length - 1 ? '\\' + char : char
        break
      case '=':
      case '%':
        out += after === char || before === char ? '\\' + char : char
        break
      case '!':
        out += i === last || after === '[' ? '\\' + char : char
        break
      case '|':
        out += context === 'table' ? '\\' + char : char
        break
      case '&':
        out += /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/.test(text.slice(i)) ? '\\' + char : char
        break
      case ':':
        // Keeps a plain "https://..." from turning into a link.
        out += after === '/' && text.charAt(i + 2) === '/' && /https?$/i.test(text.slice(Math.max(0, i - 5), i)) ? '\\' + char : char
        break
      default:
        out += char
    }
  }
  return out
}

function codeSpan(text: string, context: InlineContext, atLineStart: boolean): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  // Three backticks at the start of a line would open a code block.
  if (atLineStart && longest >= 2) return `<code>${escapeText(text, context, false, true)}</code>`
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') ? ' ' : ''
  const body = context === 'table' ? text.replace(/\|/g, '\\|') : text
  return fence + pad + body + pad + fence
}

function linkDestination(href: string): string {
  let depth = 0
  let balanced = true
  for (const char of href) {
    if (char === '(') depth++
    if (char === ')' && --depth < 0) balanced = false
  }
  if (href === '' || /[\s<>]/.test(href) || !balanced || depth !== 0) return `<${href.replace(/([<>\\])/g, '\\$1')}>`
  return href.replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
}

function openMark(mark: DocMark, html: boolean): string {
  switch (mark.type) {
    case 'bold':
      return html ? '<strong>' : '**'
    case 'italic':
      return html ? '<em>' : '*'
    case 'strike':
      return html ? '<s>' : '~~'
    case 'underline':
      return '<u>'
    case 'link':
      return '['
    default:
      return ''
  }
}

function closeMark(mark: DocMark, html: boolean): string {
  switch (mark.type) {
    case 'bold':
      return html ? '</strong>' : '**'
    case 'italic':
      return html ? '</em>' : '*'
    case 'strike':
      return html ? '</s>' : '~~'
    case 'underline':
      return '</u>'
    case 'link': {
      const href = String(mark.attrs?.href ?? '')
      const title = typeof mark.attrs?.title === 'string' && mark.attrs.title !== '' ? ` "${mark.attrs.title.replace(/(["\\])/g, '\\$1')}"` : ''
      return `](${linkDestination(href)}${title})`
    }
    default:
      return ''
  }
}

function runLength(pieces: Piece[], from: number, mark: DocMark): number {
  let length = 0
  for (let i = from; i < pieces.length && hasMark((pieces[i] as Piece).marks, mark); i++) length++
  return length
}

/** The pieces as lines of Markdown (a hard break ends a line), every mark closed at the end of its line. */
function serializeLines(pieces: Piece[], context: InlineContext, html: boolean): string[] {
  const lines: string[] = []
  let out = ''
  let active: DocMark[] = []
  const closeFrom = (keep: number): void => {
    for (let i = active.length - 1; i >= keep; i--) out += closeMark(active[i] as DocMark, html)
    active = active.slice(0, keep)
  }
  pieces.forEach((piece, index) => {
    if (piece.kind === 'break') {
      closeFrom(0)
      lines.push(out)
      out = ''
      return
    }
    let keep = 0
    while (keep < active.length && hasMark(piece.marks, active[keep] as DocMark)) keep++
    closeFrom(keep)
    const opening = piece.marks
      .filter((mark) => !hasMark(active, mark))
      .map((mark) => ({ mark, length: runLength(pieces, index, mark) }))
      .sort((a, b) => b.length - a.length || (a.mark.type === 'link' ? -1 : b.mark.type === 'link' ? 1 : 0))
    for (const { mark } of opening) {
      out += openMark(mark, html)
      active.push(mark)
    }
    const inLink = piece.marks.some((mark) => mark.type === 'link')
    out += piece.kind === 'code' ? codeSpan(piece.text, context, out === '') : escapeText(piece.text, context, inLink, out === '')
  })
  closeFrom(0)
  lines.push(out)
  return lines
}

function encodeSpaces(spaces: string): string {
  return spaces.replace(/ /g, '&#32;').replace(/\t/g, '&#9;')
}

/** Leading and trailing spaces of a line would be dropped by any Markdown reader, so they are written as entities. */
function protectLineEdges(line: string): string {
  return line.replace(/^[ \t]+/, encodeSpaces).replace(/[ \t]+$/, encodeSpaces)
}

/** Escapes text at the start of a paragraph line that would otherwise begin a heading, list, quote, rule or table. */
function protectLineStart(line: string): string {
  if (/^#{1,6}(?=[ \t]|$)/.test(line)) return '\\' + line
  if (/^[>+|]/.test(line)) return '\\' + line
  if (/^-(?=[ \t]|$)/.test(line) || /^(?:-[ \t]*)+$/.test(line) || /^=+[ \t]*$/.test(line)) return '\\' + line
  if (/^:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?$/.test(line)) return '\\' + line
  return line.replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2')
}

/** A heading's closing "#"s are not content, so a heading that ends in "#" escapes it. */
function protectHeadingEnd(line: string): string {
  return line.replace(/(^|[ \t])(#+)$/, '$1\\$2')
}

function render(pieces: Piece[], context: InlineContext, html: boolean): string {
  const lines = serializeLines(pieces, context, html).map(protectLineEdges)
  if (context === 'paragraph') {
    // A backslash at the very end of a paragraph is only a backslash, so trailing breaks are written as <br>.
    let trailing = 0
    while (lines.length > 1 && lines[lines.length - 1] === '') {
      lines.pop()
      trailing++
    }
    return lines.map(protectLineStart).join('\\\n') + '<br>'.repeat(trailing)
  }
  const joined = lines.join('<br>')
  return context === 'heading' ? protectHeadingEnd(joined) : joined
}

function readBack(markdown: string, context: InlineContext): DocNode[] {
  const source = context === 'table' ? markdown.replace(/\\\|/g, '|') : markdown
  return parseInline(source)
}

/**
 * Inline content (text with marks and hard breaks) as Markdown. Emphasis is written with `*`; where CommonMark's
 * flanking rules would misread it (as in `**"quoted"**text`), it is written as HTML tags instead, checked by
 * reading the result back.
 */
export function serializeInline(nodes: DocNode[], context: InlineContext): string {
  const normalized = normalizeInlineNodes(nodes)
  const pieces = toPieces(normalized)
  moveMarksOffWhitespace(pieces)
  const expected = JSON.stringify(normalizeInlineNodes(pieces.map(pieceNode)))
  const markdown = render(pieces, context, false)
  if (JSON.stringify(readBack(markdown, context)) === expected) return markdown
  return render(pieces, context, true)
}

function pieceNode(piece: Piece): DocNode {
  if (piece.kind === 'break') return { type: 'hardBreak' }
  const marks = piece.kind === 'code' ? [...piece.marks, { type: 'code' }] : piece.marks
  return marks.length > 0 ? { type: 'text', text: piece.text, marks } : { type: 'text', text: piece.text }
}
