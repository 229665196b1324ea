import { Anchor, Badge, Button, Group, Stack, TextInput, Tooltip, VisuallyHidden } from '@mantine/core'
import { IconArrowLeft, IconPlayerPlay, IconUpload } from '@tabler/icons-react'
import { useMemo } from 'react'
import type { PlaybookVersion } from '@shared/domain/playbooks/playbook'
import { badges } from '@shared/domain/playbooks/reviewState'
import { versionLabel } from '@shared/domain/playbooks/versions'
import { calendarDay } from '@shared/domain/playbooks/calendarDay'
import { toHash } from '../../../navigation/routes'
import { categoryLabel, statusColor, statusLabel } from '../labels'
import { PlaybookBadges } from '../PlaybookBadges'
import { exportPlaybook } from '../io/exportPlaybook'
import { PlaybookActionsMenu } from './PlaybookActionsMenu'
import { sameDoc } from './sameDoc'
import { SaveIndicator } from './SaveIndicator'
import type { PlaybookEditing } from './usePlaybookEditing'

export interface EditorHeaderProps {
  editing: PlaybookEditing
  versions: PlaybookVersion[]
  names: ReadonlyMap<string, string>
  onPublish: () => void
  onStartRun: () => void
}

/** The title (edited in place), the save state, and the playbook's actions: Publish is the primary one. */
export function EditorHeader({ editing, versions, names, onPublish, onStartRun }: EditorHeaderProps) {
  const { working, stored, snapshot } = editing
  const latest = versions[0]
  const publishedMatches = useMemo(() => latest !== undefined && latest.title === stored.title && sameDoc(latest.content, stored.content), [latest, stored.title, stored.content])
  const unpublishedChanges = latest !== undefined && (!publishedMatches || snapshot.status !== 'saved')
  return (
    <Stack gap={4} mb="md">
      <Anchor href={toHash('playbooks')} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          Playbooks
        </Group>
      </Anchor>
      <Group justify="space-between" align="center" wrap="nowrap" gap="md">
        <div style={{ flex: 1, minWidth: 0 }}>
          <VisuallyHidden>
            <h1>{working.title || 'Untitled playbook'}</h1>
          </VisuallyHidden>
          <TextInput
            aria-label="Title"
            variant="unstyled"
            size="xl"
            placeholder="Untitled playbook"
            value={working.title}
            onChange={(event) => editing.change({ title: event.currentTarget.value })}
            onBlur={() => void editing.save()}
            styles={{ input: { fontSize: 'var(--mantine-h2-font-size)', fontWeight: 700, height: 'auto', lineHeight: 1.3 } }}
          />
        </div>
        <Group gap="sm" wrap="nowrap">
          <SaveIndicator snapshot={snapshot} updatedAt={stored.updatedAt} onSave={() => void editing.save()} onSaveAsFile={() => void exportPlaybook('markdown', working, names)} />
          <Tooltip label="Track the checklist as a run with an assignee and a due date">
            <Button variant="default" leftSection={<IconPlayerPlay size={16} aria-hidden />} onClick={onStartRun}>
              Start run
            </Button>
          </Tooltip>
          <Tooltip label="Create a version with a message; runs use the latest version">
            <Button leftSection={<IconUpload size={16} aria-hidden />} onClick={onPublish}>
              Publish
            </Button>
          </Tooltip>
          <PlaybookActionsMenu playbook={stored} names={names} saveFirst={editing.save} />
        </Group>
      </Group>
      <Group gap="xs">
        <Badge variant="light" color={statusColor[working.status]}>
          {statusLabel[working.status]}
        </Badge>
        <Badge variant="outline" color="gray">
          {categoryLabel[working.category]}
        </Badge>
        <Badge variant="outline" color={latest ? 'indigo' : 'gray'}>
          {latest ? `Version ${versionLabel(latest)}${unpublishedChanges ? ' + changes' : ''}` : 'Not published yet'}
        </Badge>
        <PlaybookBadges badges={badges(stored, calendarDay(new Date()))} />
      </Group>
    </Stack>
  )
}
