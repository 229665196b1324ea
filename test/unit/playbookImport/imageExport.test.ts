import { describe, expect, it } from 'vitest'
import { docToHtml, docToMarkdown } from '../../../src/shared/markdown'
import { markdownToDocument } from '../../../src/shared/playbookImport/markdownToDocument'
import { ReferenceCollector } from '../../../src/shared/playbookImport/references'

const doc = (src: string, alt = 'Queue [dashboard]') => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Before' }] }, { type: 'image', attrs: { src, alt } }] })

describe('images in exports', () => {
  it('writes an image as Markdown that reads back as the same image', () => {
    const markdown = docToMarkdown(doc('images/queue dashboard.png'))
    expect(markdown).toBe('Before\n\n![Queue \\[dashboard\\]](<images/queue dashboard.png>)\n')
    const references = new ReferenceCollector()
    const read = markdownToDocument(markdown, { folder: '', obsidian: false, references })
    expect(read.doc.content[1]).toEqual({ type: 'image', attrs: { src: 'ref:0', alt: 'Queue [dashboard]' } })
    expect(references.references[0]).toMatchObject({ kind: 'image', target: 'images/queue dashboard.png' })
  })

  it('embeds only data: images in HTML; any other source is its words', () => {
    expect(docToHtml(doc('data:image/png;base64,iVBORw0KGgo='))).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="Queue [dashboard]">')
    const remote = docToHtml(doc('https://tracker.example.com/pixel.png', 'Pixel'))
    expect(remote).not.toContain('<img')
    expect(remote).toContain('<p>Pixel</p>')
    expect(docToHtml(doc('data:image/svg+xml;base64,PHN2Zz4='))).not.toContain('<img')
  })
})
