import { Badge, Center, Group, Table, Text, Tooltip, UnstyledButton } from '@mantine/core'
import { IconAlertTriangle, IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { formatMoney } from '@shared/format/money'
import { navigate } from '../../navigation/useRoute'
import { DeadlineBadge } from './DeadlineBadge'
import type { InventoryRow } from './inventoryRows'
import { StatusBadge } from './StatusBadge'
import { toolsUiActions, useToolsUi, type InventorySortKey } from './toolsUiStore'
import { UtilisationBar } from './UtilisationBar'

function SortableHeader({ sortKey, children, align }: { sortKey: InventorySortKey; children: ReactNode; align?: 'right' }) {
  const sort = useToolsUi((state) => state.sort)
  const active = sort.key === sortKey
  const Icon = active ? (sort.direction === 'asc' ? IconChevronUp : IconChevronDown) : IconSelector
  return (
    <Table.Th aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} ta={align}>
      <UnstyledButton onClick={() => toolsUiActions.sortBy(sortKey)}>
        <Group gap={4} wrap="nowrap" justify={align === 'right' ? 'flex-end' : undefined}>
          <Text size="sm" fw={600} span>
            {children}
          </Text>
          <Center>
            <Icon size={14} aria-hidden />
          </Center>
        </Group>
      </UnstyledButton>
    </Table.Th>
  )
}

function CostCell({ row, baseCurrency }: { row: InventoryRow; baseCurrency: string }) {
  if (row.annualBase !== undefined) return <>{formatMoney(Math.round(row.annualBase), baseCurrency)}</>
  return (
    <Tooltip label={row.costProblem ?? 'Unknown'} multiline w={260} withArrow>
      <Group gap={4} wrap="nowrap" justify="flex-end">
        <IconAlertTriangle size={14} color="var(--mantine-color-orange-6)" aria-hidden />
        <Text size="sm" c="dimmed" span>
          {row.annual !== undefined ? formatMoney(Math.round(row.annual), row.tool.currency) : 'Unknown'}
        </Text>
      </Group>
    </Tooltip>
  )
}

/** The inventory, one row per tool; a click (or Enter on the name) opens the tool. */
export function InventoryTable({ rows, baseCurrency, threshold }: { rows: InventoryRow[]; baseCurrency: string; threshold: number }) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Tools">
        <Table.Thead>
          <Table.Tr>
            <SortableHeader sortKey="name">Tool</SortableHeader>
            <Table.Th>Category</Table.Th>
            <Table.Th>Owner</Table.Th>
            <SortableHeader sortKey="cost" align="right">
              Annual cost
            </SortableHeader>
            <SortableHeader sortKey="utilisation">Utilisation</SortableHeader>
            <SortableHeader sortKey="deadline">Notice deadline</SortableHeader>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const { tool } = row
            return (
              <Table.Tr key={tool.id} onClick={() => navigate('tools', tool.id)} style={{ cursor: 'pointer' }}>
                <Table.Td>
                  <UnstyledButton
                    onClick={(event) => {
                      event.stopPropagation()
                      navigate('tools', tool.id)
                    }}
                  >
                    <Text size="sm" fw={600}>
                      {tool.name}
                    </Text>
                  </UnstyledButton>
                  <Text size="xs" c="dimmed">
                    {tool.vendor}
                  </Text>
                </Table.Td>
                <Table.Td tt="capitalize">{tool.category}</Table.Td>
                <Table.Td>
                  {row.ownerName ?? (
                    <Badge color="orange" variant="light">
                      No owner
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <CostCell row={row} baseCurrency={baseCurrency} />
                </Table.Td>
                <Table.Td miw={150}>
                  <UtilisationBar tool={tool} utilisation={row.utilisation} threshold={threshold} />
                </Table.Td>
                <Table.Td>
                  <DeadlineBadge reminder={row.reminder} />
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={tool.status} />
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
