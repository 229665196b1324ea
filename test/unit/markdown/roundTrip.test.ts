import { getSchema } from '@tiptap/core'
import { TaskItem, TaskList } from '@tiptap/extension-list'
import { TableKit } from '@tiptap/extension-table'
import StarterKit from '@tiptap/starter-kit'
import { describe, expect, it } from 'vitest'
import type { DocNode, PlaybookDoc } from '../../../src/shared/domain/playbooks'
import { docBuilder, normalizeDoc, playbookTemplates } from '../../../src/shared/domain/playbooks'
import { docToMarkdown, markdownToDoc } from '../../../src/shared/markdown'
import { everything, everythingMarkdown } from './fixtures'

/** The editor's schema, as the renderer configures it. */
const schema = getSchema([StarterKit, TaskList, TaskItem.configure({ nested: true }), TableKit])
const asEditorJson = (doc: PlaybookDoc): PlaybookDoc => schema.nodeFromJSON(doc).toJSON() as PlaybookDoc
const { doc, p, bold, italic, bullets, tasks } = docBuilder

describe('Markdown round trip', () => {
  it('writes a document that uses every node and mark as the Markdown a person would write', () => {
    expect(docToMarkdown(everything)).toBe(everythingMarkdown)
  })

  it('reads that Markdown back into the identical document', () => {
    expect(markdownToDoc(everythingMarkdown)).toEqual(everything)
    expect(markdownToDoc(docToMarkdown(everything))).toEqual(everything)
  })

  it('keeps Markdown stable through doc and back', () => {
    const once = docToMarkdown(markdownToDoc(everythingMarkdown))
    expect(once).toBe(everythingMarkdown)
    expect(docToMarkdown(markdownToDoc(once))).toBe(once)
  })

  it('writes the editor\'s own JSON (with every default attribute) exactly like the content-only form', () => {
    const fromEditor = asEditorJson(everything)
    expect(fromEditor).not.toEqual(everything)
    expect(normalizeDoc(fromEditor)).toEqual(everything)
    expect(docToMarkdown(fromEditor)).toBe(everythingMarkdown)
  })

  it('produces documents the editor\'s schema accepts', () => {
    expect(() => schema.nodeFromJSON(markdownToDoc(everythingMarkdown)).check()).not.toThrow()
    expect(() => schema.nodeFromJSON(markdownToDoc('')).check()).not.toThrow()
  })

  it('turns empty Markdown into an empty document and back into an empty string', () => {
    expect(markdownToDoc('')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
    expect(docToMarkdown(markdownToDoc(''))).toBe('')
  })

  it.each(playbookTemplates.map((template) => [template.title, template] as const))('round-trips the "%s" template', (_, template) => {
    const markdown = docToMarkdown(template.content)
    expect(markdownToDoc(markdown)).toEqual(normalizeDoc(template.content))
    expect(() => schema.nodeFromJSON(template.content).check()).not.toThrow()
    expect(docToMarkdown(markdownToDoc(markdown))).toBe(markdown)
  })

  it('keeps two lists of the same kind apart by switching the bullet', () => {
    const twoLists = doc(bullets(['a']), bullets(['b']), tasks(['c']), tasks(['d']))
    expect(docToMarkdown(twoLists)).toBe('- a\n\n* b\n\n- [ ] c\n\n* [ ] d\n')
    expect(markdownToDoc(docToMarkdown(twoLists))).toEqual(twoLists)
  })

  it('leaves an empty first paragraph of a list item in place when a nested list follows', () => {
    const nested: PlaybookDoc = doc({ type: 'bulletList', content: [{ type: 'listItem', content: [p(), bullets(['child'])] }] })
    expect(docToMarkdown(nested)).toBe('-\n  - child\n')
    expect(markdownToDoc('-\n  - child\n')).toEqual(nested)
  })

  it('writes emphasis that CommonMark would misread as HTML tags, so it still reads back', () => {
    const tricky = doc(p(bold('"quoted"'), 'text'))
    expect(docToMarkdown(tricky)).toBe('<strong>"quoted"</strong>text\n')
    expect(markdownToDoc(docToMarkdown(tricky))).toEqual(tricky)
  })

  it('moves spaces out of bold and italic, where Markdown cannot keep them', () => {
    const spaced = doc(p('a', bold(' b '), 'c', italic('d ')))
    expect(docToMarkdown(spaced)).toBe('a **b** c*d*&#32;\n')
    expect(markdownToDoc(docToMarkdown(spaced))).toEqual(doc(p('a ', bold('b'), ' c', italic('d'), ' ')))
  })
})

describe('Markdown round trip of random documents', () => {
  // A seeded generator, so a failure is reproducible: documents full of characters that mean something in Markdown.
  let seed = 20260301
  const random = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    return (seed >>> 1) / 0x80000000
  }
  const pick = <T,>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T
  const tokens = ['word', ' ', '*', '_', '`', '[', ']', '(', ')', '<', '>', '#', '-', '+', '=', '==', '~', '|', '!', '&amp;', '&', ':', '\\', '1.', '%%', 'https://x.y', 'é', '"', '\t', '[[w]]', '---', 'x_y', '**', ' - ', '[ ] ', '[!NOTE]', '](', '![', '[a]: ', '<br>', '&#32;']
  const markSets: DocNode['marks'][] = [[], [], [{ type: 'bold' }], [{ type: 'italic' }], [{ type: 'strike' }], [{ type: 'code' }], [{ type: 'underline' }], [{ type: 'bold' }, { type: 'italic' }], [{ type: 'link', attrs: { href: 'https://e.com/a_(b)' } }], [{ type: 'link', attrs: { href: 'a b' } }, { type: 'bold' }]]
  const text = (): string => Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(tokens)).join('')
  const inline = (breaks: boolean): DocNode[] => {
    const nodes: DocNode[] = Array.from({ length: 1 + Math.floor(random() * 4) }, (): DocNode => {
      if (breaks && random() < 0.1) return { type: 'hardBreak' }
      const marks = pick(markSets) ?? []
      const emphasis = marks.some((mark) => ['bold', 'italic', 'strike'].includes(mark.type))
      return { type: 'text', text: emphasis ? text().trim() || 'a' : text(), marks }
    })
    return nodes.some((node) => node.type === 'text') ? nodes : [...nodes, { type: 'text', text: 'z' }]
  }
  const blocks = (depth: number): DocNode[] => Array.from({ length: 1 + Math.floor(random() * 3) }, () => block(depth))
  const block = (depth: number): DocNode => {
    const roll = random()
    if (roll < 0.35 || depth > 2) return { type: 'paragraph', content: inline(true) }
    if (roll < 0.45) return { type: 'heading', attrs: { level: 1 + Math.floor(random() * 4) }, content: inline(true) }
    if (roll < 0.5) return docBuilder.codeBlock(pick(['a', '```', 'x\n\n  y', ' ', 'a\n']), pick(['', 'ts']))
    if (roll < 0.55) return { type: 'horizontalRule' }
    if (roll < 0.65) return { type: 'blockquote', content: blocks(depth + 1) }
    if (roll < 0.9) {
      const type = pick(['bulletList', 'orderedList', 'taskList'])
      const items = Array.from({ length: 1 + Math.floor(random() * 3) }, (): DocNode => {
        const more = random() < 0.4 ? blocks(depth + 1) : []
        const empty = random() < 0.1 && (more.length === 0 || more[0]?.type.endsWith('List'))
        const content = [{ type: 'paragraph', content: empty ? [] : inline(true) }, ...more]
        return type === 'taskList' ? { type: 'taskItem', attrs: { checked: random() < 0.5 }, content } : { type: 'listItem', content }
      })
      return type === 'orderedList' ? { type, attrs: { start: pick([1, 3, 10]) }, content: items } : { type, content: items }
    }
    const columns = 1 + Math.floor(random() * 3)
    const row = (type: string): DocNode => ({ type: 'tableRow', content: Array.from({ length: columns }, () => ({ type, content: [{ type: 'paragraph', content: random() < 0.2 ? [] : inline(false) }] })) })
    return { type: 'table', content: [row('tableHeader'), row('tableCell')] }
  }

  it('reads back 300 random documents exactly, and their Markdown is stable', () => {
    for (let i = 0; i < 300; i++) {
      const original = normalizeDoc<PlaybookDoc>({ type: 'doc', content: blocks(0) })
      const markdown = docToMarkdown(original)
      const back = markdownToDoc(markdown)
      expect(back, markdown).toEqual(original)
      expect(docToMarkdown(back)).toBe(markdown)
    }
  })
})
