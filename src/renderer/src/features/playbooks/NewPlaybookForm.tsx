import { Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core'
import { modals } from '@mantine/modals'
import { useState, type FormEvent } from 'react'
import { emptyDoc } from '@shared/domain/playbooks/doc'
import { emptyRaci, playbookCategories, type Playbook, type PlaybookCategory } from '@shared/domain/playbooks/playbook'
import { withNextReview } from '@shared/domain/playbooks/reviewState'
import { playbooksRepository } from '../../db/playbooks'
import { clock } from '../../db/stamp'
import { notifyError, notifySuccess } from '../../ui/notify'
import { PersonSelect } from '../people'

export const categoryLabel: Record<PlaybookCategory, string> = { process: 'Process', 'best-practice': 'Best practice', training: 'Training' }

function NewPlaybookForm({ onDone }: { onDone: () => void }) {
  const [title, setTitle] = useState('')
  const [summary, setSummary] = useState('')
  const [category, setCategory] = useState<PlaybookCategory>('process')
  const [ownerId, setOwnerId] = useState<string>()
  const [cadence, setCadence] = useState<string | null>('90')
  const [error, setError] = useState<string>()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!title.trim()) return setError('Give the playbook a title')
    const now = clock.now()
    try {
      const { createdAt: _createdAt, ...draft } = withNextReview({
          title: title.trim(),
          summary: summary.trim(),
          category,
          tags: [],
          ownerId,
          raci: emptyRaci(),
          status: 'draft',
          reviewCadenceDays: cadence ? Number(cadence) : undefined,
          content: emptyDoc(),
          revision: 1,
          isTemplate: false,
          createdAt: now
        } satisfies Omit<Playbook, 'id' | 'updatedAt'>)
      await playbooksRepository.create(draft)
      notifySuccess(`Created ${title.trim()}`)
      onDone()
    } catch (failure) {
      notifyError('Could not create the playbook', failure)
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label="Title" required placeholder="Feedback triage routine" value={title} error={error} onChange={(e) => setTitle(e.currentTarget.value)} data-autofocus />
        <Textarea label="Summary" placeholder="When to use it and what it achieves" value={summary} onChange={(e) => setSummary(e.currentTarget.value)} />
        <Group grow>
          <Select label="Category" data={playbookCategories.map((value) => ({ value, label: categoryLabel[value] }))} value={category} allowDeselect={false} onChange={(value) => setCategory((value as PlaybookCategory) ?? 'process')} />
          <Select
            label="Review every"
            data={[
              { value: '30', label: '30 days' },
              { value: '90', label: '90 days' },
              { value: '180', label: '6 months' },
              { value: '365', label: 'Year' }
            ]}
            value={cadence}
            clearable
            placeholder="Never"
            onChange={setCadence}
          />
        </Group>
        <PersonSelect label="Owner" value={ownerId} onChange={setOwnerId} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit">Create playbook</Button>
        </Group>
      </Stack>
    </form>
  )
}

export function openNewPlaybook(): void {
  const id = modals.open({ title: 'New playbook', size: 'lg', children: <NewPlaybookForm onDone={() => modals.close(id)} /> })
}
