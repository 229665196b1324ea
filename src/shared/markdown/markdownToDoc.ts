import type { DocNode, PlaybookDoc } from '../domain/playbooks/doc'
import { normalizeDoc } from '../domain/playbooks/doc'
import type { CellAlign, RawBlock, RawListItem } from './blockParser'
import { parseBlocks } from './blockParser'
import type { InlineOptions } from './inlineParser'
import { parseInline } from './inlineParser'

export type MarkdownImportOptions = Pick<InlineOptions, 'resolveWikilink' | 'softBreak'>

/** The editor has headings 1 to 4; deeper ones become level 4. */
export const maxHeadingLevel = 4

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
}

function paragraph(content: DocNode[]): DocNode {
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }
}

function textblockIsEmpty(content: DocNode[]): boolean {
  return content.every((node) => node.type === 'hardBreak')
}

class BlockConverter {
  constructor(private readonly inlineOptions: InlineOptions) {}

  inline(text: string): DocNode[] {
    return parseInline(text, this.inlineOptions)
  }

  blocks(raw: RawBlock[]): DocNode[] {
    return raw.flatMap((block) => this.block(block))
  }

  private block(block: RawBlock): DocNode[] {
    switch (block.t) {
      case 'heading': {
        const content = this.inline(block.text)
        const node: DocNode = { type: 'heading', attrs: { level: Math.min(block.level, maxHeadingLevel) } }
        if (content.length > 0) node.content = content
        return [node]
      }
      case 'paragraph': {
        const content = this.inline(block.text)
        return textblockIsEmpty(content) ? [] : [paragraph(content)]
      }
      case 'code': {
        const node: DocNode = { type: 'codeBlock' }
        if (block.language) node.attrs = { language: block.language }
        if (block.text !== '') node.content = [{ type: 'text', text: block.text }]
        return [node]
      }
      case 'hr':
        return [{ type: 'horizontalRule' }]
      case 'quote': {
        const content = this.blocks(block.children)
        if (block.callout) {
          // The editor has no callout node: "> [!tip] Title" becomes a quote that opens with its title in bold.
          const title = block.callout.title ?? titleCase(block.callout.type)
          content.unshift(paragraph(this.inline(`**${title.replace(/([*\\])/g, '\\$1')}**`)))
        }
        return [{ type: 'blockquote', content: content.length > 0 ? content : [paragraph([])] }]
      }
      case 'list':
        return this.list(block.ordered, block.items)
      case 'table':
        return [this.table(block.aligns, block.header, block.rows)]
    }
  }

  private listItem(item: RawListItem, type: 'listItem' | 'taskItem'): DocNode {
    const content = this.blocks(item.children)
    if (content[0]?.type !== 'paragraph') content.unshift(paragraph([]))
    const node: DocNode = { type, content }
    if (type === 'taskItem') node.attrs = { checked: item.task?.checked === true }
    return node
  }

  /** The editor keeps tasks and plain items in different lists, so a mixed Markdown list becomes several. */
  private list(ordered: boolean, items: RawListItem[]): DocNode[] {
    const lists: DocNode[] = []
    let current: DocNode | undefined
    for (const item of items) {
      const type = item.task ? 'taskList' : ordered ? 'orderedList' : 'bulletList'
      if (current?.type !== type) {
        current = { type, content: [] }
        if (type === 'orderedList') current.attrs = { start: item.number ?? 1 }
        lists.push(current)
      }
      current.content?.push(this.listItem(item, item.task ? 'taskItem' : 'listItem'))
    }
    return lists
  }

  /** A cell is one line of Markdown; two line breaks in a row separate its paragraphs. */
  private cellContent(text: string): DocNode[] {
    const paragraphs: DocNode[][] = [[]]
    const inline = this.inline(text)
    for (let i = 0; i < inline.length; i++) {
      const node = inline[i] as DocNode
      if (node.type === 'hardBreak' && inline[i + 1]?.type === 'hardBreak') {
        paragraphs.push([])
        i++
        continue
      }
      paragraphs[paragraphs.length - 1]?.push(node)
    }
    return paragraphs.map(paragraph)
  }

  private table(aligns: (CellAlign | undefined)[], header: string[], rows: string[][]): DocNode {
    const row = (cells: string[], type: 'tableHeader' | 'tableCell'): DocNode => ({
      type: 'tableRow',
      content: cells.map((cell, column) => {
        const node: DocNode = { type, content: this.cellContent(cell) }
        const align = aligns[column]
        if (align) node.attrs = { align }
        return node
      })
    })
    return { type: 'table', content: [row(header, 'tableHeader'), ...rows.map((cells) => row(cells, 'tableCell'))] }
  }
}

/**
 * Markdown (CommonMark, GFM tables and task lists, and what Notion, Confluence and Obsidian export) to the editor's
 * document. What the editor cannot show is kept as text: wikilinks, callout types, images of local files.
 */
export function markdownToDoc(markdown: string, options: MarkdownImportOptions = {}): PlaybookDoc {
  const { blocks, references } = parseBlocks(markdown)
  const converter = new BlockConverter({ ...options, references })
  const content = converter.blocks(blocks)
  return normalizeDoc({ type: 'doc', content: content.length > 0 ? content : [paragraph([])] })
}
