import { ActionIcon, Badge, Button, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core'
import { IconPencil, IconPlus, IconTools, IconTrash } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { annualisedCost } from '@shared/domain/tools/cost'
import { daysBetween, localIsoDate } from '@shared/domain/tools/isoDate'
import { trackedDeadline } from '@shared/domain/tools/renewal'
import type { Tool } from '@shared/domain/tools/tool'
import { formatMoney } from '@shared/format/money'
import { listTools, toolsRepository } from '../../db/tools'
import { confirmAction } from '../../ui/confirm'
import { notifyWithUndo } from '../../ui/notify'
import { PageHeader } from '../../ui/PageHeader'
import { TeachingEmptyState } from '../../ui/TeachingEmptyState'
import { usePeopleNames } from '../people'
import { openToolEditor } from './ToolForm'

async function removeTool(tool: Tool) {
  const confirmed = await confirmAction({ title: 'Delete tool', message: `Delete ${tool.name} from the inventory?`, confirmLabel: 'Delete', destructive: true })
  if (!confirmed) return
  const removed = await toolsRepository.remove(tool.id)
  if (removed) notifyWithUndo(`Deleted ${tool.name}`, () => toolsRepository.restore(removed))
}

function DeadlineCell({ tool, today }: { tool: Tool; today: string }) {
  const deadline = trackedDeadline(tool, today)
  if (!deadline) return <Text size="sm" c="dimmed">—</Text>
  const days = daysBetween(today, deadline.deadline)
  const color = days < 0 ? 'red' : days <= 30 ? 'orange' : days <= 90 ? 'yellow' : 'gray'
  return (
    <Tooltip label={`Contract ends ${deadline.contractEnd}; ${deadline.noticeDays} days' notice`}>
      <Badge variant="light" color={color}>
        {days < 0 ? `${deadline.deadline} (passed)` : `${deadline.deadline} · ${days} days`}
      </Badge>
    </Tooltip>
  )
}

export function ToolsPage() {
  const tools = useLiveQuery(() => listTools(), [])
  const owners = usePeopleNames()
  const today = localIsoDate(new Date())
  const action = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => openToolEditor()}>
      New tool
    </Button>
  )
  const header = <PageHeader title="Tools" description="Every tool the product team pays for: owners, seats, spend, and the last day to cancel before it renews." action={tools?.length ? action : undefined} />
  if (tools?.length === 0) {
    return (
      <>
        {header}
        <TeachingEmptyState
          icon={<IconTools size={28} />}
          title="Never miss a notice deadline"
          description="List the tools your team uses with their owner, seats and contract. Opsdeck works out the last day to give notice before each one renews itself, and warns you in time."
          actions={action}
        />
      </>
    )
  }
  return (
    <>
      {header}
      <Table highlightOnHover aria-label="Tools">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tool</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Annual cost</Table.Th>
            <Table.Th>Notice deadline</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tools?.map((tool) => {
            const cost = annualisedCost(tool)
            return (
              <Table.Tr key={tool.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {tool.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {tool.vendor}
                  </Text>
                </Table.Td>
                <Table.Td>{tool.category}</Table.Td>
                <Table.Td>{tool.ownerId ? owners.get(tool.ownerId) : <Badge color="orange" variant="light">No owner</Badge>}</Table.Td>
                <Table.Td>{cost === undefined ? '—' : formatMoney(Math.round(cost), tool.currency)}</Table.Td>
                <Table.Td>
                  <DeadlineCell tool={tool} today={today} />
                </Table.Td>
                <Table.Td>
                  <Badge variant="outline" color={tool.status === 'active' ? 'teal' : 'gray'}>
                    {tool.status}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Tooltip label="Edit">
                      <ActionIcon variant="subtle" aria-label={`Edit ${tool.name}`} onClick={() => openToolEditor(tool)}>
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Delete">
                      <ActionIcon variant="subtle" color="red" aria-label={`Delete ${tool.name}`} onClick={() => void removeTool(tool)}>
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </>
  )
}
