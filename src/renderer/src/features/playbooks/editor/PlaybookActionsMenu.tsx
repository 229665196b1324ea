import { ActionIcon, Menu, Tooltip } from '@mantine/core'
import { IconCopy, IconDots, IconDownload, IconTrash } from '@tabler/icons-react'
import type { Playbook } from '@shared/domain/playbooks/playbook'
import { templateFromPlaybook } from '@shared/domain/playbooks/templates'
import { createPlaybook, deletePlaybook, getPlaybook, listRunsOfPlaybook, listVersions, restoreBundle } from '../../../db/playbooks'
import { navigate } from '../../../navigation/useRoute'
import { confirmAction } from '../../../ui/confirm'
import { notifyError, notifySuccess, notifyWithUndo } from '../../../ui/notify'
import { exportFormats, exportLabel, exportPlaybook, type ExportFormat } from '../io/exportPlaybook'

export interface PlaybookActionsMenuProps {
  playbook: Playbook
  names: ReadonlyMap<string, string>
  saveFirst: () => Promise<boolean>
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** Export, "Save as template" and delete: everything about the playbook that is not writing it. */
export function PlaybookActionsMenu({ playbook, names, saveFirst }: PlaybookActionsMenuProps) {
  async function latest(): Promise<Playbook | undefined> {
    await saveFirst()
    return getPlaybook(playbook.id)
  }

  async function exportAs(format: ExportFormat) {
    const stored = await latest()
    if (stored) await exportPlaybook(format, stored, names)
  }

  async function saveAsTemplate() {
    try {
      const stored = await latest()
      if (!stored) return
      await createPlaybook(templateFromPlaybook(stored))
      notifySuccess(`Saved “${stored.title}” as a template. It is offered under New playbook.`)
    } catch (error) {
      notifyError('Could not save the template', error)
    }
  }

  async function remove() {
    const [versions, runs] = await Promise.all([listVersions(playbook.id), listRunsOfPlaybook(playbook.id)])
    const confirmed = await confirmAction({
      title: `Delete “${playbook.title}”?`,
      message: `This deletes the playbook with its ${plural(versions.length, 'version')} and ${plural(runs.length, 'run')}.`,
      confirmLabel: 'Delete playbook',
      destructive: true
    })
    if (!confirmed) return
    await saveFirst()
    const bundle = await deletePlaybook(playbook.id)
    navigate('playbooks')
    if (bundle) notifyWithUndo(`Deleted “${playbook.title}”`, () => restoreBundle(bundle))
  }

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Tooltip label="Export, save as template, delete">
          <ActionIcon variant="default" size="lg" aria-label="More actions">
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Export</Menu.Label>
        {exportFormats.map((format) => (
          <Menu.Item key={format} leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void exportAs(format)}>
            Export as {exportLabel[format]}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconCopy size={16} aria-hidden />} onClick={() => void saveAsTemplate()}>
          Save as template
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => void remove()}>
          Delete playbook…
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
