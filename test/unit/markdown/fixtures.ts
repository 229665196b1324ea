import type { DocNode, PlaybookDoc } from '../../../src/shared/domain/playbooks'
import { docBuilder } from '../../../src/shared/domain/playbooks'

const { bold, br, bullets, callout, code, codeBlock, doc, h1, h2, h3, h4, hr, italic, link, numbered, p, quote, strike } = docBuilder

export const underline = (text: string): DocNode => ({ type: 'text', text, marks: [{ type: 'underline' }] })

const marked = (text: string, ...types: string[]): DocNode => ({ type: 'text', text, marks: types.map((type) => ({ type })) })

const task = (checked: boolean, text: string, ...children: DocNode[]): DocNode => ({
  type: 'taskItem',
  attrs: { checked },
  content: [p(text), ...children]
})

const cell = (type: 'tableHeader' | 'tableCell', align: string | undefined, ...content: (string | DocNode)[]): DocNode =>
  align ? { type, attrs: { align }, content: [p(...content)] } : { type, content: [p(...content)] }

/** A document that uses every node and mark the editor has, in their content-only (normalized) form. */
export const everything: PlaybookDoc = doc(
  h1('Release readiness'),
  p('Plain, ', bold('bold'), ', ', italic('italic'), ', ', code('inline code'), ', ', strike('struck'), ', ', underline('underlined'), ' and a ', link('link', 'https://example.com/docs?a=1&b=2'), '.'),
  p(bold('Bold with '), marked('nested italic', 'bold', 'italic'), ' then ', {
    type: 'text',
    text: 'a bold link',
    marks: [{ type: 'link', attrs: { href: 'https://example.com', title: 'Example' } }, { type: 'bold' }]
  }),
  p('First line', br(), 'second line after a hard break'),
  h2('Checklist'),
  h3('Level three'),
  h4('Level four'),
  bullets(['One', { text: 'Two', children: [bullets(['Two point one', { text: 'Two point two', children: [numbered(['Deep'])] }])] }]),
  numbered(['First', 'Second'], 3),
  { type: 'taskList', content: [task(true, 'Write the brief'), task(false, 'Review with legal', { type: 'taskList', content: [task(false, 'Nested task')] })] },
  codeBlock('const x = 1\nconsole.log(x)', 'ts'),
  codeBlock('plain'),
  quote(p('A quote'), p('Second paragraph')),
  callout('Warning', p('Watch out')),
  hr(),
  {
    type: 'table',
    content: [
      { type: 'tableRow', content: [cell('tableHeader', 'left', 'Step'), cell('tableHeader', 'center', 'Owner'), cell('tableHeader', 'right', 'Due')] },
      {
        type: 'tableRow',
        content: [cell('tableCell', 'left', bold('Brief')), cell('tableCell', 'center', 'Product', br(), 'marketing'), cell('tableCell', 'right', code('T-30'))]
      }
    ]
  },
  p('Closing paragraph')
)

/** The Markdown of `everything`, written out by hand. */
export const everythingMarkdown = `# Release readiness

Plain, **bold**, *italic*, \`inline code\`, ~~struck~~, <u>underlined</u> and a [link](https://example.com/docs?a=1&b=2).

**Bold with *nested italic*** then [**a bold link**](https://example.com "Example")

First line\\
second line after a hard break

## Checklist

### Level three

#### Level four

- One
- Two
  - Two point one
  - Two point two
    1. Deep

3. First
4. Second

- [x] Write the brief
- [ ] Review with legal
  - [ ] Nested task

\`\`\`ts
const x = 1
console.log(x)
\`\`\`

\`\`\`
plain
\`\`\`

> A quote
>
> Second paragraph

> [!WARNING]
> Watch out

---

| Step | Owner | Due |
| :--- | :---: | ---: |
| **Brief** | Product<br>marketing | \`T-30\` |

Closing paragraph
`
