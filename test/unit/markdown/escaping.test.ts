import { describe, expect, it } from 'vitest'
import { docBuilder } from '../../../src/shared/domain/playbooks'
import { docToMarkdown, markdownToDoc } from '../../../src/shared/markdown'

const { bullets, doc, h2, link, p, table } = docBuilder

/** Writes a paragraph of plain text and returns the Markdown line. */
const written = (text: string): string => docToMarkdown(doc(p(text))).trimEnd()

describe('text that looks like Markdown stays text', () => {
  it.each([
    ['# Not a heading', '\\# Not a heading'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['1. not a list', '1\\. not a list'],
    ['> not a quote', '\\> not a quote'],
    ['---', '\\---'],
    ['| not | a table |', '\\| not | a table |'],
    ['[ ] not a task', '\\[ ] not a task'],
    ['[!NOTE] not a callout', '\\[!NOTE] not a callout'],
    ['*not italic*', '\\*not italic\\*'],
    ['`not code`', '\\`not code\\`'],
    ['<b>not bold</b>', '\\<b>not bold\\</b>'],
    ['[[Not a wikilink]]', '\\[\\[Not a wikilink\\]\\]'],
    ['[label](not-a-link)', '[label\\](not-a-link)'],
    ['Read https://example.com as text', 'Read https\\://example.com as text'],
    ['&amp; stays an ampersand and five letters', '\\&amp; stays an ampersand and five letters'],
    ['==not highlighted== %%not hidden%%', '\\=\\=not highlighted\\=\\= \\%\\%not hidden\\%\\%'],
    ['  indented', '&#32;&#32;indented']
  ])('escapes "%s"', (text, markdown) => {
    expect(written(text)).toBe(markdown)
    expect(markdownToDoc(markdown)).toEqual(doc(p(text)))
  })

  it('leaves everyday punctuation alone', () => {
    const prose = 'Q3 plan: 5 * 3 = 15, snake_case_name, [draft] notes, ~2 weeks, 100% done & shipped!'
    expect(written(prose)).toBe(prose.replace('!', '\\!'))
    expect(markdownToDoc(written(prose))).toEqual(doc(p(prose)))
  })

  it('escapes a heading that ends in "#" and pipes inside table cells', () => {
    expect(docToMarkdown(doc(h2('Channel #')))).toBe('## Channel \\#\n')
    expect(docToMarkdown(doc(table([['a|b'], ['c']])))).toBe('| a\\|b |\n| --- |\n| c |\n')
    expect(markdownToDoc('| a\\|b |\n| --- |\n| c |\n')).toEqual(doc(table([['a|b'], ['c']])))
  })

  it('writes link addresses with spaces or unbalanced brackets in angle brackets', () => {
    expect(docToMarkdown(doc(p(link('spec', 'Shared Drive/spec v2.pdf'))))).toBe('[spec](<Shared Drive/spec v2.pdf>)\n')
    expect(markdownToDoc('[spec](<Shared Drive/spec v2.pdf>)')).toEqual(doc(p(link('spec', 'Shared Drive/spec v2.pdf'))))
  })

  it('keeps a bullet that reads like a task box a bullet', () => {
    const bullet = doc(bullets(['[x] looks checked']))
    expect(docToMarkdown(bullet)).toBe('- \\[x] looks checked\n')
    expect(markdownToDoc(docToMarkdown(bullet))).toEqual(bullet)
  })
})
