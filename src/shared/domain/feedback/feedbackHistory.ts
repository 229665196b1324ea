/**
 * One change a person made to a feedback row in Opsdeck (imports keep their
 * own record in importChanges). Kept small: what changed, in words, and when.
 */
export interface FeedbackHistoryEntry {
  id: string
  feedbackId: string
  /** ISO timestamp. */
  at: string
  /** What kind of change, for an icon: 'status', 'tags', 'themes', 'notes', 'merge'. */
  kind: 'status' | 'tags' | 'themes' | 'notes' | 'merge'
  /** "Status new → reviewed", "Linked to Bulk edit (critical)". */
  summary: string
}

export interface HistoryChange {
  id: string
  before: Record<string, unknown>
  after: Record<string, unknown>
}

export interface HistoryLinkChange {
  themeId: string
  feedbackId: string
  before: { importance: string } | null
  after: { importance: string } | null
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [])

/**
 * What a triage change did to one row, in words, one entry per kind of change.
 * Links are described from the link changes (they carry the importance).
 */
export function describeTriage(
  change: HistoryChange | undefined,
  links: readonly HistoryLinkChange[],
  themeName: (id: string) => string
): { kind: FeedbackHistoryEntry['kind']; summary: string }[] {
  const out: { kind: FeedbackHistoryEntry['kind']; summary: string }[] = []
  if (change) {
    const { before, after } = change
    if ('status' in after) out.push({ kind: 'status', summary: `Status ${String(before.status ?? 'none')} → ${String(after.status ?? 'none')}` })
    if ('tags' in after) {
      const was = new Set(list(before.tags))
      const now = new Set(list(after.tags))
      const added = [...now].filter((tag) => !was.has(tag))
      const removed = [...was].filter((tag) => !now.has(tag))
      const parts = [added.length ? `Tagged ${added.join(', ')}` : '', removed.length ? `Removed tag ${removed.join(', ')}` : ''].filter(Boolean)
      if (parts.length) out.push({ kind: 'tags', summary: parts.join('; ') })
    }
    if ('notes' in after) out.push({ kind: 'notes', summary: after.notes ? 'Edited the notes' : 'Cleared the notes' })
    if ('mergedIntoId' in after) out.push({ kind: 'merge', summary: after.mergedIntoId ? 'Merged into another item as evidence' : 'Unmerged' })
  }
  for (const link of links) {
    const name = themeName(link.themeId)
    if (!link.before && link.after) out.push({ kind: 'themes', summary: `Linked to ${name} (${link.after.importance})` })
    else if (link.before && !link.after) out.push({ kind: 'themes', summary: `Unlinked from ${name}` })
    else if (link.before && link.after) out.push({ kind: 'themes', summary: `${name}: ${link.before.importance} → ${link.after.importance}` })
  }
  return out
}
