import { Button, Group, Stack, TextInput } from '@mantine/core'
import { modals } from '@mantine/modals'
import { useState, type FormEvent } from 'react'
import type { Person } from '@shared/domain/people'
import { peopleRepository } from '../../db/people'
import { notifyError, notifySuccess } from '../../ui/notify'

type Draft = Pick<Person, 'name' | 'email' | 'role' | 'team'>

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function validatePerson(draft: Draft): Partial<Record<keyof Draft, string>> {
  const errors: Partial<Record<keyof Draft, string>> = {}
  if (!draft.name.trim()) errors.name = 'Give the person a name'
  if (draft.email && !emailPattern.test(draft.email.trim())) errors.email = `"${draft.email}" is not an email address`
  return errors
}

function PersonForm({ person, onDone }: { person?: Person; onDone: () => void }) {
  const [draft, setDraft] = useState<Draft>({ name: person?.name ?? '', email: person?.email ?? '', role: person?.role ?? '', team: person?.team ?? '' })
  const [errors, setErrors] = useState<ReturnType<typeof validatePerson>>({})
  const set = (field: keyof Draft) => (event: { currentTarget: { value: string } }) => setDraft({ ...draft, [field]: event.currentTarget.value })

  async function submit(event: FormEvent) {
    event.preventDefault()
    const found = validatePerson(draft)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    const clean = { name: draft.name.trim(), email: draft.email?.trim() || undefined, role: draft.role?.trim() || undefined, team: draft.team?.trim() || undefined }
    try {
      if (person) await peopleRepository.update(person.id, clean)
      else await peopleRepository.create(clean)
      notifySuccess(person ? `Saved ${clean.name}` : `Added ${clean.name}`)
      onDone()
    } catch (error) {
      notifyError('Could not save the person', error)
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label="Name" required value={draft.name} onChange={set('name')} error={errors.name} data-autofocus />
        <TextInput label="Email" type="email" value={draft.email} onChange={set('email')} error={errors.email} />
        <TextInput label="Role" placeholder="Product manager" value={draft.role} onChange={set('role')} />
        <TextInput label="Team" placeholder="Growth" value={draft.team} onChange={set('team')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit">{person ? 'Save' : 'Add person'}</Button>
        </Group>
      </Stack>
    </form>
  )
}

export function openPersonEditor(person?: Person): void {
  const id = modals.open({
    title: person ? `Edit ${person.name}` : 'New person',
    children: <PersonForm person={person} onDone={() => modals.close(id)} />
  })
}
