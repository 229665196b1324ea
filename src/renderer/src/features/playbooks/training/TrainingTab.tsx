import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { Playbook, PlaybookVersion, Run } from '@shared/domain/playbooks/playbook'
import { trainingStatus, type TrainingState } from '@shared/domain/playbooks/training'
import { versionLabel } from '@shared/domain/playbooks/versions'
import { assignTraining } from '../../../db/playbooks'
import { notifyError, notifySuccess } from '../../../ui/notify'
import { PeopleMultiSelect } from '../../people'
import { RunProgress } from '../runs/RunProgress'
import { runHref } from '../runs/RunsTable'

const stateLook: Record<TrainingState, { label: string; color: string }> = {
  'not-started': { label: 'Not started', color: 'gray' },
  'in-progress': { label: 'In progress', color: 'blue' },
  completed: { label: 'Completed', color: 'teal' },
  outdated: { label: 'Needs the new version', color: 'orange' }
}

export interface TrainingTabProps {
  playbook: Playbook
  runs: Run[]
  versions: PlaybookVersion[]
  names: ReadonlyMap<string, string>
}

/** Assign the training to people (one run each) and see who has completed which version. */
export function TrainingTab({ playbook, runs, versions, names }: TrainingTabProps) {
  const [people, setPeople] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const trainees = [...new Set(runs.filter((run) => run.kind === 'training' && run.assigneeId).map((run) => run.assigneeId as string))]
  const statuses = trainingStatus(trainees, runs, versions).sort((a, b) => (names.get(a.personId) ?? '').localeCompare(names.get(b.personId) ?? ''))
  const labelOf = (number: number | undefined) => {
    const version = versions.find((candidate) => candidate.number === number)
    return version ? versionLabel(version) : number === undefined ? 'unpublished text' : `#${number}`
  }

  async function assign() {
    setBusy(true)
    try {
      const started = await assignTraining(playbook.id, people, names)
      setPeople([])
      notifySuccess(started.length === 1 ? 'Assigned the training to 1 person' : `Assigned the training to ${started.length} people`)
    } catch (error) {
      notifyError('Could not assign the training', error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h5" mb="xs">
          Assign this training
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Each person gets a training run of the latest published version. They check off every step to acknowledge it.
        </Text>
        <Group align="flex-end">
          <div style={{ flex: 1 }}>
            <PeopleMultiSelect label="Trainees" value={people} onChange={setPeople} />
          </div>
          <Button onClick={() => void assign()} disabled={people.length === 0} loading={busy}>
            {people.length === 0 ? 'Assign' : `Assign to ${people.length === 1 ? '1 person' : `${people.length} people`}`}
          </Button>
        </Group>
      </Paper>
      {statuses.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nobody has been assigned this training yet.
        </Text>
      ) : (
        <Table aria-label="Who completed which version" verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Person</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Completed version</Table.Th>
              <Table.Th w={220}>Latest run</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {statuses.map((status) => (
              <Table.Tr key={status.personId}>
                <Table.Td>{names.get(status.personId) ?? 'Unknown person'}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={stateLook[status.state].color}>
                    {stateLook[status.state].label}
                  </Badge>
                </Table.Td>
                <Table.Td>{status.completedVersion !== undefined || status.state === 'completed' || status.state === 'outdated' ? labelOf(status.completedVersion) : '—'}</Table.Td>
                <Table.Td>
                  {status.run && (
                    <Stack gap={2}>
                      <Anchor href={runHref(status.run.id)} size="sm">
                        {status.run.title}
                      </Anchor>
                      <RunProgress run={status.run} />
                    </Stack>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
