import { Button, Group, NumberInput, Select, Stack, TextInput, Textarea } from '@mantine/core'
import { modals } from '@mantine/modals'
import { useState, type FormEvent } from 'react'
import type { Metric } from '@shared/domain/metrics'
import { metricsRepository } from '../../db/metrics'
import { notifyError, notifySuccess } from '../../ui/notify'
import { PersonSelect } from '../people'

type Draft = Pick<Metric, 'name' | 'description' | 'unit' | 'direction' | 'target' | 'ownerId' | 'cadence'>

function MetricForm({ metric, onDone }: { metric?: Metric; onDone: () => void }) {
  const [draft, setDraft] = useState<Draft>({
    name: metric?.name ?? '',
    description: metric?.description ?? '',
    unit: metric?.unit ?? '',
    direction: metric?.direction ?? 'increase',
    target: metric?.target,
    ownerId: metric?.ownerId,
    cadence: metric?.cadence ?? 'monthly'
  })
  const [nameError, setNameError] = useState<string>()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!draft.name.trim()) return setNameError('Name the metric')
    const clean = { ...draft, name: draft.name.trim() }
    try {
      if (metric) await metricsRepository.update(metric.id, clean)
      else await metricsRepository.create({ ...clean, status: 'active' })
      notifySuccess(metric ? `Saved ${clean.name}` : `Added ${clean.name}`)
      onDone()
    } catch (error) {
      notifyError('Could not save the metric', error)
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label="Name" required placeholder="Weekly active teams" value={draft.name} error={nameError} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} data-autofocus />
        <Textarea label="Definition" placeholder="How it is measured, and where the number comes from" value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.currentTarget.value })} />
        <Group grow>
          <TextInput label="Unit" placeholder="%, teams, days" value={draft.unit} onChange={(e) => setDraft({ ...draft, unit: e.currentTarget.value })} />
          <NumberInput label="Target" value={draft.target ?? ''} onChange={(value) => setDraft({ ...draft, target: typeof value === 'number' ? value : undefined })} />
        </Group>
        <Group grow>
          <Select
            label="Better when it"
            data={[
              { value: 'increase', label: 'Goes up' },
              { value: 'decrease', label: 'Goes down' }
            ]}
            value={draft.direction}
            allowDeselect={false}
            onChange={(value) => setDraft({ ...draft, direction: value === 'decrease' ? 'decrease' : 'increase' })}
          />
          <Select
            label="Reviewed"
            data={[
              { value: 'weekly', label: 'Weekly' },
              { value: 'monthly', label: 'Monthly' },
              { value: 'quarterly', label: 'Quarterly' }
            ]}
            value={draft.cadence}
            allowDeselect={false}
            onChange={(value) => setDraft({ ...draft, cadence: (value as Draft['cadence']) ?? 'monthly' })}
          />
        </Group>
        <PersonSelect label="Owner" value={draft.ownerId} onChange={(ownerId) => setDraft({ ...draft, ownerId })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit">{metric ? 'Save' : 'Add metric'}</Button>
        </Group>
      </Stack>
    </form>
  )
}

export function openMetricEditor(metric?: Metric): void {
  const id = modals.open({ title: metric ? `Edit ${metric.name}` : 'New metric', size: 'lg', children: <MetricForm metric={metric} onDone={() => modals.close(id)} /> })
}
