import { Avatar, Button, Group, Table, Text, TextInput } from '@mantine/core'
import { IconAddressBook, IconPlus, IconSearch } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { initials, type Person } from '@shared/domain/people'
import { formatCount } from '@shared/format/money'
import { countReferencesToPerson, listPeople, peopleRepository } from '../../db/people'
import { confirmAction } from '../../ui/confirm'
import { notifyWithUndo } from '../../ui/notify'
import { PageHeader } from '../../ui/PageHeader'
import { TeachingEmptyState } from '../../ui/TeachingEmptyState'
import { openPersonEditor } from './PersonForm'
import { TableHead } from '../../ui/TableHead'
import { EditDeleteActions } from '../../ui/EditDeleteActions'

async function deletePerson(person: Person) {
  const references = await countReferencesToPerson(person.id)
  const consequence = references > 0 ? ` ${formatCount(references)} ${references === 1 ? 'record' : 'records'} they own or are assigned will have no owner.` : ''
  const confirmed = await confirmAction({ title: 'Delete person', message: `Delete ${person.name}?${consequence}`, confirmLabel: 'Delete', destructive: true })
  if (!confirmed) return
  const removed = await peopleRepository.remove(person.id)
  if (removed) notifyWithUndo(`Deleted ${person.name}`, () => peopleRepository.restore(removed))
}

export function PeoplePage() {
  const [text, setText] = useState('')
  const people = useLiveQuery(() => listPeople({ text }), [text])
  const total = useLiveQuery(() => peopleRepository.count(), [])
  const action = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => openPersonEditor()}>
      New person
    </Button>
  )

  if (total === 0) {
    return (
      <>
        <PageHeader title="People" description="Stakeholders and owners: every owner, assignee and RACI field picks from here." />
        <TeachingEmptyState
          icon={<IconAddressBook size={28} />}
          title="Who does what?"
          description="Add the people you work with — product managers, designers, engineering leads, tool owners — so playbooks, tools and metrics can name an owner."
          actions={action}
        />
      </>
    )
  }

  return (
    <>
      <PageHeader title="People" description="Stakeholders and owners: every owner, assignee and RACI field picks from here." action={action} />
      <Group justify="space-between" mb="md" wrap="nowrap">
        <TextInput
          w={360}
          leftSection={<IconSearch size={16} aria-hidden />}
          placeholder="Filter by name, email, role or team"
          aria-label="Filter people"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        {people && (
          <Text size="sm" c="dimmed">
            {text ? `${formatCount(people.length)} of ${formatCount(total ?? 0)}` : formatCount(people.length)} {(text ? total : people.length) === 1 ? 'person' : 'people'}
          </Text>
        )}
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table highlightOnHover aria-label="People">
          <TableHead columns={['Name', 'Email', 'Role', 'Team', { label: 'Actions', hidden: true }]} />
          <Table.Tbody>
            {people?.map((person) => (
              <Table.Tr key={person.id}>
                <Table.Td>
                  <Group gap="sm" wrap="nowrap">
                    <Avatar size="sm" radius="xl" color="initials" name={person.name} aria-hidden>
                      {initials(person.name)}
                    </Avatar>
                    <Text size="sm" fw={500}>
                      {person.name}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>{person.email}</Table.Td>
                <Table.Td>{person.role}</Table.Td>
                <Table.Td>{person.team}</Table.Td>
                <Table.Td>
                  <EditDeleteActions name={person.name} onEdit={() => openPersonEditor(person)} onDelete={() => void deletePerson(person)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {people?.length === 0 && (
        <Text c="dimmed" ta="center" mt="md">
          No one matches “{text}”.
        </Text>
      )}
    </>
  )
}
