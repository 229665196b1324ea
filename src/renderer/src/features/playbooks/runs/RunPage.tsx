import { Alert, Anchor, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { calendarDay } from '@shared/domain/playbooks/calendarDay'
import type { Run, RunStep } from '@shared/domain/playbooks/playbook'
import { effectiveStatus } from '@shared/domain/playbooks/runProgress'
import { exactTime } from '@shared/format/relativeTime'
import { getPlaybook, getRun } from '../../../db/playbooks'
import { toHash } from '../../../navigation/routes'
import { TeachingEmptyState } from '../../../ui/TeachingEmptyState'
import { PersonSelect, usePeopleNames } from '../../people'
import { usePlaybooksUi } from '../playbooksUiStore'
import { BlockRunButton } from './BlockRunButton'
import { RunProgress } from './RunProgress'
import { RunStatusBadge } from './RunStatusBadge'
import { RunStepItem } from './RunStepItem'
import { runVersionLabel, useVersionLabels } from './useVersionLabels'

interface Section {
  title?: string
  steps: RunStep[]
}

function bySection(steps: RunStep[]): Section[] {
  const sections: Section[] = []
  for (const step of steps) {
    const last = sections[sections.length - 1]
    if (last && last.title === step.section) last.steps.push(step)
    else sections.push({ title: step.section, steps: [step] })
  }
  return sections
}

function Facts({ run, playbookTitle, names }: { run: Run; playbookTitle?: string; names: ReadonlyMap<string, string> }) {
  const versionLabels = useVersionLabels()
  const version = runVersionLabel(versionLabels, run)
  const facts: [string, string][] = [
    ['Playbook', `${playbookTitle ?? 'Deleted playbook'} (${run.playbookVersion === undefined ? version.toLowerCase() : `version ${version}`})`],
    ['Assignee', run.assigneeId ? (names.get(run.assigneeId) ?? 'Unknown person') : 'Nobody'],
    ['Due', run.dueAt?.slice(0, 10) ?? 'No due date'],
    ['Started', exactTime(run.createdAt)]
  ]
  if (run.completedAt) facts.push(['Completed', exactTime(run.completedAt)])
  return (
    <Group gap="xl">
      {facts.map(([label, value]) => (
        <Stack key={label} gap={0}>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text size="sm">{value}</Text>
        </Stack>
      ))}
    </Group>
  )
}

/** A run of a playbook: its frozen checklist, checked off step by step, with progress and status. */
export function RunPage({ runId }: { runId: string }) {
  const run = useLiveQuery(() => getRun(runId), [runId], null)
  const playbook = useLiveQuery(async () => (run ? getPlaybook(run.playbookId) : undefined), [run?.playbookId])
  const names = usePeopleNames()
  const acting = usePlaybooksUi((state) => state.actingPersonId)
  const setActing = usePlaybooksUi((state) => state.setActingPerson)
  if (run === null) return <Loader aria-label="Opening the run" />
  if (!run) {
    return (
      <TeachingEmptyState
        icon={<IconArrowLeft size={28} />}
        title="This run no longer exists"
        description="It may have been deleted with its playbook, in this window or another one."
        actions={<Anchor href={toHash('playbooks')}>Back to playbooks</Anchor>}
      />
    )
  }
  const today = calendarDay(new Date())
  const status = effectiveStatus(run, today)
  const checker = acting ?? run.assigneeId
  return (
    <Stack gap="lg">
      <Anchor href={playbook ? toHash('playbooks', playbook.id) : toHash('playbooks')} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {playbook ? playbook.title : 'Playbooks'}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {run.title}
            </Title>
            <RunStatusBadge status={status} />
          </Group>
          <Text size="sm" c="dimmed">
            {run.kind === 'training' ? 'Training run: each step is acknowledged by the trainee.' : 'A checklist run: a frozen copy of the playbook’s steps.'}
          </Text>
        </Stack>
        <BlockRunButton run={run} />
      </Group>
      {run.status === 'blocked' && (
        <Alert color="orange" title="Blocked">
          {run.blockedReason}
        </Alert>
      )}
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Facts run={run} playbookTitle={playbook?.title} names={names} />
          <RunProgress run={run} size="lg" />
        </Stack>
      </Paper>
      <Group align="flex-end" gap="sm">
        <div style={{ width: 320 }}>
          <PersonSelect label="Checking off as" description="Recorded with each step you check" value={checker} onChange={setActing} />
        </div>
      </Group>
      {run.steps.length === 0 && <Text c="dimmed">This run has no steps: the playbook had no checklist when it started.</Text>}
      {bySection(run.steps).map((section, index) => (
        <section key={`${section.title ?? ''}-${index}`} aria-label={section.title ?? 'Steps'}>
          {section.title && (
            <Title order={2} size="h4" mb="xs">
              {section.title}
            </Title>
          )}
          <Paper withBorder radius="md" p={4} component="ul" m={0}>
            {section.steps.map((step) => (
              <RunStepItem key={step.id} run={run} step={step} actingPersonId={checker} names={names} today={today} />
            ))}
          </Paper>
        </section>
      ))}
    </Stack>
  )
}
