import { Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { modals } from '@mantine/modals'
import { useState, type FormEvent } from 'react'
import { billingCycles, defaultToolCategories, toolStatuses, type Tool } from '@shared/domain/tools/tool'
import { toolsRepository } from '../../db/tools'
import { notifyError, notifySuccess } from '../../ui/notify'
import { PersonSelect } from '../people'

type Draft = Omit<Tool, 'id' | 'createdAt' | 'updatedAt'>

const emptyTool: Draft = {
  name: '',
  vendor: '',
  category: 'other',
  description: '',
  website: '',
  teams: [],
  status: 'active',
  pricing: 'flat',
  amount: 0,
  currency: 'USD',
  billingCycle: 'annual',
  autoRenew: true,
  sso: false,
  dataClassification: 'internal',
  integrationIds: [],
  notes: ''
}

const capitalised = (value: string) => value.charAt(0).toUpperCase() + value.slice(1)
const options = (values: readonly string[]) => values.map((value) => ({ value, label: capitalised(value) }))
const numberOrUndefined = (value: string | number) => (typeof value === 'number' ? value : undefined)

function ToolForm({ tool, onDone }: { tool?: Tool; onDone: () => void }) {
  const [draft, setDraft] = useState<Draft>(tool ?? emptyTool)
  const [nameError, setNameError] = useState<string>()
  const update = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!draft.name.trim()) return setNameError('Name the tool')
    const clean = { ...draft, name: draft.name.trim(), currency: draft.currency.trim().toUpperCase() || 'USD' }
    try {
      if (tool) await toolsRepository.update(tool.id, clean)
      else await toolsRepository.create(clean)
      notifySuccess(tool ? `Saved ${clean.name}` : `Added ${clean.name}`)
      onDone()
    } catch (error) {
      notifyError('Could not save the tool', error)
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={2}>
          <TextInput label="Name" required placeholder="Amplitude" value={draft.name} error={nameError} onChange={(e) => update({ name: e.currentTarget.value })} data-autofocus />
          <TextInput label="Vendor" value={draft.vendor} onChange={(e) => update({ vendor: e.currentTarget.value })} />
          <Select label="Category" data={options(defaultToolCategories)} value={draft.category} allowDeselect={false} onChange={(value) => update({ category: value ?? 'other' })} />
          <Select label="Status" data={options(toolStatuses)} value={draft.status} allowDeselect={false} onChange={(value) => update({ status: (value as Draft['status']) ?? 'active' })} />
          <PersonSelect label="Owner" value={draft.ownerId} onChange={(ownerId) => update({ ownerId })} />
          <Select
            label="Pricing"
            data={[
              { value: 'flat', label: 'Flat fee' },
              { value: 'per-seat', label: 'Per seat' }
            ]}
            value={draft.pricing}
            allowDeselect={false}
            onChange={(value) => update({ pricing: value === 'per-seat' ? 'per-seat' : 'flat' })}
          />
          <NumberInput label={draft.pricing === 'per-seat' ? 'Price per seat' : 'Price'} min={0} thousandSeparator value={draft.amount} onChange={(value) => update({ amount: numberOrUndefined(value) ?? 0 })} />
          <Group grow>
            <TextInput label="Currency" maxLength={3} value={draft.currency} onChange={(e) => update({ currency: e.currentTarget.value })} />
            <Select label="Billed" data={options(billingCycles)} value={draft.billingCycle} allowDeselect={false} onChange={(value) => update({ billingCycle: (value as Draft['billingCycle']) ?? 'annual' })} />
          </Group>
          <NumberInput label="Seats purchased" min={0} value={draft.seatsPurchased ?? ''} onChange={(value) => update({ seatsPurchased: numberOrUndefined(value) })} />
          <NumberInput label="Seats used" min={0} value={draft.seatsUsed ?? ''} onChange={(value) => update({ seatsUsed: numberOrUndefined(value) })} />
          <TextInput label="Contract end" type="date" value={draft.contractEnd ?? ''} onChange={(e) => update({ contractEnd: e.currentTarget.value || undefined })} />
          <NumberInput label="Notice period (days)" min={0} value={draft.noticeDays ?? ''} onChange={(value) => update({ noticeDays: numberOrUndefined(value) })} />
        </SimpleGrid>
        <Checkbox label="Renews automatically unless cancelled" checked={draft.autoRenew} onChange={(e) => update({ autoRenew: e.currentTarget.checked })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit">{tool ? 'Save' : 'Add tool'}</Button>
        </Group>
      </Stack>
    </form>
  )
}

export function openToolEditor(tool?: Tool): void {
  const id = modals.open({ title: tool ? `Edit ${tool.name}` : 'New tool', size: 'xl', children: <ToolForm tool={tool} onDone={() => modals.close(id)} /> })
}
