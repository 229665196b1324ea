import { nodeText } from '@shared/domain/playbooks/doc'
import type { Playbook, PlaybookCategory, PlaybookStatus } from '@shared/domain/playbooks/playbook'
import { reviewState, type ReviewState } from '@shared/domain/playbooks/reviewState'

export const playbookSorts = ['updated', 'title', 'next-review'] as const
export type PlaybookSort = (typeof playbookSorts)[number]

export const sortLabel: Record<PlaybookSort, string> = { updated: 'Recently updated', title: 'Title', 'next-review': 'Next review' }

export interface PlaybookFilter {
  text: string
  category: PlaybookCategory | null
  status: PlaybookStatus | null
  tag: string | null
  /** A person's id, or 'none' for playbooks without an owner. */
  owner: string | null
  review: ReviewState | null
  sort: PlaybookSort
}

export const emptyFilter: PlaybookFilter = { text: '', category: null, status: null, tag: null, owner: null, review: null, sort: 'updated' }

function matchesText(playbook: Playbook, words: string[], ownerName: string | undefined): boolean {
  if (words.length === 0) return true
  const haystack = [playbook.title, playbook.summary, playbook.tags.join(' '), ownerName ?? '', nodeText(playbook.content)].join('\n').toLowerCase()
  return words.every((word) => haystack.includes(word))
}

/** The library's search, filters and sort, applied in memory: a team has hundreds of playbooks, not millions. */
export function filterPlaybooks(playbooks: Playbook[], filter: PlaybookFilter, today: string, names: ReadonlyMap<string, string>): Playbook[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean)
  const kept = playbooks.filter(
    (playbook) =>
      (!filter.category || playbook.category === filter.category) &&
      (!filter.status || playbook.status === filter.status) &&
      (!filter.tag || playbook.tags.includes(filter.tag)) &&
      (!filter.owner || (filter.owner === 'none' ? !playbook.ownerId : playbook.ownerId === filter.owner)) &&
      (!filter.review || reviewState(playbook, today) === filter.review) &&
      matchesText(playbook, words, playbook.ownerId ? names.get(playbook.ownerId) : undefined)
  )
  const byTitle = (a: Playbook, b: Playbook) => a.title.localeCompare(b.title)
  switch (filter.sort) {
    case 'title':
      return kept.sort(byTitle)
    case 'next-review':
      return kept.sort((a, b) => (a.nextReviewAt ?? '9999').localeCompare(b.nextReviewAt ?? '9999') || byTitle(a, b))
    default:
      return kept.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  }
}

/** Every tag in use, for the tag filter. */
export function allTags(playbooks: Playbook[]): string[] {
  return [...new Set(playbooks.flatMap((playbook) => playbook.tags))].sort((a, b) => a.localeCompare(b))
}

export function isFiltered(filter: PlaybookFilter): boolean {
  return Boolean(filter.text.trim() || filter.category || filter.status || filter.tag || filter.owner || filter.review)
}
