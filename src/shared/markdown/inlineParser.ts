import type { DocMark, DocNode } from '../domain/playbooks/doc'
import { normalizeInlineNodes } from '../domain/playbooks/doc'
import { decodeEntity } from './entities'

export interface LinkTarget {
  href: string
  title?: string
}

export interface InlineOptions {
  /** Reference definitions (`[label]: url`), by normalized label. */
  references?: Map<string, LinkTarget>
  /** Obsidian `[[Page]]`: a link to the returned address, or plain text when it returns undefined (the default). */
  resolveWikilink?: (target: string) => string | undefined
  /** A single newline inside a paragraph: a space (CommonMark) or a line break (Obsidian's default view). */
  softBreak?: 'space' | 'hardBreak'
}

type DelimiterChar = '*' | '_' | '~' | '='

interface TextItem { k: 'text'; text: string }
interface CodeItem { k: 'code'; text: string }
interface BreakItem { k: 'break' }
interface DelimiterItem { k: 'delim'; ch: DelimiterChar; count: number; length: number; open: boolean; close: boolean }
interface BracketItem { k: 'bracket'; image: boolean; active: boolean; labelStart: number; index: number }
interface TagItem { k: 'tag'; name: string; closing: boolean; href?: string }
/** A mark around children; no mark for Obsidian's ==highlight==, which the editor does not have. */
interface WrapItem { k: 'wrap'; mark?: DocMark; children: Item[] }
type Item = TextItem | CodeItem | BreakItem | DelimiterItem | BracketItem | TagItem | WrapItem

const asciiPunctuation = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/
const unicodePunctuation = /[\p{P}\p{S}]/u
const whitespace = /\s/

function isWhitespace(char: string): boolean {
  return char === '' || whitespace.test(char)
}

function isPunctuation(char: string): boolean {
  return char !== '' && unicodePunctuation.test(char)
}

export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase()
}

/** Inline HTML tags the editor has a mark for; every other tag is dropped and its text kept. */
const tagMarks: Record<string, string> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  s: 'strike',
  del: 'strike',
  strike: 'strike',
  u: 'underline',
  ins: 'underline',
  code: 'code',
  a: 'link',
  mark: 'highlight'
}

const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y
const commentPattern = /<!--[\s\S]*?-->/y
const uriAutolink = /<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*)>/y
const emailAutolink = /<([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>/y
const entityPattern = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/y
const bareUrl = /https?:\/\/[^\s<]+/iy

/** Matches a sticky pattern at `index` without copying the rest of the text. */
function matchAt(pattern: RegExp, source: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index
  return pattern.exec(source)
}

function unescapeString(value: string): string {
  return value
    .replace(/\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g, '$1')
    .replace(/&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (entity) => decodeEntity(entity) ?? entity)
}

function attributeValue(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i').exec(attributes)
  const value = match?.[1] ?? match?.[2] ?? match?.[3]
  return value === undefined ? undefined : unescapeString(value)
}

/** GFM's extended autolink: trailing punctuation and an unbalanced closing parenthesis are not part of the URL. */
function trimUrl(url: string): string {
  let result = url
  for (;;) {
    const before = result
    result = result.replace(/[?!.,:*_~'"]+$/, '')
    if (result.endsWith(')')) {
      const opens = (result.match(/\(/g) ?? []).length
      const closes = (result.match(/\)/g) ?? []).length
      if (closes > opens) result = result.slice(0, -1)
    }
    result = result.replace(/&[a-zA-Z0-9]+;$/, '')
    if (result === before) return result
  }
}

/** Notion and Confluence link pages to each other as sibling files ("Other%20page%20a1b2….md"); in Opsdeck those lead nowhere. */
function isExportedPageLink(href: string): boolean {
  return !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(href) && !href.startsWith('#') && /\.(?:md|markdown|html?)(?:#.*)?$/i.test(href)
}

interface LinkTail {
  target: LinkTarget
  end: number
}

function skipSpaces(source: string, from: number): number {
  let i = from
  let newlines = 0
  while (i < source.length) {
    const char = source.charAt(i)
    if (char === '\n') {
      if (++newlines > 1) break
    } else if (char !== ' ' && char !== '\t') break
    i++
  }
  return i
}

/** `(destination "title")` after the closing bracket of a link. */
function parseInlineLinkTail(source: string, from: number): LinkTail | undefined {
  if (source.charAt(from) !== '(') return undefined
  let i = skipSpaces(source, from + 1)
  let href: string
  if (source.charAt(i) === '<') {
    let j = i + 1
    while (j < source.length && source.charAt(j) !== '>' && source.charAt(j) !== '\n' && source.charAt(j) !== '<') {
      j += source.charAt(j) === '\\' ? 2 : 1
    }
    if (source.charAt(j) !== '>') return undefined
    href = source.slice(i + 1, j)
    i = j + 1
  } else {
    let depth = 0
    let j = i
    while (j < source.length) {
      const char = source.charAt(j)
      if (char === '\\' && asciiPunctuation.test(source.charAt(j + 1))) {
        j += 2
        continue
      }
      if (isWhitespace(char) || char.charCodeAt(0) < 0x20) break
      if (char === '(') depth++
      if (char === ')') {
        if (depth === 0) break
        depth--
      }
      j++
    }
    if (depth !== 0) return undefined
    href = source.slice(i, j)
    i = j
  }
  const afterDestination = i
  i = skipSpaces(source, i)
  let title: string | undefined
  const quote = source.charAt(i)
  if (i > afterDestination && (quote === '"' || quote === "'" || quote === '(')) {
    const closing = quote === '(' ? ')' : quote
    let j = i + 1
    while (j < source.length && source.charAt(j) !== closing) j += source.charAt(j) === '\\' ? 2 : 1
    if (j >= source.length) return undefined
    title = unescapeString(source.slice(i + 1, j))
    i = skipSpaces(source, j + 1)
  }
  if (source.charAt(i) !== ')') return undefined
  const target: LinkTarget = { href: unescapeString(href) }
  if (title) target.title = title
  return { target, end: i + 1 }
}

/** `[text][label]`, `[label][]` or `[label]` resolved through the reference definitions. */
function parseReferenceTail(source: string, from: number, label: string, references: Map<string, LinkTarget>): LinkTail | undefined {
  if (source.charAt(from) === '[') {
    const close = source.indexOf(']', from + 1)
    if (close !== -1) {
      const inner = source.slice(from + 1, close)
      const target = references.get(normalizeLabel(inner === '' ? label : inner))
      if (target) return { target, end: close + 1 }
      if (inner !== '') return undefined
    }
  }
  const target = references.get(normalizeLabel(label))
  return target ? { target, end: from } : undefined
}

function scan(source: string, options: InlineOptions): Item[] {
  const items: Item[] = []
  const brackets: BracketItem[] = []
  let text = ''
  const flush = (): void => {
    if (text) items.push({ k: 'text', text })
    text = ''
  }
  const push = (item: Item): void => {
    flush()
    items.push(item)
  }
  const wikilink = (inner: string, embed: boolean): void => {
    const [targetPart = '', alias] = inner.split('|', 2)
    const [page = '', heading] = targetPart.split('#', 2)
    const label = (alias ?? (page || heading || '')).trim()
    const href = embed ? undefined : options.resolveWikilink?.(targetPart.trim())
    if (!label) return
    if (href) push({ k: 'wrap', mark: { type: 'link', attrs: { href } }, children: [{ k: 'text', text: label }] })
    else text += label
  }

  /** A comment leaves no gap: the spaces around it collapse to one, and none is left at the end of a line. */
  const skipComment = (end: number): number => {
    let next = end
    if (text === '' || text.endsWith(' ')) next = skipLineStart(source, next)
    if (/^[ \t]*(?:\n|$)/.test(source.slice(next))) text = text.replace(/[ \t]+$/, '')
    return next
  }

  let i = 0
  while (i < source.length) {
    const char = source.charAt(i)
    const next = source.charAt(i + 1)
    switch (char) {
      case '\\': {
        if (next === '\n') {
          push({ k: 'break' })
          i = skipLineStart(source, i + 2)
          continue
        }
        if (next !== '' && asciiPunctuation.test(next)) {
          text += next
          i += 2
          continue
        }
        text += char
        i++
        continue
      }
      case '`': {
        let run = 1
        while (source.charAt(i + run) === '`') run++
        let j = i + run
        let end = -1
        while (j < source.length) {
          if (source.charAt(j) !== '`') {
            j++
            continue
          }
          let closing = 0
          while (source.charAt(j + closing) === '`') closing++
          if (closing === run) {
            end = j
            break
          }
          j += closing
        }
        if (end === -1) {
          text += '`'.repeat(run)
          i += run
          continue
        }
        let code = source.slice(i + run, end).replace(/\n/g, ' ')
        if (code.length >= 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1)
        push({ k: 'code', text: code })
        i = end + run
        continue
      }
      case '*':
      case '_':
      case '~':
      case '=': {
        let run = 1
        while (source.charAt(i + run) === char) run++
        if ((char === '~' || char === '=') && run !== 2) {
          text += char.repeat(run)
          i += run
          continue
        }
        const before = i > 0 ? source.charAt(i - 1) : ''
        const after = source.charAt(i + run)
        const left = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before))
        const right = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after))
        const open = char === '_' ? left && (!right || isPunctuation(before)) : left
        const close = char === '_' ? right && (!left || isPunctuation(after)) : right
        push({ k: 'delim', ch: char, count: run, length: run, open, close })
        i += run
        continue
      }
      case '%': {
        if (next === '%') {
          const end = source.indexOf('%%', i + 2)
          if (end !== -1) {
            i = skipComment(end + 2)
            continue
          }
        }
        text += char
        i++
        continue
      }
      case '!':
      case '[': {
        const image = char === '!'
        if (image && next !== '[') {
          text += char
          i++
          continue
        }
        const open = image ? i + 1 : i
        if (source.charAt(open + 1) === '[') {
          const end = source.indexOf(']]', open + 2)
          const inner = end === -1 ? '' : source.slice(open + 2, end)
          if (end !== -1 && !/[[\]\n]/.test(inner)) {
            wikilink(inner, image)
            i = end + 2
            continue
          }
        }
        flush()
        const bracket: BracketItem = { k: 'bracket', image, active: true, labelStart: open + 1, index: items.length }
        items.push(bracket)
        brackets.push(bracket)
        i = open + 1
        continue
      }
      case ']': {
        const opener = brackets.pop()
        if (!opener) {
          text += ']'
          i++
          continue
        }
        const label = source.slice(opener.labelStart, i)
        const tail = opener.active
          ? (parseInlineLinkTail(source, i + 1) ?? (options.references ? parseReferenceTail(source, i + 1, label, options.references) : undefined))
          : undefined
        flush()
        const index = opener.index
        if (!tail) {
          items[index] = { k: 'text', text: opener.image ? '![' : '[' }
          text += ']'
          i++
          continue
        }
        const children = finish(items.splice(index).slice(1))
        const href = tail.target.href
        if (opener.image) {
          // Images are not in the editor: a picture on the web stays reachable as a link, a local file keeps its alt text.
          if (/^https?:\/\//i.test(href)) {
            const alt: Item[] = children.length > 0 ? children : [{ k: 'text', text: href }]
            items.push({ k: 'wrap', mark: { type: 'link', attrs: { href } }, children: alt })
          } else items.push(...children)
        } else if (isExportedPageLink(href)) {
          items.push(...children)
        } else {
          const attrs: Record<string, unknown> = { href }
          if (tail.target.title) attrs.title = tail.target.title
          items.push({ k: 'wrap', mark: { type: 'link', attrs }, children })
          for (const earlier of brackets) if (!earlier.image) earlier.active = false
        }
        i = tail.end
        continue
      }
      case '<': {
        const comment = matchAt(commentPattern, source, i)
        if (comment) {
          i = skipComment(i + comment[0].length)
          continue
        }
        const uri = matchAt(uriAutolink, source, i)
        const email = uri ? null : matchAt(emailAutolink, source, i)
        if (uri?.[1] || email?.[1]) {
          const address = (uri?.[1] ?? email?.[1]) as string
          const href = uri ? address : `mailto:${address}`
          push({ k: 'wrap', mark: { type: 'link', attrs: { href } }, children: [{ k: 'text', text: address }] })
          i += (uri ?? email)?.[0].length ?? 1
          continue
        }
        const tag = matchAt(tagPattern, source, i)
        if (tag) {
          const name = (tag[2] ?? '').toLowerCase()
          const closing = tag[1] === '/'
          if (name === 'br') push({ k: 'break' })
          else if (tagMarks[name] && tag[4] !== '/') {
            const item: TagItem = { k: 'tag', name: tagMarks[name], closing }
            if (name === 'a' && !closing) item.href = attributeValue(tag[3] ?? '', 'href') ?? ''
            push(item)
          }
          i += tag[0].length
          continue
        }
        text += char
        i++
        continue
      }
      case '&': {
        const entity = matchAt(entityPattern, source, i)
        const decoded = entity ? decodeEntity(entity[0]) : undefined
        if (entity && decoded !== undefined) {
          text += decoded
          i += entity[0].length
          continue
        }
        text += char
        i++
        continue
      }
      case '\n': {
        let spaces = 0
        while (i - spaces - 1 >= 0 && /[ \t]/.test(source.charAt(i - spaces - 1))) spaces++
        text = text.slice(0, Math.max(0, text.length - spaces))
        if (spaces >= 2 || options.softBreak === 'hardBreak') push({ k: 'break' })
        else text += ' '
        i = skipLineStart(source, i + 1)
        continue
      }
      case 'h':
      case 'H': {
        const before = i > 0 ? source.charAt(i - 1) : ''
        const candidate = source.slice(i, i + 4).toLowerCase() === 'http' && (before === '' || /[\s*_~(]/.test(before))
        const url = candidate && !brackets.some((b) => b.active) ? matchAt(bareUrl, source, i) : null
        if (url) {
          const href = trimUrl(url[0])
          if (/^https?:\/\/./i.test(href)) {
            push({ k: 'wrap', mark: { type: 'link', attrs: { href } }, children: [{ k: 'text', text: href }] })
            i += href.length
            continue
          }
        }
        text += char
        i++
        continue
      }
      default:
        text += char
        i++
    }
  }
  flush()
  return items
}

function skipLineStart(source: string, from: number): number {
  let i = from
  while (source.charAt(i) === ' ' || source.charAt(i) === '\t') i++
  return i
}

/** Pairs inline HTML tags (`<u>…</u>`), innermost first; a tag without its partner is dropped. */
function pairTags(items: Item[]): Item[] {
  const result: Item[] = []
  const open: number[] = []
  for (const item of items) {
    if (item.k !== 'tag') {
      result.push(item)
      continue
    }
    if (!item.closing) {
      open.push(result.length)
      result.push(item)
      continue
    }
    let s = open.length - 1
    while (s >= 0 && (result[open[s] as number] as TagItem).name !== item.name) s--
    if (s < 0) continue
    const at = open[s] as number
    open.length = s
    const [opener, ...children] = result.splice(at) as [TagItem, ...Item[]]
    let mark: DocMark | undefined
    if (opener.name === 'link') mark = opener.href ? { type: 'link', attrs: { href: opener.href } } : undefined
    else if (opener.name !== 'highlight') mark = { type: opener.name }
    result.push({ k: 'wrap', mark, children: processEmphasis(children) })
  }
  return result
}

/** CommonMark's "process emphasis": pairs each closing delimiter run with the nearest opener that may match it. */
function processEmphasis(input: Item[]): Item[] {
  const items = [...input]
  let i = 0
  while (i < items.length) {
    const closer = items[i]
    if (closer?.k !== 'delim' || !closer.close) {
      i++
      continue
    }
    let found = -1
    for (let j = i - 1; j >= 0; j--) {
      const opener = items[j]
      if (opener?.k !== 'delim' || opener.ch !== closer.ch || !opener.open) continue
      if (closer.ch === '~' || closer.ch === '=') {
        if (opener.count !== closer.count) continue
      } else if (
        (opener.close || closer.open) &&
        (opener.length + closer.length) % 3 === 0 &&
        !(opener.length % 3 === 0 && closer.length % 3 === 0)
      ) continue
      found = j
      break
    }
    if (found === -1) {
      if (!closer.open) items[i] = { k: 'text', text: closer.ch.repeat(closer.count) }
      i++
      continue
    }
    const opener = items[found] as DelimiterItem
    const strong = closer.ch === '~' || closer.ch === '=' || (opener.count >= 2 && closer.count >= 2)
    const used = strong ? 2 : 1
    let mark: DocMark | undefined
    if (closer.ch === '~') mark = { type: 'strike' }
    else if (closer.ch === '*' || closer.ch === '_') mark = { type: strong ? 'bold' : 'italic' }
    const children = items.slice(found + 1, i).map(literalDelimiter)
    opener.count -= used
    closer.count -= used
    const start = opener.count > 0 ? found + 1 : found
    const end = closer.count > 0 ? i : i + 1
    items.splice(start, end - start, { k: 'wrap', mark, children })
    i = start + 1
  }
  return items.map(literalDelimiter)
}

function literalDelimiter(item: Item): Item {
  return item.k === 'delim' ? { k: 'text', text: item.ch.repeat(item.count) } : item
}

function finish(items: Item[]): Item[] {
  return processEmphasis(pairTags(items))
}

function flatten(items: Item[], marks: DocMark[], out: DocNode[]): void {
  for (const item of items) {
    switch (item.k) {
      case 'text':
        out.push({ type: 'text', text: item.text, marks })
        break
      case 'code':
        out.push({ type: 'text', text: item.text, marks: [...marks, { type: 'code' }] })
        break
      case 'break':
        out.push({ type: 'hardBreak' })
        break
      case 'bracket':
        out.push({ type: 'text', text: item.image ? '![' : '[', marks })
        break
      case 'wrap': {
        if (!item.mark) flatten(item.children, marks, out)
        else {
          const type = item.mark.type
          flatten(item.children, [...marks.filter((mark) => mark.type !== type), item.mark], out)
        }
        break
      }
      default:
        break
    }
  }
}

/** Inline Markdown to the editor's inline nodes (text with marks, hard breaks). */
export function parseInline(source: string, options: InlineOptions = {}): DocNode[] {
  const trimmed = source.replace(/^[ \t]+/, '').replace(/[ \t]+$/, '')
  const out: DocNode[] = []
  flatten(finish(scan(trimmed, options)), [], out)
  return normalizeInlineNodes(out)
}
