import type { LinkTarget } from './inlineParser'
import { normalizeLabel } from './inlineParser'

/** The block structure of a Markdown text, before its inline text is parsed. */
export type RawBlock =
  | { t: 'heading'; level: number; text: string }
  | { t: 'paragraph'; text: string }
  | { t: 'code'; language?: string; text: string }
  | { t: 'hr' }
  | { t: 'quote'; children: RawBlock[]; callout?: { type: string; title?: string } }
  | { t: 'list'; ordered: boolean; items: RawListItem[] }
  | { t: 'table'; aligns: (CellAlign | undefined)[]; header: string[]; rows: string[][] }

export type CellAlign = 'left' | 'center' | 'right'

export interface RawListItem {
  number?: number
  task?: { checked: boolean }
  children: RawBlock[]
}

export interface BlockParse {
  blocks: RawBlock[]
  references: Map<string, LinkTarget>
}

const atxHeading = /^ {0,3}(#{1,6})(?=[ \t]|$)(.*)$/
const fenceOpen = /^( {0,3})(`{3,}|~{3,})(.*)$/
const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const setextUnderline = /^ {0,3}(=+|-+)[ \t]*$/
const quoteMarker = /^ {0,3}>/
const listMarker = /^( {0,3})([-+*]|(\d{1,9})([.)]))(?=[ \t]|$)([ \t]*)(.*)$/
const delimiterRow = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/
const referenceDefinition = /^ {0,3}\[((?:[^[\]\\]|\\.)+)\]:[ \t]*<?([^\s>]+)>?(?:[ \t]+(?:"([^"]*)"|'([^']*)'|\(([^)]*)\)))?[ \t]*$/
const calloutMarker = /^\[!([A-Za-z][\w-]*)\][+-]?(?:[ \t]+(.*))?$/
const taskMarker = /^\[([ xX/-])\](?=[ \t]|$)[ \t]?/
/** Block-level HTML as Notion and Confluence exports write it; the tags are dropped and their text kept. */
const htmlBlockTag = /^ {0,3}<\/?(aside|div|p|details|summary|section|article|header|footer|main|nav|figure|figcaption|center|table|thead|tbody|tfoot|tr|td|th|ul|ol|li|blockquote|h[1-6]|hr|br|img|span)(?=[\s/>])[^>]*>/i

function expandTabs(line: string): string {
  let column = 0
  let i = 0
  let result = ''
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) {
    const width = line[i] === '\t' ? 4 - (column % 4) : 1
    result += ' '.repeat(width)
    column += width
    i++
  }
  return result + line.slice(i)
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length
}

function isBlank(line: string): boolean {
  return line.trim() === ''
}

function stripIndent(line: string, width: number): string {
  const indent = Math.min(indentOf(line), width)
  return line.slice(indent)
}

interface ListMarker {
  indent: number
  bullet?: string
  number?: number
  delimiter?: string
  /** The column where the item's content starts. */
  contentIndent: number
  rest: string
}

function matchListMarker(line: string): ListMarker | undefined {
  const match = listMarker.exec(line)
  if (!match) return undefined
  const indent = match[1]?.length ?? 0
  const marker = match[2] ?? ''
  const spaces = match[5]?.length ?? 0
  const rest = match[6] ?? ''
  const markerEnd = indent + marker.length
  const contentIndent = rest === '' || spaces > 4 ? markerEnd + 1 : markerEnd + spaces
  const result: ListMarker = { indent, contentIndent, rest: spaces > 4 ? ' '.repeat(spaces - 1) + rest : rest }
  if (match[3]) {
    result.number = Number(match[3])
    result.delimiter = match[4]
  } else result.bullet = marker
  return result
}

function sameList(a: ListMarker, b: ListMarker): boolean {
  return a.bullet !== undefined ? a.bullet === b.bullet : a.delimiter === b.delimiter
}

function splitRow(line: string): string[] {
  let row = line.trim()
  if (row.startsWith('|')) row = row.slice(1)
  const cells: string[] = []
  let cell = ''
  // Any backslash right before a pipe escapes it, even inside a code span, and is removed (as GFM does for `\|`).
  for (let i = 0; i < row.length; i++) {
    const char = row.charAt(i)
    if (char === '\\' && row.charAt(i + 1) === '|') {
      cell += '|'
      i++
    } else if (char === '|') {
      cells.push(cell)
      cell = ''
    } else cell += char
  }
  if (cell.trim() !== '' || !row.endsWith('|')) cells.push(cell)
  return cells.map((value) => value.trim())
}

function hasPipe(line: string): boolean {
  return /(^|[^\\])\|/.test(line)
}

function isTableStart(header: string, delimiter: string | undefined): boolean {
  if (delimiter === undefined) return false
  if (!hasPipe(header) || !delimiterRow.test(delimiter) || !delimiter.includes('|')) return false
  return splitRow(header).length === splitRow(delimiter).length
}

function startsBlock(line: string): boolean {
  return (
    atxHeading.test(line) ||
    fenceOpen.test(line) ||
    thematicBreak.test(line) ||
    quoteMarker.test(line) ||
    htmlBlockTag.test(line) ||
    matchListMarker(line) !== undefined
  )
}

/** May this line end a paragraph? Only lists that start with content (and ordered ones at 1) do. */
function interruptsParagraph(line: string): boolean {
  if (atxHeading.test(line) || fenceOpen.test(line) || thematicBreak.test(line) || quoteMarker.test(line)) return true
  if (htmlBlockTag.test(line) || line.trimStart().startsWith('<!--')) return true
  const marker = matchListMarker(line)
  if (!marker || marker.rest.trim() === '') return false
  return marker.number === undefined || marker.number === 1
}

function isFenceOpen(line: string): RegExpExecArray | null {
  const match = fenceOpen.exec(line)
  if (!match) return null
  if ((match[2] ?? '').startsWith('`') && (match[3] ?? '').includes('`')) return null
  return match
}

class BlockParser {
  readonly references = new Map<string, LinkTarget>()

  parse(lines: string[]): RawBlock[] {
    const blocks: RawBlock[] = []
    let paragraph: string[] | undefined
    const flush = (): void => {
      if (paragraph) blocks.push({ t: 'paragraph', text: paragraph.join('\n') })
      paragraph = undefined
    }

    let i = 0
    while (i < lines.length) {
      const line = expandTabs(lines[i] ?? '')
      if (isBlank(line)) {
        flush()
        i++
        continue
      }
      const indent = indentOf(line)

      if (paragraph) {
        const underline = indent < 4 ? setextUnderline.exec(line) : null
        if (underline) {
          blocks.push({ t: 'heading', level: underline[1]?.startsWith('=') ? 1 : 2, text: paragraph.join('\n').trim() })
          paragraph = undefined
          i++
          continue
        }
        if (indent >= 4 || !interruptsParagraph(line)) {
          paragraph.push(line.trimStart())
          i++
          continue
        }
        flush()
      }

      if (indent >= 4) {
        i = this.indentedCode(lines, i, blocks)
        continue
      }

      const heading = atxHeading.exec(line)
      if (heading) {
        const text = (heading[2] ?? '').trim().replace(/(^|[ \t]+)#+$/, '').trim()
        blocks.push({ t: 'heading', level: heading[1]?.length ?? 1, text })
        i++
        continue
      }

      const fence = isFenceOpen(line)
      if (fence) {
        i = this.fencedCode(lines, i, fence, blocks)
        continue
      }

      if (thematicBreak.test(line)) {
        blocks.push({ t: 'hr' })
        i++
        continue
      }

      if (quoteMarker.test(line)) {
        i = this.blockquote(lines, i, blocks)
        continue
      }

      const marker = matchListMarker(line)
      if (marker) {
        i = this.list(lines, i, marker, blocks)
        continue
      }

      if (isTableStart(line, lines[i + 1] === undefined ? undefined : expandTabs(lines[i + 1] ?? ''))) {
        i = this.table(lines, i, blocks)
        continue
      }

      if (line.trimStart().startsWith('<!--')) {
        while (i < lines.length && !(lines[i] ?? '').includes('-->')) i++
        i++
        continue
      }

      if (htmlBlockTag.test(line)) {
        i = this.htmlBlock(lines, i, blocks)
        continue
      }

      const definition = referenceDefinition.exec(line)
      if (definition?.[1] && definition[2]) {
        const label = normalizeLabel(definition[1])
        const title = definition[3] ?? definition[4] ?? definition[5]
        if (!this.references.has(label)) this.references.set(label, title ? { href: definition[2], title } : { href: definition[2] })
        i++
        continue
      }

      paragraph = [line.trimStart()]
      i++
    }
    flush()
    return blocks
  }

  private indentedCode(lines: string[], start: number, blocks: RawBlock[]): number {
    const code: string[] = []
    let i = start
    while (i < lines.length) {
      const line = expandTabs(lines[i] ?? '')
      if (!isBlank(line) && indentOf(line) < 4) break
      code.push(line.slice(4))
      i++
    }
    while (code.length > 0 && isBlank(code[code.length - 1] ?? '')) code.pop()
    blocks.push({ t: 'code', text: code.join('\n') })
    return i
  }

  private fencedCode(lines: string[], start: number, fence: RegExpExecArray, blocks: RawBlock[]): number {
    const fenceIndent = fence[1]?.length ?? 0
    const marker = fence[2] ?? '```'
    const language = (fence[3] ?? '').trim().split(/\s+/)[0]?.replace(/^\{?\.?/, '').replace(/\}$/, '')
    const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`)
    const code: string[] = []
    let i = start + 1
    while (i < lines.length) {
      const line = expandTabs(lines[i] ?? '')
      if (closing.test(line)) {
        i++
        break
      }
      code.push(stripIndent(line, fenceIndent))
      i++
    }
    const block: RawBlock = { t: 'code', text: code.join('\n') }
    if (language) block.language = language
    blocks.push(block)
    return i
  }

  private blockquote(lines: string[], start: number, blocks: RawBlock[]): number {
    const inner: string[] = []
    let i = start
    while (i < lines.length) {
      const line = expandTabs(lines[i] ?? '')
      if (quoteMarker.test(line)) {
        inner.push(expandTabs(line.replace(/^ {0,3}> ?/, '')))
        i++
        continue
      }
      const previous = inner[inner.length - 1]
      if (isBlank(line) || previous === undefined || isBlank(previous) || startsBlock(line) || isFenceOpen(previous.trimStart())) break
      inner.push(line)
      i++
    }
    const first = calloutMarker.exec((inner[0] ?? '').trim())
    if (first?.[1]) {
      const callout: { type: string; title?: string } = { type: first[1].toLowerCase() }
      if (first[2]?.trim()) callout.title = first[2].trim()
      blocks.push({ t: 'quote', callout, children: this.parse(inner.slice(1)) })
    } else blocks.push({ t: 'quote', children: this.parse(inner) })
    return i
  }

  private list(lines: string[], start: number, first: ListMarker, blocks: RawBlock[]): number {
    const items: RawListItem[] = []
    let i = start
    let marker: ListMarker | undefined = first
    while (marker && sameList(first, marker)) {
      const itemLines = [marker.rest]
      const width = marker.contentIndent
      let lastBlank = isBlank(marker.rest)
      let inFence = isFenceOpen(marker.rest) !== null
      i++
      while (i < lines.length) {
        const line = expandTabs(lines[i] ?? '')
        if (isBlank(line)) {
          itemLines.push(stripIndent(line, width))
          lastBlank = true
          i++
          continue
        }
        const indent = indentOf(line)
        if (indent >= width) {
          const content = line.slice(width)
          itemLines.push(content)
          if (isFenceOpen(content) && !inFence) inFence = true
          else if (inFence && /^ {0,3}(`{3,}|~{3,})[ \t]*$/.test(content)) inFence = false
          lastBlank = false
          i++
          continue
        }
        const nested = matchListMarker(line)
        // Lenient where CommonMark is strict: "1. Step" with a "  - detail" below it is meant as nesting.
        if (nested && nested.indent >= marker.indent + 2) {
          itemLines.push(line.slice(indent))
          lastBlank = false
          i++
          continue
        }
        if (lastBlank || nested || inFence || startsBlock(line)) break
        itemLines.push(line.trimStart())
        i++
      }
      while (itemLines.length > 1 && isBlank(itemLines[itemLines.length - 1] ?? '')) itemLines.pop()

      const item: RawListItem = { children: [] }
      if (marker.number !== undefined) item.number = marker.number
      const task = taskMarker.exec(itemLines[0] ?? '')
      if (task) {
        item.task = { checked: task[1] === 'x' || task[1] === 'X' || task[1] === '-' }
        itemLines[0] = (itemLines[0] ?? '').slice(task[0].length)
      }
      item.children = this.parse(itemLines)
      items.push(item)

      const next = lines[i]
      marker = next === undefined ? undefined : matchListMarker(expandTabs(next))
      if (marker && thematicBreak.test(expandTabs(next ?? ''))) marker = undefined
    }
    blocks.push({ t: 'list', ordered: first.number !== undefined, items })
    return i
  }

  private table(lines: string[], start: number, blocks: RawBlock[]): number {
    const header = splitRow(expandTabs(lines[start] ?? ''))
    const aligns = splitRow(expandTabs(lines[start + 1] ?? '')).map((cell): CellAlign | undefined => {
      const left = cell.startsWith(':')
      const right = cell.endsWith(':')
      if (left && right) return 'center'
      if (right) return 'right'
      return left ? 'left' : undefined
    })
    const rows: string[][] = []
    let i = start + 2
    while (i < lines.length) {
      const line = expandTabs(lines[i] ?? '')
      if (isBlank(line) || startsBlock(line)) break
      const cells = splitRow(line)
      rows.push(header.map((_, column) => cells[column] ?? ''))
      i++
    }
    blocks.push({ t: 'table', aligns, header, rows })
    return i
  }

  private htmlBlock(lines: string[], start: number, blocks: RawBlock[]): number {
    const line = (lines[start] ?? '').trim()
    if (/^<aside\b[^>]*>/i.test(line)) {
      // Notion exports a callout as <aside>icon text</aside>.
      const inner: string[] = [line.replace(/^<aside\b[^>]*>/i, '')]
      let i = start + 1
      if (/<\/aside>\s*$/i.test(inner[0] ?? '')) inner[0] = (inner[0] ?? '').replace(/<\/aside>\s*$/i, '')
      else {
        while (i < lines.length && !/^\s*<\/aside>/i.test(lines[i] ?? '')) inner.push(lines[i++] ?? '')
        i++
      }
      blocks.push({ t: 'quote', children: this.parse(inner) })
      return i
    }
    if (/^<hr\b[^>]*>$/i.test(line)) {
      blocks.push({ t: 'hr' })
      return start + 1
    }
    const heading = /^<h([1-6])\b[^>]*>(.*)<\/h\1>$/i.exec(line)
    if (heading) {
      blocks.push({ t: 'heading', level: Number(heading[1]), text: heading[2] ?? '' })
      return start + 1
    }
    if (line.replace(/<[^>]*>/g, '').trim() !== '') blocks.push({ t: 'paragraph', text: line })
    return start + 1
  }
}

/** Splits Markdown into blocks (CommonMark with GFM tables and task lists, Obsidian callouts, Notion's HTML). */
export function parseBlocks(markdown: string): BlockParse {
  const parser = new BlockParser()
  const lines = markdown.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').split('\n')
  const blocks = parser.parse(lines)
  return { blocks, references: parser.references }
}
