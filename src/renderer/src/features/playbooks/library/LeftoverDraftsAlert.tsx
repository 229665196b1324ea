import { Alert, Anchor, List, Text, Tooltip } from '@mantine/core'
import { IconLifebuoy } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { exactTime, relativeTime } from '@shared/format/relativeTime'
import { listRecoverableDrafts } from '../editor/recoverableDrafts'
import { toHash } from '../../../navigation/routes'
import { sessionStartedAt } from '../editor/session'

/** Unsaved text a closed or crashed window left behind, with a way back to it. */
export function LeftoverDraftsAlert() {
  const leftovers = useLiveQuery(() => listRecoverableDrafts(sessionStartedAt), []) ?? []
  if (leftovers.length === 0) return null
  const now = new Date()
  return (
    <Alert icon={<IconLifebuoy size={18} aria-hidden />} color="yellow" title="Recovered unsaved changes" mb="md">
      <Text size="sm" mb={4}>
        Opsdeck closed before these edits were saved. Open a playbook to keep or discard them.
      </Text>
      <List size="sm">
        {leftovers.map(({ draft, playbook }) => (
          <List.Item key={draft.playbookId}>
            <Anchor href={toHash('playbooks', playbook.id)} size="sm">
              {draft.title || playbook.title}
            </Anchor>{' '}
            <Tooltip label={exactTime(draft.savedAt)}>
              <Text span size="sm" c="dimmed">
                (edited {relativeTime(draft.savedAt, now)})
              </Text>
            </Tooltip>
          </List.Item>
        ))}
      </List>
    </Alert>
  )
}
