import { Alert, Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core'
import { modals } from '@mantine/modals'
import { useState, type FormEvent } from 'react'
import { calendarDay } from '@shared/domain/playbooks/calendarDay'
import type { Playbook, PlaybookVersion } from '@shared/domain/playbooks/playbook'
import { extractSteps } from '@shared/domain/playbooks/steps'
import { versionLabel } from '@shared/domain/playbooks/versions'
import { startPlaybookRun } from '../../../db/playbooks'
import { navigate } from '../../../navigation/useRoute'
import { notifyError } from '../../../ui/notify'
import { PersonSelect } from '../../people'
import { StepDeadlines, type DueOffsets } from './StepDeadlines'

export interface StartRunContext {
  /** The playbook as the editor shows it (its draft text may be unsaved). */
  playbook: Playbook
  latestVersion?: PlaybookVersion
  saveFirst: () => Promise<boolean>
}

type Source = 'published' | 'draft'

function StartRunForm({ context, onDone }: { context: StartRunContext; onDone: () => void }) {
  const { playbook, latestVersion } = context
  const [title, setTitle] = useState(`${playbook.title}, ${calendarDay(new Date())}`)
  const [assigneeId, setAssigneeId] = useState<string | undefined>(playbook.ownerId)
  const [dueAt, setDueAt] = useState('')
  const [source, setSource] = useState<Source>(latestVersion ? 'published' : 'draft')
  const [busy, setBusy] = useState(false)
  const [offsets, setOffsets] = useState<DueOffsets>({})
  const steps = extractSteps(source === 'published' && latestVersion ? latestVersion.content : playbook.content)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    try {
      if (source === 'draft' && !(await context.saveFirst())) throw new Error('Your latest changes are not saved yet. Resolve the save problem first.')
      const run = await startPlaybookRun(playbook.id, { from: source, title, dueOffsets: offsets, ...(assigneeId ? { assigneeId } : {}), ...(dueAt ? { dueAt } : {}) })
      onDone()
      navigate('playbooks', 'run', run.id)
    } catch (error) {
      notifyError('Could not start the run', error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label="Run title" value={title} onChange={(event) => setTitle(event.currentTarget.value)} data-autofocus />
        <PersonSelect label="Assignee" value={assigneeId} onChange={setAssigneeId} />
        <TextInput label="Due date" type="date" value={dueAt} onChange={(event) => setDueAt(event.currentTarget.value)} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="run-source-label">
            Steps from
          </Text>
          <SegmentedControl
            aria-labelledby="run-source-label"
            value={source}
            onChange={(value) => setSource(value as Source)}
            data={[
              { value: 'published', label: latestVersion ? `Version ${versionLabel(latestVersion)}` : 'No published version', disabled: !latestVersion },
              { value: 'draft', label: 'Current text' }
            ]}
          />
          <Text size="xs" c="dimmed">
            The run keeps its own copy of the {steps.length === 1 ? '1 step' : `${steps.length} steps`}: later edits of the playbook don’t change it.
          </Text>
        </Stack>
        <StepDeadlines steps={steps} offsets={offsets} onChange={setOffsets} />
        {steps.length === 0 && (
          <Alert color="yellow" title="No checklist yet">
            Runs track the playbook’s checklist items. Add some to the text (type “- [ ] ” at the start of a line) to have steps to check off.
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Start run
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

export function openStartRunModal(context: StartRunContext): void {
  const id = modals.open({ title: `Start a run of “${context.playbook.title}”`, size: 'md', children: <StartRunForm context={context} onDone={() => modals.close(id)} /> })
}
