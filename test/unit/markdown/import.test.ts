import { describe, expect, it } from 'vitest'
import type { DocNode } from '../../../src/shared/domain/playbooks'
import { docBuilder } from '../../../src/shared/domain/playbooks'
import { markdownToDoc } from '../../../src/shared/markdown'

const { bold, br, bullets, callout, code, codeBlock, doc, h1, h2, h4, hr, italic, link, numbered, p, quote, strike, table, tasks } = docBuilder

const task = (checked: boolean, text: string, ...children: DocNode[]): DocNode => ({ type: 'taskItem', attrs: { checked }, content: [p(text), ...children] })
const taskList = (...items: DocNode[]): DocNode => ({ type: 'taskList', content: items })

describe('importing Notion exports', () => {
  it('reads checklists, nested to-dos, callouts, tables and links to other exported pages', () => {
    const notion = [
      '## Week one',
      '',
      '- [ ]  Set up laptop',
      '- [x]  Meet the team',
      '    - [ ]  Schedule 1:1s',
      '',
      '<aside>',
      '💡 Ask your buddy before you ask the channel.',
      '',
      '</aside>',
      '',
      '| Name | Role |',
      '| --- | --- |',
      '| Priya | PM |',
      '',
      'See [Related page](Related%20page%2012345678901234567890123456789012.md) and [our site](https://opsdeck.app).'
    ].join('\n')
    expect(markdownToDoc(notion)).toEqual(
      doc(
        h2('Week one'),
        taskList(task(false, 'Set up laptop'), task(true, 'Meet the team', taskList(task(false, 'Schedule 1:1s')))),
        quote(p('💡 Ask your buddy before you ask the channel.')),
        table([
          ['Name', 'Role'],
          ['Priya', 'PM']
        ]),
        p('See Related page and ', link('our site', 'https://opsdeck.app'), '.')
      )
    )
  })

  it('reads "*" bullets and four-space nesting', () => {
    expect(markdownToDoc('* Discovery\n    * Interviews\n        * Five customers\n* Delivery')).toEqual(
      doc(bullets([{ text: 'Discovery', children: [bullets([{ text: 'Interviews', children: [bullets(['Five customers'])] }])] }, 'Delivery']))
    )
  })
})

describe('importing Obsidian notes', () => {
  it('turns callouts into quotes that open with their title, and wikilinks into their text', () => {
    const obsidian = '> [!warning] Before you escalate\n> Check the [[Runbook#Known issues|known issues]] and [[Escalation matrix]] first.'
    expect(markdownToDoc(obsidian)).toEqual(doc(quote(p(bold('Before you escalate')), p('Check the known issues and Escalation matrix first.'))))
  })

  it('names an untitled callout after its type, GitHub style included', () => {
    expect(markdownToDoc('> [!NOTE]\n> Read this first.')).toEqual(doc(callout('Note', p('Read this first.'))))
    expect(markdownToDoc('> [!tip]- Folded\n> Hidden until opened.')).toEqual(doc(quote(p(bold('Folded')), p('Hidden until opened.'))))
  })

  it('links wikilinks when asked to resolve them', () => {
    const resolve = (target: string): string | undefined => (target === 'Runbook' ? 'opsdeck://playbooks/runbook' : undefined)
    expect(markdownToDoc('See [[Runbook]] and [[Nowhere]].', { resolveWikilink: resolve })).toEqual(
      doc(p('See ', link('Runbook', 'opsdeck://playbooks/runbook'), ' and Nowhere.'))
    )
  })

  it('reads tab-indented tasks and drops highlights and comments but keeps their text', () => {
    const obsidian = '- [ ] Tag the ticket ==urgent== %%internal only%%\n\t- [ ] Page the on-call engineer\n- [x] Post in #support-escalations'
    expect(markdownToDoc(obsidian)).toEqual(
      doc(taskList(task(false, 'Tag the ticket urgent', taskList(task(false, 'Page the on-call engineer'))), task(true, 'Post in #support-escalations')))
    )
  })

  it('keeps single line breaks as breaks when asked, as Obsidian shows them', () => {
    expect(markdownToDoc('Line one\nLine two')).toEqual(doc(p('Line one Line two')))
    expect(markdownToDoc('Line one\nLine two', { softBreak: 'hardBreak' })).toEqual(doc(p('Line one', br(), 'Line two')))
  })
})

describe('importing Confluence exports', () => {
  it('reads setext headings, bold labels with hard breaks, entities and <br> in table cells', () => {
    const confluence = [
      'Product requirements',
      '====================',
      '',
      '**Status:** Draft  ',
      '**Owner:** Jane Doe',
      '',
      'Background',
      '----------',
      '',
      'Scope &amp; goals&nbsp;for Q3 &mdash; see below.',
      '',
      '| **Requirement** | **Priority** | **Notes** |',
      '| --- | --- | --- |',
      '| Export to CSV | Must | Up to 1,000,000 rows<br><br>Async for large files |',
      '',
      '*   Bullet with three spaces',
      '*   Another',
      '',
      '1.  Numbered with two spaces',
      '2.  Second'
    ].join('\n')
    expect(markdownToDoc(confluence)).toEqual(
      doc(
        h1('Product requirements'),
        p(bold('Status:'), ' Draft', br(), bold('Owner:'), ' Jane Doe'),
        h2('Background'),
        p('Scope & goals\u00a0for Q3 — see below.'),
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: ['Requirement', 'Priority', 'Notes'].map((text) => ({ type: 'tableHeader', content: [p(bold(text))] })) },
            {
              type: 'tableRow',
              content: [
                { type: 'tableCell', content: [p('Export to CSV')] },
                { type: 'tableCell', content: [p('Must')] },
                { type: 'tableCell', content: [p('Up to 1,000,000 rows'), p('Async for large files')] }
              ]
            }
          ]
        },
        bullets(['Bullet with three spaces', 'Another']),
        numbered(['Numbered with two spaces', 'Second'])
      )
    )
  })

  it('keeps the text of block-level HTML and drops the tags', () => {
    expect(markdownToDoc('<div class="panel">\n<p>Panel text</p>\n</div>\n<hr/>\n<h3>Section</h3>')).toEqual(
      doc(p('Panel text'), hr(), { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Section' }] })
    )
  })
})

describe('reading CommonMark', () => {
  it('caps headings at level 4, the deepest the editor has', () => {
    expect(markdownToDoc('##### Five\n###### Six')).toEqual(doc(h4('Five'), h4('Six')))
  })

  it('reads reference links, autolinks, bare URLs and e-mail addresses', () => {
    const markdown = 'Read [the guide][guide], <https://a.example/x> or https://b.example/y. Mail <ops@example.com>.\n\n[guide]: https://guide.example "Guide"'
    expect(markdownToDoc(markdown)).toEqual(
      doc(
        p(
          'Read ',
          { type: 'text', text: 'the guide', marks: [{ type: 'link', attrs: { href: 'https://guide.example', title: 'Guide' } }] },
          ', ',
          link('https://a.example/x', 'https://a.example/x'),
          ' or ',
          link('https://b.example/y', 'https://b.example/y'),
          '. Mail ',
          link('ops@example.com', 'mailto:ops@example.com'),
          '.'
        )
      )
    )
  })

  it('keeps images on the web as links and local images as their alt text', () => {
    expect(markdownToDoc('![Flow](https://cdn.example/flow.png) ![Diagram](assets/diagram.png)')).toEqual(doc(p(link('Flow', 'https://cdn.example/flow.png'), ' Diagram')))
  })

  it('reads underscores, triple stars, strike-through and inline HTML marks', () => {
    expect(markdownToDoc('__bold__ _italic_ ***both*** ~~gone~~ <u>under</u> snake_case_name 5 * 3')).toEqual(
      doc(
        p(
          bold('bold'),
          ' ',
          italic('italic'),
          ' ',
          { type: 'text', text: 'both', marks: [{ type: 'bold' }, { type: 'italic' }] },
          ' ',
          strike('gone'),
          ' ',
          { type: 'text', text: 'under', marks: [{ type: 'underline' }] },
          ' snake_case_name 5 * 3'
        )
      )
    )
  })

  it('reads tilde fences, indented code and an info string with attributes', () => {
    expect(markdownToDoc('~~~python title="x.py"\nprint(1)\n~~~\n\n    indented\n    code')).toEqual(doc(codeBlock('print(1)', 'python'), codeBlock('indented\ncode')))
  })

  it('splits a list that mixes tasks and plain items into the lists the editor has', () => {
    expect(markdownToDoc('- [ ] A task\n- A note\n- [x] Done')).toEqual(doc(tasks(['A task']), bullets(['A note']), tasks(['Done'], true)))
  })

  it('keeps the start number of an ordered list and continues a paragraph lazily', () => {
    expect(markdownToDoc('3. Third\nstill third\n4. Fourth')).toEqual(doc(numbered(['Third still third', 'Fourth'], 3)))
  })

  it('lets a nested list under an ordered item be indented by two spaces, as people write it', () => {
    expect(markdownToDoc('1. Prepare\n  - Book the room\n2. Run')).toEqual(doc(numbered([{ text: 'Prepare', children: [bullets(['Book the room'])] }, 'Run'])))
  })

  it('reads a quote that continues lazily and a rule made of stars', () => {
    expect(markdownToDoc('> Quoted\ncontinued\n\n* * *')).toEqual(doc(quote(p('Quoted continued')), hr()))
  })

  it('reads escaped characters as text', () => {
    expect(markdownToDoc('\\# not a heading, \\*not italic\\*, `code with \\`')).toEqual(doc(p('# not a heading, *not italic*, ', code('code with \\'))))
  })
})
