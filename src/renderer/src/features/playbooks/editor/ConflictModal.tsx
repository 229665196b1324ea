import { Button, Group, List, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import type { Playbook, PlaybookDoc } from '@shared/domain/playbooks/playbook'
import { exactTime } from '@shared/format/relativeTime'
import { diffVersions } from '@shared/markdown/versionDiff'
import type { PlaybookChanges } from '../../../db/playbooks'
import { DiffView } from '../versions/DiffView'

const fieldLabel: Record<keyof PlaybookChanges, string> = {
  title: 'Title',
  summary: 'Summary',
  category: 'Category',
  tags: 'Tags',
  ownerId: 'Owner',
  raci: 'RACI',
  status: 'Status',
  reviewCadenceDays: 'Review cadence',
  content: 'Text'
}

export interface ConflictModalProps {
  theirs: Playbook
  mine: { title: string; content: PlaybookDoc }
  pending: PlaybookChanges
  onKeepMine: () => Promise<void>
  onTakeTheirs: () => Promise<void>
}

/**
 * Another window saved this playbook while this one had unsaved changes. Both versions are compared and the user
 * chooses; nothing is written until they do.
 */
export function ConflictModal({ theirs, mine, pending, onKeepMine, onTakeTheirs }: ConflictModalProps) {
  const [busy, setBusy] = useState(false)
  const changed = (Object.keys(pending) as (keyof PlaybookChanges)[]).filter((field) => JSON.stringify(pending[field]) !== JSON.stringify(theirs[field]))
  const choose = (action: () => Promise<void>) => async () => {
    setBusy(true)
    try {
      await action()
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal opened onClose={() => undefined} withCloseButton={false} closeOnClickOutside={false} closeOnEscape={false} size="xl" title="This playbook was changed in another window">
      <Stack>
        <Text size="sm">
          Another window saved “{theirs.title}” at {exactTime(theirs.updatedAt)}, while this window had unsaved changes. Nothing has been overwritten. Compare the two and choose which to keep.
        </Text>
        {changed.length > 0 && (
          <Text size="sm" component="div">
            Your unsaved changes touch:
            <List size="sm">
              {changed.map((field) => (
                <List.Item key={field}>{fieldLabel[field]}</List.Item>
              ))}
            </List>
          </Text>
        )}
        <Text size="sm" c="dimmed">
          Lines marked + are only in your version; lines marked − are only in the version saved in the other window.
        </Text>
        <DiffView lines={diffVersions(theirs, mine)} label="Differences between the other window's version and yours" />
        <Group justify="flex-end">
          <Button variant="default" onClick={choose(onTakeTheirs)} disabled={busy}>
            Take theirs
          </Button>
          <Button onClick={choose(onKeepMine)} loading={busy}>
            Keep mine
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
