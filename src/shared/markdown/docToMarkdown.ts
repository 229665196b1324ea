import type { DocNode } from '../domain/playbooks/doc'
import { nodeText } from '../domain/playbooks/doc'
import { serializeInline } from './inlineSerializer'

/** Obsidian's and GitHub's callout types; a quote that opens with one of them in bold is written as a callout. */
export const calloutTypes = [
  'note', 'tip', 'important', 'warning', 'caution', 'info', 'success', 'question', 'failure', 'danger', 'bug',
  'example', 'quote', 'abstract', 'summary', 'todo', 'hint', 'check', 'done', 'help', 'faq', 'error', 'tldr'
] as const

const listTypes = new Set(['bulletList', 'orderedList', 'taskList'])

function calloutOf(quote: DocNode): string | undefined {
  const first = quote.content?.[0]
  const only = first?.type === 'paragraph' && first.content?.length === 1 ? first.content[0] : undefined
  if (only?.type !== 'text' || only.marks?.length !== 1 || only.marks[0]?.type !== 'bold') return undefined
  const text = only.text ?? ''
  const type = text.toLowerCase()
  const isKnown = (calloutTypes as readonly string[]).includes(type)
  return isKnown && text === type.charAt(0).toUpperCase() + type.slice(1) ? type.toUpperCase() : undefined
}

function codeFence(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  return '`'.repeat(Math.max(3, longest + 1))
}

function indentLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : ' '.repeat(width) + line))
    .join('\n')
}

/** A table cell is one line: paragraphs are separated by two line breaks, other blocks are flattened to text. */
function cellMarkdown(cell: DocNode): string {
  const parts = (cell.content ?? []).map((block): string => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return serializeInline(block.content ?? [], 'table')
      case 'bulletList':
      case 'orderedList':
      case 'taskList':
        return (block.content ?? [])
          .map((item, index) => {
            const marker = block.type === 'orderedList' ? `${index + 1}.` : block.type === 'taskList' ? (item.attrs?.checked ? '☑' : '☐') : '•'
            return `${marker} ${serializeInline(item.content?.[0]?.content ?? [], 'table')}`
          })
          .join('<br>')
      default:
        return serializeInline([{ type: 'text', text: nodeText(block).replace(/\n/g, ' ') }], 'table')
    }
  })
  const filled = parts.filter((part) => part !== '')
  return filled.join('<br><br>')
}

/**
 * A nested list may follow its item's text on the next line, as people write it, when CommonMark lets it interrupt
 * a paragraph: a bullet or "1." item with content. Anything else needs a blank line.
 */
function interruptsParagraph(markdown: string): boolean {
  const firstLine = markdown.split('\n', 1)[0] ?? ''
  return /^(?:[-*]|1[.)]) \S/.test(firstLine)
}

class MarkdownWriter {
  blocks(nodes: DocNode[], inItem = false): string {
    let out = ''
    let previous: DocNode | undefined
    let previousVariant = false
    for (const node of nodes) {
      // Two lists of the same kind in a row would be read as one; a different marker keeps them apart.
      const variant: boolean = listTypes.has(node.type) && previous?.type === node.type ? !previousVariant : false
      const markdown = this.block(node, variant)
      if (markdown === undefined) continue
      if (previous) out += inItem && previous.type === 'paragraph' && interruptsParagraph(markdown) ? '\n' : '\n\n'
      out += markdown
      previous = node
      previousVariant = variant
    }
    return out
  }

  block(node: DocNode, variant = false): string | undefined {
    switch (node.type) {
      case 'paragraph': {
        const markdown = serializeInline(node.content ?? [], 'paragraph')
        return markdown === '' ? undefined : markdown
      }
      case 'heading': {
        const level = Math.min(Math.max(Number(node.attrs?.level ?? 1), 1), 6)
        const markdown = serializeInline(node.content ?? [], 'heading')
        return '#'.repeat(level) + (markdown === '' ? '' : ` ${markdown}`)
      }
      case 'codeBlock': {
        const text = nodeText(node)
        const fence = codeFence(text)
        const language = typeof node.attrs?.language === 'string' ? node.attrs.language.trim() : ''
        return text === '' ? `${fence}${language}\n${fence}` : `${fence}${language}\n${text}\n${fence}`
      }
      case 'horizontalRule':
        return '---'
      case 'image': {
        const src = String(node.attrs?.src ?? '')
        const alt = (typeof node.attrs?.alt === 'string' ? node.attrs.alt : '').replace(/([\\[\]])/g, '\\$1')
        return src ? `![${alt}](<${src.replace(/[<>]/g, encodeURIComponent)}>)` : undefined
      }
      case 'blockquote':
        return this.blockquote(node)
      case 'bulletList':
      case 'orderedList':
      case 'taskList':
        return this.list(node, variant)
      case 'table':
        return this.table(node)
      case 'hardBreak':
      case 'text':
        return serializeInline([node], 'paragraph')
      default: {
        const children = node.content ?? []
        if (children.some((child) => child.type === 'text' || child.type === 'hardBreak')) {
          return serializeInline(children, 'paragraph') || undefined
        }
        return this.blocks(children) || undefined
      }
    }
  }

  private blockquote(node: DocNode): string {
    const callout = calloutOf(node)
    const children = node.content ?? []
    const inner = callout ? [`[!${callout}]`, this.blocks(children.slice(1))].filter(Boolean).join('\n') : this.blocks(children)
    return inner
      .split('\n')
      .map((line) => (line === '' ? '>' : `> ${line}`))
      .join('\n')
  }

  private item(content: DocNode[]): string {
    const [first, ...rest] = content
    // "- ---" would be read as a rule, not as an item holding one.
    let head = first ? (first.type === 'horizontalRule' ? '***' : (this.block(first) ?? '')) : ''
    const tail = this.blocks(rest, true)
    if (tail) head += head === '' || (first?.type === 'paragraph' && interruptsParagraph(tail)) ? `\n${tail}` : `\n\n${tail}`
    return head
  }

  private list(node: DocNode, variant: boolean): string {
    const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1
    return (node.content ?? [])
      .map((item, index) => {
        let marker = node.type === 'orderedList' ? `${start + index}${variant ? ')' : '.'}` : variant ? '*' : '-'
        const width = marker.length + 1
        if (node.type === 'taskList') marker += item.attrs?.checked === true ? ' [x]' : ' [ ]'
        const body = this.item(item.content ?? [])
        const newline = body.indexOf('\n')
        const firstLine = newline === -1 ? body : body.slice(0, newline)
        const otherLines = newline === -1 ? '' : body.slice(newline + 1)
        const head = firstLine === '' ? marker : `${marker} ${firstLine}`
        return otherLines === '' && newline === -1 ? head : `${head}\n${indentLines(otherLines, width)}`
      })
      .join('\n')
  }

  private table(node: DocNode): string {
    const rows = node.content ?? []
    const columns = Math.max(1, ...rows.map((row) => row.content?.length ?? 0))
    const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
    const cellsOf = (row: DocNode): string[] =>
      Array.from({ length: columns }, (_, column) => {
        const cell = row.content?.[column]
        return cell ? cellMarkdown(cell) : ''
      })
    const [header, ...body] = rows
    const headerCells = header ? header.content ?? [] : []
    const delimiter = Array.from({ length: columns }, (_, column) => {
      const align = headerCells[column]?.attrs?.align
      if (align === 'center') return ':---:'
      if (align === 'right') return '---:'
      return align === 'left' ? ':---' : '---'
    })
    return [line(header ? cellsOf(header) : delimiter.map(() => '')), line(delimiter), ...body.map((row) => line(cellsOf(row)))].join('\n')
  }
}

/**
 * The editor's document as Markdown (CommonMark with GFM tables and task lists), written so that `markdownToDoc`
 * reads back the same document: text that looks like markup is escaped, and two lists in a row stay two lists.
 */
export function docToMarkdown(doc: DocNode): string {
  const writer = new MarkdownWriter()
  const markdown = doc.type === 'doc' ? writer.blocks(doc.content ?? []) : (writer.block(doc) ?? '')
  return markdown === '' ? '' : `${markdown}\n`
}
