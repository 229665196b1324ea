import type { Feedback, ThemeLink } from '@shared/domain/feedback/feedback'
import { conflictingChanges, invertChanges, type TriageChanges } from '@shared/domain/feedback/triage'
import { formatCount } from '@shared/format/money'
import { deleteThemeIfUnlinked } from '../../../db/themes'
import { loadTriageRows, writeTriage } from '../../../db/triage'
import { notifyError, notifySuccess, notifyWithUndo } from '../../../ui/notify'
import { inboxUiActions, useInboxUi } from './inboxUiStore'

export type TriageBuilder = (rows: Feedback[], links: ThemeLink[]) => TriageChanges

/**
 * Runs a pure triage action on rows: reads them, asks the action what changes,
 * writes that in one go, and keeps it for undo (z, or the toast's Undo).
 */
export async function runTriage(ids: readonly string[], build: TriageBuilder, options: { quiet?: boolean } = {}): Promise<TriageChanges | undefined> {
  if (ids.length === 0) return undefined
  try {
    const { rows, links } = await loadTriageRows(ids)
    const changes = build(rows, links)
    if (changes.feedback.length === 0 && changes.links.length === 0) {
      if (!options.quiet) notifySuccess('Nothing to change: the items are already like that.')
      return undefined
    }
    await writeTriage(changes)
    inboxUiActions.pushUndo(changes)
    if (!options.quiet) notifyWithUndo(changes.label, () => undoTriage(changes))
    return changes
  } catch (error) {
    notifyError('Could not change the feedback', error)
    return undefined
  }
}

/**
 * Takes rows back to how they were before `changes`. Rows someone changed
 * since are left alone (undoing them would lose newer work) and counted.
 */
export async function undoTriage(changes: TriageChanges): Promise<void> {
  useInboxUi.setState(({ undoStack }) => ({ undoStack: undoStack.filter((entry) => entry !== changes) }))
  const ids = [...new Set([...changes.feedback.map((c) => c.id), ...changes.links.map((c) => c.feedbackId)])]
  const { rows } = await loadTriageRows(ids)
  const conflicts = new Set(conflictingChanges(rows, changes))
  const inverse = invertChanges({
    ...changes,
    feedback: changes.feedback.filter((c) => !conflicts.has(c.id)),
    links: changes.links.filter((c) => !conflicts.has(c.feedbackId))
  })
  await writeTriage(inverse)
  // What the action created goes with its undo (a theme made by linking to a new name), unless it is in use since.
  if (changes.createdThemeId) await deleteThemeIfUnlinked(changes.createdThemeId)
  if (conflicts.size > 0) notifySuccess(`${formatCount(conflicts.size)} changed since were left as they are.`)
}

/** z: the last triage action, undone. */
export async function undoLastTriage(): Promise<void> {
  const last = inboxUiActions.popUndo()
  if (!last) {
    notifySuccess('Nothing to undo')
    return
  }
  try {
    await undoTriage(last)
    notifySuccess(`Undone: ${last.label}`)
  } catch (error) {
    notifyError('Could not undo', error)
  }
}
