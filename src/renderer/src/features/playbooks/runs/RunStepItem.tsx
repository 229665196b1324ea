import { ActionIcon, Button, Checkbox, Group, Stack, Text, Textarea, Tooltip } from '@mantine/core'
import { IconNote } from '@tabler/icons-react'
import { useState } from 'react'
import type { Run, RunStep } from '@shared/domain/playbooks/playbook'
import { stepDueDay } from '@shared/domain/playbooks/runProgress'
import { exactTime, relativeTime } from '@shared/format/relativeTime'
import { checkRunStep } from '../../../db/playbooks'
import { clock } from '../../../db/stamp'
import { notifyError } from '../../../ui/notify'
import classes from './RunStepItem.module.css'

export interface RunStepItemProps {
  run: Run
  step: RunStep
  /** Who checks the step off. */
  actingPersonId?: string
  names: ReadonlyMap<string, string>
  today: string
}

function NoteEditor({ run, step, onClose }: { run: Run; step: RunStep; onClose: () => void }) {
  const [note, setNote] = useState(step.note ?? '')
  async function save() {
    try {
      await checkRunStep(run.id, step.id, { at: clock.now(), done: step.done, note })
      onClose()
    } catch (error) {
      notifyError('Could not save the note', error)
    }
  }
  return (
    <Stack gap={6} mt={6}>
      <Textarea label={`Note on “${step.text}”`} autosize minRows={2} value={note} onChange={(event) => setNote(event.currentTarget.value)} data-autofocus />
      <Group gap="xs">
        <Button size="compact-sm" onClick={() => void save()}>
          Save note
        </Button>
        <Button size="compact-sm" variant="subtle" onClick={onClose}>
          Cancel
        </Button>
      </Group>
    </Stack>
  )
}

/** One checklist step: check it off (recording who and when), see when it is due, keep a note. */
export function RunStepItem({ run, step, actingPersonId, names, today }: RunStepItemProps) {
  const [editingNote, setEditingNote] = useState(false)
  // Shown at once, before the database confirms, so the box never lags behind the click.
  const [optimistic, setOptimistic] = useState<{ done: boolean; was: boolean }>()
  const checked = optimistic && optimistic.was === step.done ? optimistic.done : step.done
  const due = stepDueDay(run, step)
  const late = !step.done && due !== undefined && due < today
  const now = new Date()

  async function toggle(done: boolean) {
    setOptimistic({ done, was: step.done })
    try {
      await checkRunStep(run.id, step.id, { at: clock.now(), done, ...(actingPersonId ? { by: actingPersonId } : {}) })
    } catch (error) {
      setOptimistic(undefined)
      notifyError('Could not update the step', error)
    }
  }

  return (
    <li className={classes.step} data-done={step.done || undefined}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2} style={{ flex: 1 }}>
          <Checkbox label={step.text} checked={checked} onChange={(event) => void toggle(event.currentTarget.checked)} classNames={{ label: classes.label }} />
          <Group gap="md" pl={32}>
            {step.done && step.doneAt && (
              <Tooltip label={exactTime(step.doneAt)}>
                <Text size="xs" c="dimmed">
                  Done {relativeTime(step.doneAt, now)}
                  {step.doneBy ? ` by ${names.get(step.doneBy) ?? 'someone'}` : ''}
                </Text>
              </Tooltip>
            )}
            {due && !step.done && (
              <Text size="xs" c={late ? 'red' : 'dimmed'} fw={late ? 600 : undefined}>
                {late ? `Overdue since ${due}` : `Due ${due}`}
              </Text>
            )}
          </Group>
          {step.note && !editingNote && (
            <Text size="sm" className={classes.note}>
              {step.note}
            </Text>
          )}
          {editingNote && (
            <div className={classes.noteEditor}>
              <NoteEditor run={run} step={step} onClose={() => setEditingNote(false)} />
            </div>
          )}
        </Stack>
        <Tooltip label={step.note ? 'Edit note' : 'Add a note'}>
          <ActionIcon variant="subtle" color="gray" onClick={() => setEditingNote((open) => !open)} aria-label={`${step.note ? 'Edit note' : 'Add a note'} on “${step.text}”`}>
            <IconNote size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    </li>
  )
}
