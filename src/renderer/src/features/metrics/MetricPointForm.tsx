import { Button, Group, NumberInput, Stack, TextInput } from '@mantine/core'
import { modals } from '@mantine/modals'
import { useState, type FormEvent } from 'react'
import type { Metric } from '@shared/domain/metrics'
import { metricPointsRepository } from '../../db/metrics'
import { notifyError, notifySuccess } from '../../ui/notify'
import { formatMetricValue } from './formatMetricValue'
import { localIsoDate } from '@shared/domain/tools/isoDate'

function MetricPointForm({ metric, onDone }: { metric: Metric; onDone: () => void }) {
  const [date, setDate] = useState<string>(() => localIsoDate(new Date()))
  const [value, setValue] = useState<number | undefined>()
  const [error, setError] = useState<string>()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (value === undefined) return setError('Enter the value')
    try {
      await metricPointsRepository.create({ metricId: metric.id, date, value })
      notifySuccess(`Recorded ${formatMetricValue(value, metric.unit)} for ${metric.name}`)
      onDone()
    } catch (failure) {
      notifyError('Could not record the value', failure)
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label="Date" type="date" required value={date} onChange={(e) => setDate(e.currentTarget.value)} />
        <NumberInput label={`Value${metric.unit ? ` (${metric.unit})` : ''}`} required value={value ?? ''} error={error} onChange={(v) => setValue(typeof v === 'number' ? v : undefined)} data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit">Record value</Button>
        </Group>
      </Stack>
    </form>
  )
}

export function openMetricPointEditor(metric: Metric): void {
  const id = modals.open({ title: `Record ${metric.name}`, children: <MetricPointForm metric={metric} onDone={() => modals.close(id)} /> })
}
