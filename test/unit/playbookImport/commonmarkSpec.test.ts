import { createRequire } from 'node:module'
import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import type { DocNode } from '../../../src/shared/domain/playbooks'
import { htmlToDocument } from '../../../src/shared/playbookImport/htmlToDocument'
import { markdownToDocument } from '../../../src/shared/playbookImport/markdownToDocument'
import { ReferenceCollector, rewriteReferences, safeDecode } from '../../../src/shared/playbookImport/references'

interface SpecExample {
  markdown: string
  html: string
  section: string
  number: number
}

/** The spec writes tabs as "→". */
const tests = (createRequire(import.meta.url)('commonmark-spec') as { tests: SpecExample[] }).tests.map((example) => ({
  ...example,
  markdown: example.markdown.replace(/→/g, '\t'),
  html: example.html.replace(/→/g, '\t')
}))

/** Percent-encoding is how the spec's renderer writes a URL; the editor keeps it as written. Both are the same link. */
function decodedHrefs(node: DocNode): DocNode {
  const marks = node.marks?.map((mark) => (mark.type === 'link' ? { ...mark, attrs: { ...mark.attrs, href: safeDecode(String(mark.attrs?.href)) } } : mark))
  const attrs = node.type === 'image' ? { ...node.attrs, src: safeDecode(String(node.attrs?.src)) } : node.attrs
  return { ...node, ...(attrs ? { attrs } : {}), ...(marks ? { marks } : {}), ...(node.content ? { content: node.content.map(decodedHrefs) } : {}) }
}

/** Raw HTML is not a playbook's business: the spec's sections about it, and examples that contain a tag. */
const rawHtmlSections = new Set(['HTML blocks', 'Raw HTML'])
const containsTag = (markdown: string): boolean => /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|<\?|<![A-Z]/.test(markdown.replace(/<[a-z][a-z0-9+.-]{1,31}:[^\s<>]*>|<[^\s<>@]+@[^\s<>]+>/gi, ''))

function resolved(doc: DocNode, references: ReferenceCollector): DocNode {
  return decodedHrefs(rewriteReferences(doc, {
    link: (index) => `local:${references.references[index]?.target ?? ''}`,
    image: (index) => ({ src: `local:${references.references[index]?.target ?? ''}` })
  }))
}

function fromMarkdown(markdown: string): DocNode {
  const references = new ReferenceCollector()
  return resolved(markdownToDocument(markdown, { folder: '', obsidian: false, references }).doc, references)
}

const domParser = new Window().DOMParser

function fromHtml(html: string): DocNode {
  const references = new ReferenceCollector()
  const body = new domParser().parseFromString(html, 'text/html').body
  return resolved(htmlToDocument(Array.from(body.childNodes), { folder: '', references }), references)
}

describe('the CommonMark spec examples', () => {
  const examples = tests.filter((example) => !rawHtmlSections.has(example.section) && !containsTag(example.markdown))

  it('import as the same document as the spec’s HTML, for at least 98% of the examples without raw HTML', () => {
    const failures: string[] = []
    for (const example of examples) {
      const expected = fromHtml(example.html)
      const actual = fromMarkdown(example.markdown)
      if (JSON.stringify(actual) !== JSON.stringify(expected)) failures.push(`#${example.number} (${example.section})`)
    }
    const passed = examples.length - failures.length
    const rate = (100 * passed) / examples.length
    console.log(`CommonMark ${'0.31.2'}: ${passed} of ${examples.length} examples without raw HTML pass (${rate.toFixed(1)}%); failing: ${failures.join(', ') || 'none'}`)
    expect(examples.length).toBeGreaterThan(500)
    expect(rate).toBeGreaterThanOrEqual(98)
  })

  it('tells a wrong reading apart from a right one', () => {
    expect(fromMarkdown('*a* **b**')).not.toEqual(fromHtml('<p><strong>a</strong> <em>b</em></p>'))
    expect(fromMarkdown('*a* **b**')).toEqual(fromHtml('<p><em>a</em> <strong>b</strong></p>'))
  })
})
