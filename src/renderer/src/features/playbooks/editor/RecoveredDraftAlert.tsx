import { Alert, Button, Group, Text, Tooltip } from '@mantine/core'
import { IconLifebuoy } from '@tabler/icons-react'
import type { PlaybookDraft } from '@shared/domain/playbooks/draft'
import { exactTime } from '@shared/format/relativeTime'

function timeOf(iso: string): string {
  const date = new Date(iso)
  const sameDay = date.toDateString() === new Date().toDateString()
  return sameDay ? date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }) : exactTime(iso)
}

/** Text a closed or crashed window had not saved: the user keeps it (it becomes unsaved changes) or discards it. */
export function RecoveredDraftAlert({ draft, onKeep, onDiscard }: { draft: PlaybookDraft; onKeep: () => void; onDiscard: () => void }) {
  return (
    <Alert icon={<IconLifebuoy size={18} aria-hidden />} color="yellow" mb="md" title={<Tooltip label={exactTime(draft.savedAt)}><span>Recovered unsaved changes from {timeOf(draft.savedAt)}</span></Tooltip>}>
      <Text size="sm" mb="sm">
        This playbook was being edited when Opsdeck closed, and the last changes were not saved. Keep them to continue where you left off, or discard them to keep the saved version.
      </Text>
      <Group gap="sm">
        <Button size="xs" onClick={onKeep}>
          Keep recovered changes
        </Button>
        <Button size="xs" variant="default" onClick={onDiscard}>
          Discard them
        </Button>
      </Group>
    </Alert>
  )
}
