import { Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Playbook } from '@shared/domain/playbooks/playbook'
import { listActiveRuns } from '../../../db/playbooks'
import { AllClear } from '../../../ui/DashboardCard'
import { RunsTable } from './RunsTable'

/** Every run in flight, across playbooks, the earliest due first. */
export function ActiveRunsTab({ playbooks, names, today }: { playbooks: Playbook[]; names: ReadonlyMap<string, string>; today: string }) {
  const runs = useLiveQuery(() => listActiveRuns(), [])
  if (!runs) return null
  if (runs.length === 0) return <AllClear>No run is in progress. Open a playbook and choose “Start run” to track it as a checklist.</AllClear>
  const sorted = [...runs].sort((a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999') || b.createdAt.localeCompare(a.createdAt))
  const titles = new Map(playbooks.map((playbook) => [playbook.id, playbook.title]))
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        {runs.length === 1 ? '1 run in progress' : `${runs.length} runs in progress`}
      </Text>
      <RunsTable runs={sorted} names={names} today={today} playbookTitles={titles} label="Active runs" />
    </>
  )
}
