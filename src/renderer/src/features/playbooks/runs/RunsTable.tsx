import { Anchor, Table, Text } from '@mantine/core'
import type { Run } from '@shared/domain/playbooks/playbook'
import { effectiveStatus } from '@shared/domain/playbooks/runProgress'
import { toHash } from '../../../navigation/routes'
import { RunProgress } from './RunProgress'
import { RunStatusBadge } from './RunStatusBadge'
import { runVersionLabel, useVersionLabels } from './useVersionLabels'

export function runHref(runId: string): string {
  return toHash('playbooks', 'run', runId)
}

/** Runs with their progress; the playbook column is left out on a playbook's own page. */
export function RunsTable({ runs, names, today, playbookTitles, label }: { runs: Run[]; names: ReadonlyMap<string, string>; today: string; playbookTitles?: ReadonlyMap<string, string>; label: string }) {
  const versionLabels = useVersionLabels()
  return (
    <Table aria-label={label} verticalSpacing="sm" highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Run</Table.Th>
          {playbookTitles && <Table.Th>Playbook</Table.Th>}
          <Table.Th>Assignee</Table.Th>
          <Table.Th>Version</Table.Th>
          <Table.Th>Due</Table.Th>
          <Table.Th w={200}>Progress</Table.Th>
          <Table.Th>Status</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {runs.map((run) => (
          <Table.Tr key={run.id}>
            <Table.Td>
              <Anchor href={runHref(run.id)} size="sm" fw={500}>
                {run.title}
              </Anchor>
              {run.kind === 'training' && (
                <Text size="xs" c="dimmed">
                  Training
                </Text>
              )}
            </Table.Td>
            {playbookTitles && (
              <Table.Td>
                <Anchor href={toHash('playbooks', run.playbookId)} size="sm">
                  {playbookTitles.get(run.playbookId) ?? 'Deleted playbook'}
                </Anchor>
              </Table.Td>
            )}
            <Table.Td>{run.assigneeId ? (names.get(run.assigneeId) ?? 'Unknown person') : '—'}</Table.Td>
            <Table.Td>{runVersionLabel(versionLabels, run)}</Table.Td>
            <Table.Td>{run.dueAt?.slice(0, 10) ?? '—'}</Table.Td>
            <Table.Td>
              <RunProgress run={run} />
            </Table.Td>
            <Table.Td>
              <RunStatusBadge status={effectiveStatus(run, today)} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
