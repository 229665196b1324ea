import { Button, Popover, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import type { Playbook } from '@shared/domain/playbooks/playbook'
import { markPlaybookReviewed } from '../../../db/playbooks'
import { notifyError, notifySuccess } from '../../../ui/notify'
import { PersonSelect } from '../../people'
import { usePlaybooksUi } from '../playbooksUiStore'

/** "Mark reviewed" records who reviewed (picked here, the owner by default) and when (now). */
export function MarkReviewedButton({ playbook }: { playbook: Playbook }) {
  const acting = usePlaybooksUi((state) => state.actingPersonId)
  const setActing = usePlaybooksUi((state) => state.setActingPerson)
  const [opened, setOpened] = useState(false)
  const [reviewer, setReviewer] = useState<string | undefined>()
  const chosen = reviewer ?? acting ?? playbook.ownerId

  async function confirm() {
    if (!chosen) return
    try {
      await markPlaybookReviewed(playbook.id, chosen)
      setActing(chosen)
      setOpened(false)
      notifySuccess(`Marked “${playbook.title}” reviewed`)
    } catch (error) {
      notifyError('Could not mark the playbook reviewed', error)
    }
  }

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <Button size="xs" variant="light" onClick={() => setOpened((open) => !open)} aria-label={`Mark reviewed: ${playbook.title}`}>
          Mark reviewed
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={260}>
          <Text size="sm">Record that the playbook was read and is still right.</Text>
          <PersonSelect label="Reviewed by" value={chosen} onChange={setReviewer} />
          <Button size="xs" onClick={() => void confirm()} disabled={!chosen}>
            Confirm review
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
