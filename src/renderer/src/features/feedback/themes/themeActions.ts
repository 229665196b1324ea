import type { Theme } from '@shared/domain/feedback/feedback'
import { invertChanges, unlinkFromTheme } from '@shared/domain/feedback/triage'
import { formatCount } from '@shared/format/money'
import { loadThemeData, themeRepository } from '../../../db/themes'
import { loadTriageRows, writeTriage } from '../../../db/triage'
import { navigate } from '../../../navigation/useRoute'
import { confirmAction } from '../../../ui/confirm'
import { notifyError, notifyWithUndo } from '../../../ui/notify'

/** Deletes a theme after saying what it unlinks; the feedback stays, and Undo puts everything back. */
export async function deleteThemeWithConfirmation(theme: Theme): Promise<void> {
  const { links } = await loadThemeData(theme.id)
  const ok = await confirmAction({
    title: 'Delete theme',
    message: `Delete ${theme.name}? ${formatCount(links.length)} linked feedback ${links.length === 1 ? 'item is' : 'items are'} unlinked; the feedback itself stays.`,
    confirmLabel: 'Delete theme',
    destructive: true
  })
  if (!ok) return
  try {
    const { rows, links: rowLinks } = await loadTriageRows(links.map((link) => link.feedbackId))
    const changes = unlinkFromTheme(rows, { themeId: theme.id, links: rowLinks, themeName: theme.name })
    await writeTriage(changes)
    const removed = await themeRepository.remove(theme.id)
    navigate('feedback', 'themes')
    notifyWithUndo(`Deleted ${theme.name}`, async () => {
      if (removed) await themeRepository.restore(removed)
      await writeTriage(invertChanges(changes))
    })
  } catch (error) {
    notifyError(`Could not delete ${theme.name}`, error)
  }
}
