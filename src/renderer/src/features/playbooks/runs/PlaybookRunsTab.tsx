import { Paper, Stack, Text, Title } from '@mantine/core'
import { IconChecklist } from '@tabler/icons-react'
import type { Run } from '@shared/domain/playbooks/playbook'
import { calendarDay } from '@shared/domain/playbooks/calendarDay'
import { RunsTable } from './RunsTable'

/** The run history of one playbook, newest first. */
export function PlaybookRunsTab({ runs, names }: { runs: Run[]; names: ReadonlyMap<string, string> }) {
  if (runs.length === 0) {
    return (
      <Paper withBorder p="xl" radius="md">
        <Stack align="center" gap="xs">
          <IconChecklist size={28} aria-hidden />
          <Title order={2} size="h4">
            No runs yet
          </Title>
          <Text size="sm" c="dimmed" ta="center" maw={480}>
            Start a run each time the process is used: the run copies the checklist, and everyone sees who checked off what, and when.
          </Text>
        </Stack>
      </Paper>
    )
  }
  return <RunsTable runs={runs} names={names} today={calendarDay(new Date())} label="Runs of this playbook" />
}
