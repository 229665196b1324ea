import type { PlaybookDraft } from '@shared/domain/playbooks/draft'

/**
 * When the window is closing, an IndexedDB write may not finish before the page is gone. localStorage is written
 * synchronously, so the last words typed are stashed there too; recovery reads both places.
 */
const prefix = 'opsdeck.playbookDraft.'

export function stashDraft(draft: PlaybookDraft): void {
  try {
    localStorage.setItem(prefix + draft.playbookId, JSON.stringify(draft))
  } catch {
    // Storage full or unavailable: the IndexedDB draft written every few seconds still stands.
  }
}

export function clearStashedDraft(playbookId: string): void {
  try {
    localStorage.removeItem(prefix + playbookId)
  } catch {
    // Nothing to clear where there is no storage.
  }
}

function isDraft(value: unknown): value is PlaybookDraft {
  const draft = value as Partial<PlaybookDraft> | null
  return typeof draft?.playbookId === 'string' && typeof draft.title === 'string' && typeof draft.savedAt === 'string' && typeof draft.baseRevision === 'number' && draft.content?.type === 'doc'
}

export function stashedDraft(playbookId: string): PlaybookDraft | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(prefix + playbookId) ?? 'null')
    return isDraft(value) ? value : undefined
  } catch {
    return undefined
  }
}

export function stashedDrafts(): PlaybookDraft[] {
  const drafts: PlaybookDraft[] = []
  try {
    for (let index = 0; index < localStorage.length; index++) {
      const key = localStorage.key(index)
      if (!key?.startsWith(prefix)) continue
      const draft = stashedDraft(key.slice(prefix.length))
      if (draft) drafts.push(draft)
    }
  } catch {
    // No storage: no stashed drafts.
  }
  return drafts
}

/** The later of two drafts of the same playbook. */
export function newestDraft(a: PlaybookDraft | undefined, b: PlaybookDraft | undefined): PlaybookDraft | undefined {
  if (!a || !b) return a ?? b
  return a.savedAt >= b.savedAt ? a : b
}
