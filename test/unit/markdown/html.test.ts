import { describe, expect, it } from 'vitest'
import type { Playbook } from '../../../src/shared/domain/playbooks'
import { docBuilder } from '../../../src/shared/domain/playbooks'
import { docToHtml, playbookToHtml } from '../../../src/shared/markdown'

const { bold, callout, code, codeBlock, doc, h2, link, numbered, p, table, tasks } = docBuilder

const playbook: Pick<Playbook, 'title' | 'summary' | 'category' | 'tags' | 'ownerId' | 'raci' | 'status' | 'reviewCadenceDays' | 'lastReviewedAt' | 'nextReviewAt' | 'content'> = {
  title: 'Pricing <change> & "rollout"',
  summary: 'When prices move.',
  category: 'best-practice',
  tags: ['pricing', '<b>'],
  ownerId: 'p1',
  raci: { responsible: ['p1'], accountable: ['p2'], consulted: [], informed: [] },
  status: 'published',
  reviewCadenceDays: 365,
  lastReviewedAt: '2026-02-01T10:00:00.000Z',
  nextReviewAt: '2027-02-01',
  content: doc(h2('Steps'), tasks(['Model the <impact>'], false), tasks(['Sign-off'], true))
}

describe('HTML export', () => {
  it('is a standalone page with its own print styles', () => {
    const html = playbookToHtml(playbook, { exportedOn: '2 March 2026', versionLabel: 'Version 2.1' })
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain('<style>')
    expect(html).toContain('@page')
    expect(html).toContain('<footer>Exported from Opsdeck on 2 March 2026</footer>')
    expect(html).toContain('<dt>Version</dt><dd>Version 2.1</dd>')
  })

  it('escapes every piece of text', () => {
    const html = playbookToHtml(playbook)
    expect(html).toContain('<title>Pricing &lt;change&gt; &amp; &quot;rollout&quot;</title>')
    expect(html).toContain('<h1>Pricing &lt;change&gt; &amp; &quot;rollout&quot;</h1>')
    expect(html).toContain('<span class="tag">&lt;b&gt;</span>')
    expect(html).toContain('Model the &lt;impact&gt;')
    expect(html).not.toContain('<b>')
  })

  it('shows people by name, the category and status in words, and the review dates', () => {
    const html = playbookToHtml(playbook, { peopleNames: new Map([['p1', 'Ana Ruiz']]) })
    expect(html).toContain('<dt>Owner</dt><dd>Ana Ruiz</dd>')
    expect(html).toContain('<dt>Accountable</dt><dd>p2</dd>')
    expect(html).not.toContain('<dt>Consulted</dt>')
    expect(html).toContain('<dt>Category</dt><dd>Best practice</dd>')
    expect(html).toContain('<dt>Status</dt><dd>Published</dd>')
    expect(html).toContain('<dt>Review every</dt><dd>365 days</dd>')
    expect(html).toContain('<dt>Last reviewed</dt><dd>2026-02-01</dd>')
    expect(html).toContain('<dt>Next review</dt><dd>2027-02-01</dd>')
  })

  it('draws tasks as checkbox glyphs', () => {
    expect(docToHtml(doc(tasks(['Open step'])))).toBe(
      '<ul class="tasks">\n<li class="task"><span class="box" aria-hidden="true">☐</span><div><p>Open step</p></div></li>\n</ul>'
    )
    expect(docToHtml(doc(tasks(['Done step'], true)))).toContain('<li class="task done"><span class="box" aria-hidden="true">☑</span>')
  })

  it('renders marks, headings one level below the title, ordered starts, callouts, code and aligned cells', () => {
    const aligned = table([['Owner'], ['Ana']])
    const firstCell = aligned.content?.[1]?.content?.[0]
    if (firstCell) firstCell.attrs = { align: 'right' }
    const html = docToHtml(doc(h2('Plan'), p(bold('Now'), ' ', code('a<b')), numbered(['Third'], 3), callout('Tip', p('Start small.')), codeBlock('x < 1', 'ts'), aligned))
    expect(html).toBe(
      [
        '<h3>Plan</h3>',
        '<p><strong>Now</strong> <code>a&lt;b</code></p>',
        '<ol start="3">\n<li><p>Third</p></li>\n</ol>',
        '<blockquote class="callout">\n<p><strong>Tip</strong></p>\n<p>Start small.</p>\n</blockquote>',
        '<pre><code class="language-ts">x &lt; 1</code></pre>',
        '<table>\n<tr><th><p>Owner</p></th></tr>\n<tr><td style="text-align: right"><p>Ana</p></td></tr>\n</table>'
      ].join('\n')
    )
  })

  it('keeps web and mail links and drops links that could run script', () => {
    expect(docToHtml(doc(p(link('docs', 'https://example.com/?a=1&b=2'))))).toBe('<p><a href="https://example.com/?a=1&amp;b=2">docs</a></p>')
    expect(docToHtml(doc(p(link('mail', 'mailto:ops@example.com'))))).toBe('<p><a href="mailto:ops@example.com">mail</a></p>')
    expect(docToHtml(doc(p(link('click', 'javascript:alert(1)'))))).toBe('<p>click</p>')
  })
})
