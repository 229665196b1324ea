import { Button, Group, Paper, Select, Stack, Table, Text, Title, Tooltip } from '@mantine/core'
import { IconHistory } from '@tabler/icons-react'
import { useState } from 'react'
import type { Playbook, PlaybookDoc, PlaybookVersion } from '@shared/domain/playbooks/playbook'
import { versionLabel } from '@shared/domain/playbooks/versions'
import { diffVersions } from '@shared/markdown/versionDiff'
import { exactTime, relativeTime } from '@shared/format/relativeTime'
import { restorePlaybookVersion } from '../../../db/playbooks'
import { confirmAction } from '../../../ui/confirm'
import { notifyError, notifySuccess } from '../../../ui/notify'
import { usePlaybooksUi } from '../playbooksUiStore'
import { DiffView } from './DiffView'

const current = 'current'

interface Comparable {
  title: string
  content: PlaybookDoc
}

export interface HistoryTabProps {
  versions: PlaybookVersion[]
  /** What the editor shows now, saved or not. */
  working: Playbook
  names: ReadonlyMap<string, string>
  saveFirst: () => Promise<boolean>
}

function pick(id: string | null, versions: PlaybookVersion[], working: Comparable): Comparable | undefined {
  if (id === current) return working
  return versions.find((version) => version.id === id)
}

/** Every published version, a diff between any two (or the current text), and restore as a new version. */
export function HistoryTab({ versions, working, names, saveFirst }: HistoryTabProps) {
  const acting = usePlaybooksUi((state) => state.actingPersonId)
  const [from, setFrom] = useState<string | null>(null)
  const [to, setTo] = useState<string | null>(null)
  const now = new Date()
  if (versions.length === 0) {
    return (
      <Paper withBorder p="xl" radius="md">
        <Stack align="center" gap="xs">
          <IconHistory size={28} aria-hidden />
          <Title order={2} size="h4">
            Nothing published yet
          </Title>
          <Text size="sm" c="dimmed" ta="center" maw={480}>
            Publish the playbook to create version 1.0. Each version keeps its text forever, so you can compare any two and restore an old one without losing the newer ones.
          </Text>
        </Stack>
      </Paper>
    )
  }
  const options = [{ value: current, label: 'Current text (unpublished)' }, ...versions.map((version) => ({ value: version.id, label: `${versionLabel(version)}: ${version.message}` }))]
  const fromId = from ?? versions[1]?.id ?? versions[0]?.id ?? null
  const toId = to ?? (versions[1] ? versions[0]?.id : current) ?? null
  const left = pick(fromId, versions, working)
  const right = pick(toId, versions, working)

  async function restore(version: PlaybookVersion) {
    const confirmed = await confirmAction({
      title: `Restore version ${versionLabel(version)}?`,
      message: `The text of version ${versionLabel(version)} becomes the current text and is published as a new version. All ${versions.length} existing versions stay in the history.`,
      confirmLabel: 'Restore as new version'
    })
    if (!confirmed) return
    try {
      if (!(await saveFirst())) throw new Error('Your latest changes are not saved yet. Resolve the save problem first.')
      const restored = await restorePlaybookVersion(version.id, acting)
      notifySuccess(`Restored ${versionLabel(version)} as version ${versionLabel(restored)}`)
    } catch (error) {
      notifyError('Could not restore the version', error)
    }
  }

  return (
    <Stack>
      <Table aria-label="Versions" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Version</Table.Th>
            <Table.Th>What changed</Table.Th>
            <Table.Th>Published by</Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((version, index) => (
            <Table.Tr key={version.id}>
              <Table.Td>
                <Text fw={600} size="sm">
                  {versionLabel(version)}
                </Text>
              </Table.Td>
              <Table.Td>{version.message}</Table.Td>
              <Table.Td>{version.createdBy ? (names.get(version.createdBy) ?? 'Unknown person') : '—'}</Table.Td>
              <Table.Td>
                <Tooltip label={exactTime(version.createdAt)}>
                  <Text size="sm">{relativeTime(version.createdAt, now)}</Text>
                </Tooltip>
              </Table.Td>
              <Table.Td ta="right">
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <Button size="compact-sm" variant="subtle" onClick={() => { setFrom(version.id); setTo(index === 0 ? current : (versions[0]?.id ?? current)) }} aria-label={`Compare version ${versionLabel(version)} with the ${index === 0 ? 'current text' : 'latest version'}`}>
                    Compare
                  </Button>
                  {index > 0 && (
                    <Button size="compact-sm" variant="light" onClick={() => void restore(version)} aria-label={`Restore version ${versionLabel(version)}`}>
                      Restore
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h5" mb="sm">
          Compare
        </Title>
        <Group grow mb="md" align="flex-end">
          <Select label="From" data={options} value={fromId} onChange={setFrom} allowDeselect={false} />
          <Select label="To" data={options} value={toId} onChange={setTo} allowDeselect={false} />
        </Group>
        {left && right && <DiffView lines={diffVersions(left, right)} label="Differences between the two versions" />}
      </Paper>
    </Stack>
  )
}
