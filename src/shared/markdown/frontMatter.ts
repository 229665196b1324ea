import { parse as parseYaml, stringify as stringifyYaml, YAMLParseError } from 'yaml'
import type { PlaybookDoc } from '../domain/playbooks/doc'
import { nodeText } from '../domain/playbooks/doc'
import type { Playbook, PlaybookCategory, PlaybookStatus, Raci } from '../domain/playbooks/playbook'
import { playbookStatuses, raciRoles } from '../domain/playbooks/playbook'
import { docToMarkdown } from './docToMarkdown'
import type { MarkdownImportOptions } from './markdownToDoc'
import { markdownToDoc } from './markdownToDoc'

/** A playbook's fields as a Markdown file states them. People are names (or ids) as written; the app matches them. */
export interface PlaybookFileMeta {
  title: string
  summary?: string
  category?: PlaybookCategory
  tags: string[]
  owner?: string
  raci: Raci
  status?: PlaybookStatus
  reviewCadenceDays?: number
  /** As written: an ISO date or timestamp. */
  lastReviewed?: string
  lastReviewedBy?: string
}

export interface ParsedMarkdownFile {
  meta: PlaybookFileMeta
  doc: PlaybookDoc
  /** Things the user should know, each naming the file: an unknown category, an ignored field. */
  warnings: string[]
}

/** A file that cannot be read as a playbook; the message names the file and the line. */
export class MarkdownFileError extends Error {
  constructor(
    readonly fileName: string,
    readonly line: number | undefined,
    detail: string
  ) {
    super(`${fileName}${line === undefined ? '' : `, line ${line}`}: ${detail}`)
    this.name = 'MarkdownFileError'
  }
}

/** Looks up a person's display name by id; ids without a name are written as they are. */
export type PeopleNames = Record<string, string> | ReadonlyMap<string, string>

function nameOf(id: string, names: PeopleNames | undefined): string {
  if (!names) return id
  const name = names instanceof Map ? names.get(id) : (names as Record<string, string>)[id]
  return name ?? id
}

/** The playbook as one Markdown file: YAML front matter with its fields, then the document. */
export function playbookToMarkdownFile(
  playbook: Pick<Playbook, 'title' | 'summary' | 'category' | 'tags' | 'ownerId' | 'raci' | 'status' | 'reviewCadenceDays' | 'lastReviewedAt' | 'lastReviewedBy' | 'content'>,
  peopleNames?: PeopleNames
): string {
  const front: Record<string, unknown> = { title: playbook.title }
  if (playbook.summary) front.summary = playbook.summary
  front.category = playbook.category
  front.tags = [...playbook.tags]
  if (playbook.ownerId) front.owner = nameOf(playbook.ownerId, peopleNames)
  if (raciRoles.some((role) => playbook.raci[role].length > 0)) {
    front.raci = Object.fromEntries(raciRoles.map((role) => [role, playbook.raci[role].map((id) => nameOf(id, peopleNames))]))
  }
  front.status = playbook.status
  if (playbook.reviewCadenceDays !== undefined) front.review_cadence_days = playbook.reviewCadenceDays
  if (playbook.lastReviewedAt) front.last_reviewed = playbook.lastReviewedAt
  if (playbook.lastReviewedBy) front.last_reviewed_by = nameOf(playbook.lastReviewedBy, peopleNames)
  const yaml = stringifyYaml(front, { lineWidth: 0 })
  return `---\n${yaml}---\n\n${docToMarkdown(playbook.content)}`
}

const frontMatterPattern = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/

/** "Launch plan 3f2a9c1d8e7b4a6f9c0d1e2f3a4b5c6d.md" (Notion) or "launch-plan.md" to "Launch plan". */
export function titleFromFileName(fileName: string): string {
  let name = fileName.split(/[\\/]/).pop() ?? fileName
  name = name.replace(/\.(md|markdown|mdown|txt)$/i, '')
  name = name.replace(/\s+[0-9a-f]{32}$/i, '').trim()
  if (!name.includes(' ')) name = name.replace(/[-_]+/g, ' ').trim()
  if (name === '') return 'Untitled playbook'
  return name.charAt(0).toUpperCase() + name.slice(1)
}

function asStringList(value: unknown): string[] | undefined {
  if (value === null || value === undefined) return []
  if (typeof value === 'string') return value.split(',').map((part) => part.trim()).filter(Boolean)
  if (typeof value === 'number') return [String(value)]
  if (Array.isArray(value) && value.every((entry) => typeof entry === 'string' || typeof entry === 'number')) {
    return value.map((entry) => String(entry).trim()).filter(Boolean)
  }
  return undefined
}

function normalizeTags(tags: string[]): string[] {
  const seen = new Set<string>()
  const result: string[] = []
  for (const tag of tags) {
    const clean = tag.replace(/^#/, '').trim()
    if (clean && !seen.has(clean.toLowerCase())) {
      seen.add(clean.toLowerCase())
      result.push(clean)
    }
  }
  return result
}

function asCategory(value: string): PlaybookCategory | undefined {
  const key = value.trim().toLowerCase().replace(/[\s_]+/g, '-')
  const aliases: Record<string, PlaybookCategory> = {
    process: 'process',
    procedure: 'process',
    'best-practice': 'best-practice',
    guideline: 'best-practice',
    training: 'training',
    onboarding: 'training'
  }
  // "Processes", "Best practices", "Guidelines" name the same categories.
  return aliases[key] ?? aliases[key.replace(/e?s$/, '')] ?? aliases[key.replace(/s$/, '')]
}

function asStatus(value: string): PlaybookStatus | undefined {
  const key = value.trim().toLowerCase()
  const aliases: Record<string, PlaybookStatus> = { live: 'published', active: 'published', done: 'published', 'in progress': 'draft', wip: 'draft' }
  return aliases[key] ?? playbookStatuses.find((status) => status === key)
}

export class MetaReader {
  readonly meta: Omit<PlaybookFileMeta, 'title'> & { title?: string } = { tags: [], raci: { responsible: [], accountable: [], consulted: [], informed: [] } }
  readonly warnings: string[] = []

  constructor(private readonly fileName: string) {}

  warn(message: string): void {
    this.warnings.push(`${this.fileName}: ${message}`)
  }

  private text(field: string, value: unknown): string | undefined {
    if (typeof value === 'string') return value.trim() || undefined
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    if (value instanceof Date) return value.toISOString()
    if (value !== null && value !== undefined) this.warn(`"${field}" should be text; ignored.`)
    return undefined
  }

  read(field: string, value: unknown): boolean {
    const key = field.trim().toLowerCase().replace(/[\s-]+/g, '_')
    switch (key) {
      case 'title':
      case 'name': {
        const title = this.text(field, value)
        if (title) this.meta.title = title
        return true
      }
      case 'summary':
      case 'description': {
        const summary = this.text(field, value)
        if (summary) this.meta.summary = summary
        return true
      }
      case 'category':
      case 'type': {
        const text = this.text(field, value)
        if (text === undefined) return true
        const category = asCategory(text)
        if (category) this.meta.category = category
        else this.warn(`unknown category "${text}" (expected process, best-practice or training); left unset.`)
        return true
      }
      case 'tags':
      case 'tag':
      case 'keywords': {
        const tags = asStringList(value)
        if (tags) this.meta.tags = normalizeTags([...this.meta.tags, ...tags])
        else this.warn(`"${field}" should be a list of words; ignored.`)
        return true
      }
      case 'owner': {
        const owner = this.text(field, value)
        if (owner) this.meta.owner = owner
        return true
      }
      case 'raci': {
        if (value === null || value === undefined) return true
        if (typeof value !== 'object' || Array.isArray(value)) {
          this.warn('"raci" should list people under responsible, accountable, consulted and informed; ignored.')
          return true
        }
        for (const [role, people] of Object.entries(value as Record<string, unknown>)) {
          const name = raciRoles.find((known) => known === role.toLowerCase() || known[0] === role.toLowerCase())
          const list = asStringList(people)
          if (!name) this.warn(`unknown RACI role "${role}"; ignored.`)
          else if (!list) this.warn(`RACI "${role}" should be a list of people; ignored.`)
          else this.meta.raci[name] = list
        }
        return true
      }
      case 'responsible':
      case 'accountable':
      case 'consulted':
      case 'informed': {
        const list = asStringList(value)
        if (list) this.meta.raci[key] = list
        return true
      }
      case 'status': {
        const text = this.text(field, value)
        if (text === undefined) return true
        const status = asStatus(text)
        if (status) this.meta.status = status
        else this.warn(`unknown status "${text}" (expected draft, published or archived); the playbook is imported as a draft.`)
        return true
      }
      case 'review_cadence_days':
      case 'review_cadence':
      case 'reviewcadencedays': {
        const days = typeof value === 'string' ? Number(value.replace(/\s*days?$/i, '')) : value
        if (typeof days === 'number' && Number.isInteger(days) && days > 0) this.meta.reviewCadenceDays = days
        else if (value !== null && value !== undefined) this.warn(`"${field}" should be a whole number of days; ignored.`)
        return true
      }
      case 'last_reviewed':
      case 'last_reviewed_at':
      case 'lastreviewedat': {
        const text = this.text(field, value)
        if (text === undefined) return true
        if (Number.isNaN(new Date(text).getTime())) this.warn(`"${field}": "${text}" is not a date; ignored.`)
        else this.meta.lastReviewed = text
        return true
      }
      case 'last_reviewed_by': {
        const by = this.text(field, value)
        if (by) this.meta.lastReviewedBy = by
        return true
      }
      default:
        return false
    }
  }
}

function yamlProblem(error: YAMLParseError): string {
  const firstLine = error.message.split('\n')[0] ?? error.message
  return firstLine.replace(/ at line \d+, column \d+:?$/, '')
}

/** Notion writes a page's properties as "Key: value" lines under its title. */
export function readNotionProperties(lines: string[], reader: MetaReader): string[] {
  let i = 0
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++
  const properties: [string, string][] = []
  let j = i
  for (; j < lines.length; j++) {
    const match = /^([A-Za-z][\w ()/-]{0,40}):\s+(.+?)\s*$/.exec(lines[j] ?? '')
    if (!match) break
    properties.push([match[1] as string, match[2] as string])
  }
  if (properties.length === 0 || (j < lines.length && (lines[j] ?? '').trim() !== '')) return lines
  const known = properties.filter(([key, value]) => reader.read(key, value))
  if (known.length === 0) return lines
  const ignored = properties.filter((property) => !known.includes(property)).map(([key]) => key)
  if (ignored.length > 0) reader.warn(`ignored properties: ${ignored.join(', ')}.`)
  return lines.slice(j)
}

/**
 * Reads a Markdown file as a playbook. The title comes from the front matter, else the first level-1 heading
 * (taken out of the document), else the file name. Invalid front matter is an error naming the file and line.
 */
export function parseMarkdownFile(text: string, fileName: string, options: MarkdownImportOptions = {}): ParsedMarkdownFile {
  const source = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n')
  const reader = new MetaReader(fileName)
  let body = source
  const front = frontMatterPattern.exec(source)
  if (front) {
    body = source.slice(front[0].length)
    let data: unknown
    try {
      data = parseYaml(front[1] ?? '')
    } catch (error) {
      if (error instanceof YAMLParseError) {
        const line = error.linePos?.[0].line
        throw new MarkdownFileError(fileName, line === undefined ? undefined : line + 1, `the front matter is not valid YAML: ${yamlProblem(error)}.`)
      }
      throw error
    }
    if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
      reader.warn('the front matter is not a list of fields; ignored.')
    } else {
      for (const [key, value] of Object.entries((data ?? {}) as Record<string, unknown>)) reader.read(key, value)
    }
  } else {
    const lines = body.split('\n')
    const first = lines.findIndex((line) => line.trim() !== '')
    const heading = first === -1 ? null : /^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/.exec(lines[first] ?? '')
    if (heading) body = readNotionProperties(lines.slice(first + 1), reader).join('\n')
    if (heading?.[1]) reader.meta.title = nodeText(markdownToDoc(heading[1]).content[0] ?? { type: 'text', text: '' }).trim() || undefined
  }

  const doc = markdownToDoc(body, options)
  if (!reader.meta.title) {
    const [first, ...rest] = doc.content
    if (first?.type === 'heading' && first.attrs?.level === 1 && nodeText(first).trim()) {
      reader.meta.title = nodeText(first).trim()
      doc.content = rest.length > 0 ? rest : [{ type: 'paragraph' }]
    }
  }
  const meta: PlaybookFileMeta = { ...reader.meta, title: reader.meta.title ?? titleFromFileName(fileName) }
  return { meta, doc, warnings: reader.warnings }
}
