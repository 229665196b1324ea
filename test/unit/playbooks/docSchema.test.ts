import { describe, expect, it } from 'vitest'
import { MAX_DOC_DEPTH, checkPlaybookDoc } from '@shared/domain/playbooks/docSchema'
import { externalLinkHref, linkTarget } from '@shared/domain/playbooks/links'
import { docToHtml, playbookToHtml } from '@shared/markdown/html'
import type { PlaybookDoc } from '@shared/domain/playbooks/doc'

/** What TipTap's getJSON() writes for a document using every node and mark of the editor, defaults included. */
const editorDoc: PlaybookDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Launch' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'See ' },
        { type: 'text', text: 'the brief', marks: [{ type: 'link', attrs: { href: 'https://example.com/brief', target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null } }, { type: 'bold' }] },
        { type: 'text', text: ', the ' },
        { type: 'text', text: 'triage playbook', marks: [{ type: 'link', attrs: { href: '#/playbooks/0190a1b2', target: null, rel: null, class: null, title: null } }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'or mail ', marks: [{ type: 'italic' }] },
        { type: 'text', text: 'ops', marks: [{ type: 'link', attrs: { href: 'mailto:ops@example.com', target: '_blank', rel: 'noopener', class: null, title: 'Ops' } }] }
      ]
    },
    { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: true }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Brief sales' }] }] }] },
    { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
    { type: 'codeBlock', attrs: { language: null }, content: [{ type: 'text', text: 'npm run launch' }] },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [{ type: 'tableHeader', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Owner' }] }] }]
        }
      ]
    },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Note', marks: [{ type: 'code' }, { type: 'strike' }, { type: 'underline' }] }] }] },
    { type: 'horizontalRule' },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] }] }
  ]
}

describe("the editor's schema for imported documents", () => {
  it('takes a document the editor wrote exactly as it is, defaults included', () => {
    const check = checkPlaybookDoc(editorDoc)
    expect(check).toEqual({ ok: true, doc: editorDoc, dropped: [] })
  })

  it('drops nodes, marks and attributes the editor does not know, and says which', () => {
    const hostile = {
      type: 'doc',
      content: [
        { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
        { type: 'paragraph', attrs: { onclick: 'alert(1)', style: 'position:fixed' }, content: [{ type: 'text', text: 'kept', marks: [{ type: 'highlight', attrs: { color: 'red' } }] }] },
        { type: 'heading', attrs: { level: 9 }, content: [{ type: 'text', text: 'Title' }] },
        { type: 'paragraph', content: [{ type: 'iframe', attrs: { src: 'https://evil.example' } }, { type: 'text', text: 42 }] }
      ]
    }
    const check = checkPlaybookDoc(hostile)
    expect(check.ok).toBe(true)
    if (!check.ok) return
    expect(check.doc.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'kept' }] }, { type: 'heading', content: [{ type: 'text', text: 'Title' }] }, { type: 'paragraph' }])
    expect(check.dropped).toEqual(
      expect.arrayContaining(['unknown node "script"', 'attribute "onclick" on a paragraph', 'attribute "style" on a paragraph', 'unknown mark "highlight"', 'invalid "level" on a heading', 'unknown node "iframe"'])
    )
  })

  it('keeps the words of a link that would run code or reach the file system, without the link', () => {
    for (const href of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:x', '//evil.example/x', 'relative/page.html', 'java\nscript:alert(1)']) {
      const check = checkPlaybookDoc({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'click me', marks: [{ type: 'link', attrs: { href } }] }] }] })
      expect(check.ok && check.doc.content[0], href).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'click me' }] })
    }
  })

  it('refuses a document nested deeper than any real one, without overflowing the stack', () => {
    let node: Record<string, unknown> = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] }
    for (let i = 0; i < 100_000; i++) node = { type: 'blockquote', content: [node] }
    expect(checkPlaybookDoc({ type: 'doc', content: [node] })).toEqual({ ok: false, reason: `it nests deeper than ${MAX_DOC_DEPTH} levels` })
  })

  it('refuses what is not a document at all', () => {
    for (const value of [null, 'doc', { type: 'paragraph' }, { type: 'doc', content: 'x' }]) expect(checkPlaybookDoc(value).ok).toBe(false)
  })
})

describe('link targets', () => {
  it('are web and e-mail links outside the app and #/ places inside it, and nothing else', () => {
    expect(linkTarget('https://example.com')).toEqual({ kind: 'external', href: 'https://example.com' })
    expect(linkTarget('http://example.com')).toEqual({ kind: 'external', href: 'http://example.com' })
    expect(linkTarget('mailto:a@example.com')).toEqual({ kind: 'external', href: 'mailto:a@example.com' })
    expect(linkTarget('#/playbooks/abc')).toEqual({ kind: 'in-app', href: '#/playbooks/abc' })
    for (const href of ['javascript:alert(1)', 'file:///c:/x', 'data:,x', 'tel:123', '#top', '/etc/passwd', 'ftp://x', '', 42]) expect(linkTarget(href), String(href)).toBeUndefined()
    expect(externalLinkHref('#/playbooks/abc')).toBeUndefined()
  })
})

describe('HTML and PDF export of an imported document', () => {
  it('renders only from the schema: no markup from text or attributes, no links that run code', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'script', content: [{ type: 'text', text: 'alert("node")' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }] },
        { type: 'codeBlock', attrs: { language: '"><script>alert(1)</script>' }, content: [{ type: 'text', text: '</code><script>' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'bad', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)', title: '"><script>' } }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'inside', marks: [{ type: 'link', attrs: { href: '#/playbooks/abc' } }] }] },
        { type: 'heading', attrs: { level: '1 onclick=alert(1)' }, content: [{ type: 'text', text: 'H' }] },
        { type: 'tableCell', attrs: { colspan: '2" onclick="x' }, content: [] }
      ]
    } as unknown as PlaybookDoc
    const html = docToHtml(doc)
    expect(html).not.toMatch(/<script|<img|javascript:/i)
    // No event handler inside any tag (the escaped text may say "onerror=" as words).
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('<p>bad</p>')
    expect(html).toContain('<p>inside</p>')
    const page = playbookToHtml({ title: '<script>alert(1)</script>', summary: '', category: 'process', status: 'draft', tags: ['<b>'], raci: { responsible: [], accountable: [], consulted: [], informed: [] }, content: doc })
    expect(page).not.toMatch(/<script>alert|<b>/)
  })
})
