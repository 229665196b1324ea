import type { Person } from '@shared/domain/people'
import { emptyRaci, raciRoles } from '@shared/domain/playbooks/playbook'
import type { NewPlaybook } from '@shared/domain/playbooks/templates'
import { parseMarkdownFile } from '@shared/markdown/frontMatter'

export interface MarkdownImport {
  playbook: NewPlaybook
  warnings: string[]
}

/** Finds people the file names (by id or by name, ignoring case); names not in People are reported, not invented. */
function peopleMatcher(people: Person[], fileName: string, warnings: string[]) {
  const byName = new Map(people.map((person) => [person.name.trim().toLowerCase(), person.id]))
  const ids = new Set(people.map((person) => person.id))
  return (name: string, role: string): string | undefined => {
    const id = ids.has(name) ? name : byName.get(name.trim().toLowerCase())
    if (!id) warnings.push(`${fileName}: “${name}” (${role}) is not in People; left out.`)
    return id
  }
}

/** A Markdown file (Opsdeck's own, Notion's, Confluence's or Obsidian's) as a new draft playbook. */
export function markdownToPlaybook(text: string, fileName: string, people: Person[]): MarkdownImport {
  const { meta, doc, warnings } = parseMarkdownFile(text, fileName)
  const match = peopleMatcher(people, fileName, warnings)
  const raci = emptyRaci()
  for (const role of raciRoles) raci[role] = meta.raci[role].map((name) => match(name, role)).filter((id): id is string => id !== undefined)
  const playbook: MarkdownImport['playbook'] = {
    title: meta.title,
    summary: meta.summary ?? '',
    category: meta.category ?? 'process',
    tags: meta.tags,
    raci,
    status: meta.status ?? 'draft',
    content: doc,
    revision: 1,
    isTemplate: false
  }
  const ownerId = meta.owner ? match(meta.owner, 'owner') : undefined
  if (ownerId) playbook.ownerId = ownerId
  if (meta.reviewCadenceDays) playbook.reviewCadenceDays = meta.reviewCadenceDays
  if (meta.lastReviewed) playbook.lastReviewedAt = new Date(meta.lastReviewed).toISOString()
  const reviewer = meta.lastReviewedBy ? match(meta.lastReviewedBy, 'last reviewed by') : undefined
  if (reviewer) playbook.lastReviewedBy = reviewer
  return { playbook, warnings }
}
