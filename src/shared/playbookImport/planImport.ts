import type { DocNode, PlaybookDoc } from '../domain/playbooks/doc'
import { normalizeDoc } from '../domain/playbooks/doc'
import { checkPlaybookDoc } from '../domain/playbooks/docSchema'
import type { Person } from '../domain/people'
import type { PlaybookSource, PlaybookStatus, Raci } from '../domain/playbooks/playbook'
import { emptyRaci, raciRoles } from '../domain/playbooks/playbook'
import type { ParsedPage, RefusedFile, SkippedFile, SourceTool } from './pages'
import { isImagePath } from './markdownToDocument'
import { inAppPlaybookHref, notionIdIn, rewriteReferences } from './references'

export type { PlaybookSource }

/** A playbook already in the workspace, as the plan needs to see it. */
export interface ExistingPlaybook {
  id: string
  title: string
  source?: PlaybookSource
}

export interface BatchFile {
  path: string
  bytes: Uint8Array
}

/** An image of the batch that a page shows, to be stored as a blob. */
export interface PlannedImage {
  id: string
  path: string
  type: string
  bytes: Uint8Array
}

export interface NewPersonProposal {
  id: string
  name: string
  email?: string
  /** The files that name this person. */
  files: string[]
}

export interface PlannedPlaybook {
  id: string
  action: 'create' | 'update'
  source: PlaybookSource
  title: string
  summary: string
  category?: 'process' | 'best-practice' | 'training'
  tags: string[]
  ownerId?: string
  raci: Raci
  status: PlaybookStatus
  reviewCadenceDays?: number
  lastReviewedAt?: string
  lastReviewedBy?: string
  content: PlaybookDoc
  imageIds: string[]
}

export type PlanRowStatus = 'new' | 'update' | 'skipped' | 'refused' | 'image' | 'unused'

/** One row of the preview (and later of the report): one file of the batch and what becomes of it. */
export interface PlanRow {
  path: string
  status: PlanRowStatus
  tool?: SourceTool | 'json'
  title?: string
  owner?: { name: string; personId: string; isNew: boolean }
  tags: string[]
  checklist: { items: number; done: number }
  images: number
  links: { toBatch: number; web: number }
  /** Links to pages that are not in this import: their words are kept. */
  outsideLinks: string[]
  notes: string[]
  reason?: string
  line?: number
  playbookId?: string
}

export interface ImportPlan {
  rows: PlanRow[]
  playbooks: PlannedPlaybook[]
  people: NewPersonProposal[]
  images: PlannedImage[]
}

export interface PlanInput {
  pages: ParsedPage[]
  skipped: SkippedFile[]
  refused: RefusedFile[]
  /** Every file of the batch, for images and to tell attachments from missing files. */
  files: BatchFile[]
  existing: ExistingPlaybook[]
  people: Person[]
  newId: () => string
  /** Rows for files read elsewhere (our own JSON), placed in the list as they are. */
  extraRows?: PlanRow[]
}

const imageTypes: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', svg: 'image/svg+xml', bmp: 'image/bmp', avif: 'image/avif' }

export function imageTypeOf(path: string): string | undefined {
  return imageTypes[(path.split('.').pop() ?? '').toLowerCase()]
}

const baseName = (path: string): string => path.split('/').pop() ?? path
const withoutExtension = (path: string): string => path.replace(/\.(md|markdown|html?)$/i, '')
const key = (text: string): string => text.trim().toLowerCase()

function countChecklist(node: DocNode, counts = { items: 0, done: 0 }): { items: number; done: number } {
  if (node.type === 'taskItem') {
    counts.items++
    if (node.attrs?.checked === true) counts.done++
  }
  for (const child of node.content ?? []) countChecklist(child, counts)
  return counts
}

/** "Dana Whitfield <dana@acme.com>", "dana@acme.com" or "Dana Whitfield". */
export function parsePersonRef(text: string): { name?: string; email?: string } {
  const trimmed = text.trim().replace(/^@/, '')
  const angle = /^(.*?)\s*<([^<>\s@]+@[^<>\s@]+)>$/.exec(trimmed)
  if (angle) return { ...(angle[1] ? { name: angle[1].replace(/^"|"$/g, '').trim() } : {}), email: angle[2] as string }
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) return { email: trimmed }
  return trimmed ? { name: trimmed } : {}
}

/** "marcus.lee@acme.example" -> "Marcus Lee": how the address reads, shown to the user before anything is added. */
function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ')
}

class PeopleMatcher {
  readonly proposals: NewPersonProposal[] = []

  constructor(
    private readonly people: Person[],
    private readonly newId: () => string
  ) {}

  /** Email first, then name (ignoring case); someone not in People is proposed as a new person, once per batch. */
  match(text: string, file: string): { name: string; personId: string; isNew: boolean } | undefined {
    const { name, email } = parsePersonRef(text)
    if (!name && !email) return undefined
    const known =
      (email ? this.people.find((person) => person.email && key(person.email) === key(email)) : undefined) ??
      (name ? this.people.find((person) => key(person.name) === key(name)) : undefined) ??
      (this.people.find((person) => person.id === text.trim()))
    if (known) return { name: known.name, personId: known.id, isNew: false }
    let proposal = this.proposals.find((person) => (email && person.email && key(person.email) === key(email)) || (name && key(person.name) === key(name)))
    if (!proposal) {
      proposal = { id: this.newId(), name: name ?? nameFromEmail(email as string), files: [] }
      if (email) proposal.email = email
      this.proposals.push(proposal)
    } else if (email && !proposal.email) proposal.email = email
    if (!proposal.files.includes(file)) proposal.files.push(file)
    return { name: proposal.name, personId: proposal.id, isNew: true }
  }
}

class PageIndex {
  private readonly byPath = new Map<string, ParsedPage>()
  private readonly byPathNoExt = new Map<string, ParsedPage>()
  private readonly byBase = new Map<string, ParsedPage[]>()
  private readonly byId = new Map<string, ParsedPage>()
  private readonly byTitle = new Map<string, ParsedPage[]>()

  constructor(pages: ParsedPage[]) {
    for (const page of pages) {
      this.byPath.set(key(page.path), page)
      this.byPathNoExt.set(key(withoutExtension(page.path)), page)
      const base = key(withoutExtension(baseName(page.path)))
      this.byBase.set(base, [...(this.byBase.get(base) ?? []), page])
      if (page.sourceId) this.byId.set(page.sourceId, page)
      const title = key(page.meta.title)
      this.byTitle.set(title, [...(this.byTitle.get(title) ?? []), page])
    }
  }

  find(target: string, form: 'path' | 'wikilink' | 'url', pageId?: string): ParsedPage | undefined {
    if (pageId && this.byId.has(pageId)) return this.byId.get(pageId)
    if (form === 'url') {
      const notion = notionIdIn(target)
      return notion ? this.byId.get(notion) : undefined
    }
    if (form === 'path') {
      const exact = this.byPath.get(key(target))
      if (exact) return exact
      const id = notionIdIn(baseName(target).replace(/\.(md|html?)$/i, '.'))
      return id ? this.byId.get(id) : undefined
    }
    // Obsidian resolves [[Name]] by path when it has a folder, else by the shortest path with that file name.
    const wanted = key(target.replace(/\.md$/i, ''))
    const byPath = this.byPathNoExt.get(wanted)
    if (byPath) return byPath
    const byBase = this.byBase.get(key(baseName(wanted)))
    if (byBase && byBase.length > 0) return [...byBase].sort((a, b) => a.path.length - b.path.length)[0]
    return this.byTitle.get(wanted)?.[0]
  }
}

function previousImport(page: ParsedPage, existing: ExistingPlaybook[]): ExistingPlaybook | undefined {
  if (page.sourceId) {
    const byId = existing.find((playbook) => playbook.source?.tool === page.tool && playbook.source.id === page.sourceId)
    if (byId) return byId
  }
  return existing.find((playbook) => playbook.source && key(playbook.source.path) === key(page.path))
}

function describeTarget(target: string): string {
  return baseName(target) || target
}

/**
 * The whole batch, worked out before anything is written: which files become playbooks (new, or updates of an
 * earlier import), who their owners are (people in People, or new people to add), where links between pages point,
 * which images are stored, and what is skipped or refused, with why.
 */
export function planImport(input: PlanInput): ImportPlan {
  const { pages, files, existing, newId } = input
  const index = new PageIndex(pages)
  const people = new PeopleMatcher(input.people, newId)
  const filesByPath = new Map(files.map((file) => [key(file.path), file]))
  const filesByBase = new Map<string, BatchFile[]>()
  for (const file of files) filesByBase.set(key(baseName(file.path)), [...(filesByBase.get(key(baseName(file.path))) ?? []), file])
  const ids = new Map<ParsedPage, { id: string; update: boolean }>()
  const claimed = new Set<string>()
  for (const page of pages) {
    const earlier = previousImport(page, existing)
    if (earlier && !claimed.has(earlier.id)) {
      claimed.add(earlier.id)
      ids.set(page, { id: earlier.id, update: true })
    } else ids.set(page, { id: newId(), update: false })
  }
  const images = new Map<string, PlannedImage>()
  const usedFiles = new Set<string>()
  const rows: PlanRow[] = []
  const playbooks: PlannedPlaybook[] = []

  for (const page of pages) {
    const { id, update } = ids.get(page) as { id: string; update: boolean }
    const row: PlanRow = { path: page.path, status: update ? 'update' : 'new', tool: page.tool, title: page.meta.title, tags: page.meta.tags, checklist: { items: 0, done: 0 }, images: 0, links: { toBatch: 0, web: 0 }, outsideLinks: [], notes: [...page.notes], playbookId: id }
    const imageIds: string[] = []
    const content = rewriteReferences(page.doc, {
      link: (refIndex) => {
        const reference = page.references[refIndex]
        if (!reference) return undefined
        const target = index.find(reference.target, reference.form, reference.pageId)
        if (target) {
          row.links.toBatch++
          return inAppPlaybookHref((ids.get(target) as { id: string }).id)
        }
        if (reference.form === 'url') {
          // A page of the source tool that is not in this import: still reachable on the web.
          row.links.web++
          row.outsideLinks.push(`“${reference.text}” links to a page outside this import; kept as a web link.`)
          return reference.target
        }
        const file = filesByPath.get(key(reference.target))
        if (file) {
          usedFiles.add(key(file.path))
          row.outsideLinks.push(`“${reference.text}” links to ${describeTarget(reference.target)}, a file that is not a playbook; the words are kept.`)
        } else {
          row.outsideLinks.push(`“${reference.text}” links to ${describeTarget(reference.target)}, which is not in this import; the words are kept.`)
        }
        return undefined
      },
      image: (refIndex) => {
        const reference = page.references[refIndex]
        const target = reference?.target ?? ''
        const file =
          filesByPath.get(key(target)) ??
          (reference?.form === 'wikilink' ? [...(filesByBase.get(key(baseName(target))) ?? [])].sort((a, b) => a.path.length - b.path.length)[0] : undefined)
        const type = file ? imageTypeOf(file.path) : undefined
        if (!file || !type || !isImagePath(file.path)) {
          row.notes.push(`Image ${describeTarget(target)}${reference?.line ? ` (line ${reference.line})` : ''} is not in this import; its name is kept as text.`)
          return { text: reference?.text || `[image: ${describeTarget(target)}]` }
        }
        usedFiles.add(key(file.path))
        let image = images.get(key(file.path))
        if (!image) {
          image = { id: newId(), path: file.path, type, bytes: file.bytes }
          images.set(key(file.path), image)
        }
        imageIds.push(image.id)
        row.images++
        return { src: `opsdeck-image:${image.id}` }
      }
    })
    // Held to the editor's schema like every imported document: what it has no place for is left out and said.
    const check = checkPlaybookDoc(normalizeDoc(content))
    if (!check.ok) {
      rows.push({ ...row, status: 'refused', reason: check.reason })
      continue
    }
    if (check.dropped.length > 0) row.notes.push(`Left out what the editor has no place for: ${check.dropped.join('; ')}.`)
    const doc = check.doc
    row.checklist = countChecklist(doc)
    const owner = page.meta.owner ? people.match(page.meta.owner, page.path) : undefined
    if (owner) row.owner = owner
    const raci = emptyRaci()
    for (const role of raciRoles) {
      raci[role] = page.meta.raci[role].map((name) => people.match(name, page.path)?.personId).filter((personId): personId is string => personId !== undefined)
    }
    const reviewer = page.meta.lastReviewedBy ? people.match(page.meta.lastReviewedBy, page.path) : undefined
    const planned: PlannedPlaybook = {
      id,
      action: update ? 'update' : 'create',
      source: { tool: page.tool, path: page.path, ...(page.sourceId ? { id: page.sourceId } : {}) },
      title: page.meta.title,
      summary: page.meta.summary ?? '',
      tags: page.meta.tags,
      raci,
      status: page.meta.status ?? 'draft',
      content: doc,
      imageIds
    }
    if (page.meta.category) planned.category = page.meta.category
    if (owner) planned.ownerId = owner.personId
    if (page.meta.reviewCadenceDays) planned.reviewCadenceDays = page.meta.reviewCadenceDays
    if (page.meta.lastReviewed) planned.lastReviewedAt = reviewedAt(page.meta.lastReviewed)
    if (reviewer) planned.lastReviewedBy = reviewer.personId
    if (planned.status === 'published') row.notes.push(update ? 'Published in the source: a new version is published if the text changed.' : 'Published in the source: imported as its first published version.')
    playbooks.push(planned)
    rows.push(row)
  }

  const pagePaths = new Set(pages.map((page) => key(page.path)))
  const listed = new Set([...pagePaths, ...input.skipped.map((file) => key(file.path)), ...input.refused.map((file) => key(file.path)), ...(input.extraRows ?? []).map((row) => key(row.path))])
  const empty = (): Pick<PlanRow, 'tags' | 'checklist' | 'images' | 'links' | 'outsideLinks' | 'notes'> => ({ tags: [], checklist: { items: 0, done: 0 }, images: 0, links: { toBatch: 0, web: 0 }, outsideLinks: [], notes: [] })
  rows.push(...(input.extraRows ?? []))
  for (const file of input.refused) rows.push({ path: file.path, status: 'refused', reason: file.reason, ...(file.line ? { line: file.line } : {}), ...empty() })
  for (const file of input.skipped) rows.push({ path: file.path, status: 'skipped', reason: file.reason, ...empty() })
  for (const file of files) {
    if (listed.has(key(file.path))) continue
    const image = images.get(key(file.path))
    if (image) {
      const users = playbooks.filter((playbook) => playbook.imageIds.includes(image.id)).map((playbook) => playbook.title)
      rows.push({ path: file.path, status: 'image', reason: `Shown in ${users.map((title) => `“${title}”`).join(', ')}`, ...empty() })
    } else if (usedFiles.has(key(file.path))) {
      rows.push({ path: file.path, status: 'skipped', reason: 'an attachment that pages link to; not a playbook', ...empty() })
    } else {
      rows.push({ path: file.path, status: 'unused', reason: unusedReason(file.path), ...empty() })
    }
  }
  return { rows, playbooks, people: people.proposals, images: [...images.values()] }
}

/**
 * A date-only "last reviewed" is that calendar day wherever the user is: noon of the day in the local zone, so the
 * day never shifts; a timestamp is kept as the instant it names.
 */
export function reviewedAt(value: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim())
  if (day) return new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12).toISOString()
  return new Date(value).toISOString()
}

function unusedReason(path: string): string {
  if (/(^|\/)\.obsidian\//.test(path)) return 'Obsidian settings, not a playbook'
  if (/(^|\/)(styles|images\/icons)\//.test(path) || /\.(css|js)$/i.test(path)) return 'part of the export’s own web page (styles, icons), not a playbook'
  if (isImagePath(path)) return 'an image no page shows'
  if (/\.csv$/i.test(path)) return 'a Notion database table; its pages are imported from their own files'
  return 'not a playbook (only Markdown, HTML and Opsdeck JSON files are read)'
}
