import { Button, Group, NumberInput, Stack, TextInput, Textarea } from '@mantine/core'
import { modals } from '@mantine/modals'
import { useState, type FormEvent } from 'react'
import { createFeedback } from '../../db/feedback'
import { clock } from '../../db/stamp'
import { notifyError, notifySuccess } from '../../ui/notify'

interface Draft {
  text: string
  customerName: string
  company: string
  revenue?: number
}

/** Feedback heard in a call or a hallway, written down by hand. */
function FeedbackForm({ onDone }: { onDone: () => void }) {
  const [draft, setDraft] = useState<Draft>({ text: '', customerName: '', company: '' })
  const [error, setError] = useState<string>()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!draft.text.trim()) return setError('Write what the customer said')
    const id = clock.newId()
    try {
      await createFeedback({
        id,
        text: draft.text.trim(),
        receivedAt: clock.now(),
        customerName: draft.customerName.trim() || undefined,
        company: draft.company.trim() || undefined,
        revenue: draft.revenue,
        source: 'manual',
        dedupeKey: `manual:${id}`,
        importedTags: [],
        extra: {},
        status: 'new',
        tags: [],
        themeIds: [],
        notes: ''
      })
      notifySuccess('Feedback added')
      onDone()
    } catch (failure) {
      notifyError('Could not add the feedback', failure)
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Textarea label="What did the customer say?" required autosize minRows={3} value={draft.text} error={error} onChange={(e) => setDraft({ ...draft, text: e.currentTarget.value })} data-autofocus />
        <Group grow>
          <TextInput label="Customer" value={draft.customerName} onChange={(e) => setDraft({ ...draft, customerName: e.currentTarget.value })} />
          <TextInput label="Company" value={draft.company} onChange={(e) => setDraft({ ...draft, company: e.currentTarget.value })} />
        </Group>
        <NumberInput label="Monthly revenue (MRR)" min={0} prefix="$" thousandSeparator value={draft.revenue ?? ''} onChange={(v) => setDraft({ ...draft, revenue: typeof v === 'number' ? v : undefined })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit">Add feedback</Button>
        </Group>
      </Stack>
    </form>
  )
}

export function openFeedbackEditor(): void {
  const id = modals.open({ title: 'New feedback', size: 'lg', children: <FeedbackForm onDone={() => modals.close(id)} /> })
}
