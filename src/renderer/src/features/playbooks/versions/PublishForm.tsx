import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core'
import { modals } from '@mantine/modals'
import { useState, type FormEvent } from 'react'
import type { Playbook, PlaybookVersion } from '@shared/domain/playbooks/playbook'
import { needsReacknowledgement } from '@shared/domain/playbooks/training'
import { nextVersionNumber, versionLabel, type VersionBump } from '@shared/domain/playbooks/versions'
import { assignTraining, listRunsOfPlaybook, publishPlaybook } from '../../../db/playbooks'
import { confirmAction } from '../../../ui/confirm'
import { notifyError, notifySuccess } from '../../../ui/notify'
import { PersonSelect } from '../../people'
import { usePlaybooksUi } from '../playbooksUiStore'

export interface PublishContext {
  playbook: Playbook
  versions: PlaybookVersion[]
  names: ReadonlyMap<string, string>
  /** Saves the editor first, so the version has exactly what the user sees; false when it could not. */
  saveFirst: () => Promise<boolean>
}

/** A major version of a training playbook changes what people must know: offer to ask them again. */
async function offerReacknowledgement(context: PublishContext, version: PlaybookVersion): Promise<void> {
  const previous = context.versions[0]
  if (context.playbook.category !== 'training' || !needsReacknowledgement(previous, version)) return
  const runs = await listRunsOfPlaybook(context.playbook.id)
  const people = [...new Set(runs.filter((run) => run.kind === 'training' && run.assigneeId).map((run) => run.assigneeId as string))]
  if (people.length === 0) return
  const count = people.length === 1 ? '1 person' : `${people.length} people`
  const confirmed = await confirmAction({
    title: 'Ask for acknowledgement again?',
    message: `Version ${versionLabel(version)} is a major change. Start a new training run of it for the ${count} trained on earlier versions, so they confirm they know what changed?`,
    confirmLabel: `Start ${people.length === 1 ? '1 training run' : `${people.length} training runs`}`
  })
  if (!confirmed) return
  await assignTraining(context.playbook.id, people, context.names)
  notifySuccess(`Asked ${count} to acknowledge version ${versionLabel(version)}`)
}

function PublishForm({ context, onDone }: { context: PublishContext; onDone: () => void }) {
  const acting = usePlaybooksUi((state) => state.actingPersonId)
  const [message, setMessage] = useState('')
  const [bump, setBump] = useState<VersionBump>(context.versions.length === 0 ? 'major' : 'minor')
  const [by, setBy] = useState<string | undefined>(acting ?? context.playbook.ownerId)
  const [busy, setBusy] = useState(false)
  const labelFor = (kind: VersionBump) => versionLabel(nextVersionNumber(context.versions, kind))

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    try {
      if (!(await context.saveFirst())) {
        notifyError('Not published', new Error('Your latest changes are not saved yet. Resolve the save problem first.'))
        return
      }
      const version = await publishPlaybook(context.playbook.id, { message, bump, by })
      onDone()
      notifySuccess(`Published version ${versionLabel(version)}`)
      await offerReacknowledgement(context, version)
    } catch (error) {
      notifyError('Could not publish', error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Textarea label="What changed" description="Shown in the history, so people know what is new" placeholder="Added the go/no-go step" value={message} onChange={(event) => setMessage(event.currentTarget.value)} autosize minRows={2} data-autofocus />
        <Radio.Group label="Kind of change" value={bump} onChange={(value) => setBump(value as VersionBump)}>
          <Stack gap="xs" mt="xs">
            <Radio value="minor" label={`Minor: ${labelFor('minor')}`} description="Wording, clarifications, small additions" />
            <Radio value="major" label={`Major: ${labelFor('major')}`} description={context.playbook.category === 'training' ? 'Changes what people must know: offers to ask trainees again' : 'Changes how the process works'} />
          </Stack>
        </Radio.Group>
        <PersonSelect label="Published by" value={by} onChange={setBy} />
        {context.versions.length === 0 && (
          <Text size="xs" c="dimmed">
            This is the first version. Runs started from now on copy the steps of the latest version.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Publish {labelFor(bump)}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

export function openPublishModal(context: PublishContext): void {
  const id = modals.open({ title: `Publish “${context.playbook.title}”`, size: 'md', children: <PublishForm context={context} onDone={() => modals.close(id)} /> })
}
