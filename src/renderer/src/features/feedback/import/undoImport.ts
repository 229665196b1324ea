import { modals } from '@mantine/modals'
import type { ImportBatch } from '@shared/domain/feedback/feedback'
import { formatCount } from '@shared/format/money'
import { reverseImportBatch, triagedSinceImport } from '../../../db/feedbackImport'
import { confirmAction } from '../../../ui/confirm'
import { notifyError, notifySuccess } from '../../../ui/notify'

/** Asks how to treat rows triaged since the import: delete them too, or keep them. */
function askAboutTriaged(count: number, fileName: string): Promise<'delete' | 'keep' | 'cancel'> {
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title: 'Some imported rows were triaged since',
      children: `${formatCount(count)} of the items imported from ${fileName} have been reviewed, tagged, linked to a theme or annotated since. Keep them, or delete them with the rest?`,
      labels: { confirm: `Keep the ${formatCount(count)} triaged`, cancel: 'Delete them too' },
      closeOnCancel: true,
      onConfirm: () => resolve('keep'),
      onCancel: () => resolve('delete'),
      onClose: () => resolve('cancel')
    })
  })
}

export async function undoImport(batch: ImportBatch): Promise<void> {
  const confirmed = await confirmAction({
    title: 'Undo import',
    message: `Undo the import of ${batch.fileName}? ${formatCount(batch.counts.created)} new items will be deleted and ${formatCount(batch.counts.updated)} updated items restored to how they were.`,
    confirmLabel: 'Undo import',
    destructive: true
  })
  if (!confirmed) return
  try {
    const triaged = await triagedSinceImport(batch.id)
    let keep = new Set<string>()
    if (triaged.length > 0) {
      const choice = await askAboutTriaged(triaged.length, batch.fileName)
      if (choice === 'cancel') return
      if (choice === 'keep') keep = new Set(triaged.map((row) => row.id))
    }
    await reverseImportBatch(batch.id, 'undone', keep)
    notifySuccess(`Undid the import of ${batch.fileName}`)
  } catch (error) {
    notifyError(`Could not undo the import of ${batch.fileName}`, error)
  }
}
