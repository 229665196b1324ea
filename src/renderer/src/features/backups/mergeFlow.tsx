import { Button, Group, ScrollArea, SegmentedControl, Stack, Table, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import type { BackupEntry } from '@shared/bridge'
import { csvToDatabaseFactor, type ConflictChoice } from '@shared/workspaceFile'
import { exactTime } from '@shared/format/relativeTime'
import { formatCount } from '@shared/format/money'
import type { MergePreview } from '../../db/workspaceMerge'
import { bridgeErrorMessage } from '../../bridge'
import { notifyError, notifySuccess } from '../../ui/notify'
import { applyMerge, previewMerge, restore } from './backupJobs'
import { readBackupBytes, readChosenFile, takeBackup } from './backupActions'
import { spaceProblem } from './freeSpace'

const tableLabel: Record<string, string> = {
  people: 'People',
  playbooks: 'Playbooks',
  playbookVersions: 'Playbook versions',
  runs: 'Playbook runs',
  tools: 'Tools',
  metrics: 'Metrics',
  metricPoints: 'Metric values',
  themes: 'Themes',
  savedViews: 'Saved views',
  feedback: 'Feedback items',
  themeLinks: 'Theme links',
  feedbackHistory: 'Feedback history'
}

function MergeDialog({ preview, onDone }: { preview: MergePreview; onDone: (choices: Record<string, ConflictChoice> | null) => void }) {
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>(() => Object.fromEntries(preview.conflicts.map((conflict) => [conflict.key, 'local' as const])))
  const rows = preview.tables.filter((entry) => entry.add + entry.update + entry.keptLocal + entry.unchanged + entry.duplicates > 0)
  return (
    <Stack gap="sm">
      <Text size="sm">
        {`Made ${exactTime(preview.header.createdAt)} by Opsdeck ${preview.header.appVersion}. Records are matched by id: new ones are added, the newer version of a record wins, and nothing of yours is deleted.`}
      </Text>
      <Table withTableBorder aria-label="What the merge changes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Records</Table.Th>
            <Table.Th scope="col" ta="right">New</Table.Th>
            <Table.Th scope="col" ta="right">Updated</Table.Th>
            <Table.Th scope="col" ta="right">Yours kept</Table.Th>
            <Table.Th scope="col" ta="right">Same or duplicate</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((entry) => (
            <Table.Tr key={entry.table}>
              <Table.Th scope="row">{tableLabel[entry.table] ?? entry.table}</Table.Th>
              <Table.Td ta="right">{formatCount(entry.add)}</Table.Td>
              <Table.Td ta="right">{formatCount(entry.update)}</Table.Td>
              <Table.Td ta="right">{formatCount(entry.keptLocal)}</Table.Td>
              <Table.Td ta="right">{formatCount(entry.unchanged + entry.duplicates)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {preview.conflicts.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            {preview.conflicts.length === 1 ? '1 record was changed on both sides' : `${preview.conflicts.length} records were changed on both sides`}: choose which version to keep.
          </Text>
          <ScrollArea.Autosize mah={220}>
            <Table aria-label="Conflicts">
              <Table.Tbody>
                {preview.conflicts.map((conflict) => (
                  <Table.Tr key={conflict.key}>
                    <Table.Td>
                      <Text size="sm">{conflict.label}</Text>
                      <Text size="xs" c="dimmed">
                        {tableLabel[conflict.table] ?? conflict.table} · yours changed {conflict.localUpdatedAt ? exactTime(conflict.localUpdatedAt) : '?'}, theirs {conflict.incomingUpdatedAt ? exactTime(conflict.incomingUpdatedAt) : '?'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <SegmentedControl
                        size="xs"
                        aria-label={`Version of ${conflict.label} to keep`}
                        value={choices[conflict.key]}
                        onChange={(value) => setChoices((current) => ({ ...current, [conflict.key]: value as ConflictChoice }))}
                        data={[
                          { value: 'local', label: 'Keep mine' },
                          { value: 'incoming', label: 'Take theirs' }
                        ]}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </>
      )}
      <Text size="sm">A backup of your workspace is taken first, so the merge can be undone.</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => onDone(null)}>
          Cancel
        </Button>
        <Button onClick={() => onDone(choices)}>Merge</Button>
      </Group>
    </Stack>
  )
}

function askChoices(preview: MergePreview): Promise<Record<string, ConflictChoice> | null> {
  return new Promise((resolve) => {
    let settled = false
    const id = modals.open({
      title: 'Merge this workspace into yours?',
      size: 'xl',
      centered: true,
      onClose: () => {
        if (!settled) resolve(null)
      },
      children: (
        <MergeDialog
          preview={preview}
          onDone={(choices) => {
            settled = true
            resolve(choices)
            modals.close(id)
          }}
        />
      )
    })
  })
}

async function mergeBytes(bytes: Uint8Array, fileName: string): Promise<void> {
  let preview: MergePreview
  try {
    preview = await previewMerge(bytes, fileName)
  } catch (error) {
    modals.open({ title: 'This file cannot be merged', centered: true, children: <Text size="sm">{`${bridgeErrorMessage(error)} Nothing in your workspace was changed.`}</Text> })
    return
  }
  const tooBig = await spaceProblem(`Merging ${fileName}`, preview.header.contentBytes * csvToDatabaseFactor + bytes.byteLength)
  if (tooBig) {
    modals.open({ title: 'This file cannot be merged', centered: true, children: <Text size="sm">{`${tooBig} Nothing in your workspace was changed.`}</Text> })
    return
  }
  const choices = await askChoices(preview)
  if (!choices) return
  const id = notifications.show({ loading: true, autoClose: false, withCloseButton: false, message: 'Backing up your workspace before the merge…' })
  let safety: BackupEntry
  try {
    safety = await takeBackup('before-merge')
    notifications.update({ id, message: 'Merging…' })
    const written = await applyMerge(bytes, fileName, choices)
    notifications.update({
      id,
      loading: false,
      autoClose: false,
      withCloseButton: true,
      color: 'teal',
      title: 'Workspace merged',
      message: (
        <Stack gap={6} align="flex-start">
          <Text size="sm">{`${formatCount(written)} records added or updated from ${fileName}.`}</Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={async () => {
              notifications.hide(id)
              try {
                await restore(await readBackupBytes(safety), 'the backup taken before the merge')
                notifySuccess('Merge undone: the workspace is as it was before.')
              } catch (error) {
                notifyError('Could not undo the merge', error)
              }
            }}
          >
            Undo merge
          </Button>
        </Stack>
      )
    })
  } catch (error) {
    notifications.update({ id, loading: false, autoClose: false, withCloseButton: true, color: 'red', title: 'Not merged', message: `${bridgeErrorMessage(error)} Nothing was changed.` })
  }
}

export async function mergeFromFile(): Promise<void> {
  const chosen = await readChosenFile('Merge a workspace file')
  if (chosen) await mergeBytes(chosen.bytes, chosen.name)
}
