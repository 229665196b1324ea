import { Badge, Button, Table, Text, Tooltip } from '@mantine/core'
import { IconNotebook, IconPlus } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { calendarDay } from '@shared/domain/playbooks/calendarDay'
import { badges } from '@shared/domain/playbooks/reviewState'
import { exactTime, relativeTime } from '@shared/format/relativeTime'
import { listPlaybooks } from '../../db/playbooks'
import { PageHeader } from '../../ui/PageHeader'
import { TeachingEmptyState } from '../../ui/TeachingEmptyState'
import { usePeopleNames } from '../people'
import { categoryLabel, openNewPlaybook } from './NewPlaybookForm'
import { PlaybookBadges } from './PlaybookBadges'

export function PlaybooksPage() {
  const playbooks = useLiveQuery(() => listPlaybooks(), [])
  const owners = usePeopleNames()
  const now = new Date()
  const today = calendarDay(now)
  const action = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => openNewPlaybook()}>
      New playbook
    </Button>
  )
  const header = <PageHeader title="Playbooks" description="Your team's processes, best practices and onboarding, kept current and run as checklists." action={playbooks?.length ? action : undefined} />
  if (playbooks?.length === 0) {
    return (
      <>
        {header}
        <TeachingEmptyState
          icon={<IconNotebook size={28} />}
          title="Write down how your team works"
          description="A playbook is a process, a best practice or an onboarding plan. Give it an owner and a review cadence so it never goes stale, and turn its checklist into a tracked run whenever it is used."
          actions={action}
        />
      </>
    )
  }
  return (
    <>
      {header}
      <Table highlightOnHover aria-label="Playbooks">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Playbook</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Attention</Table.Th>
            <Table.Th>Updated</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {playbooks?.map((playbook) => (
            <Table.Tr key={playbook.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {playbook.title}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {playbook.summary}
                </Text>
              </Table.Td>
              <Table.Td>{categoryLabel[playbook.category]}</Table.Td>
              <Table.Td>
                <Badge variant="outline" color={playbook.status === 'published' ? 'teal' : 'gray'}>
                  {playbook.status}
                </Badge>
              </Table.Td>
              <Table.Td>{playbook.ownerId ? owners.get(playbook.ownerId) : null}</Table.Td>
              <Table.Td>
                <PlaybookBadges badges={badges(playbook, today)} />
              </Table.Td>
              <Table.Td>
                <Tooltip label={exactTime(playbook.updatedAt)}>
                  <Text size="sm">{relativeTime(playbook.updatedAt, now)}</Text>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  )
}
