import { ActionIcon, Checkbox, CloseButton, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { filterSuggestions } from '../../../db/feedbackPages'
import { builtInColumns, extraColumnId, resolveColumns } from './inboxColumns'
import { inboxUiActions, useInboxUi } from './inboxUiStore'

function move<T>(list: T[], index: number, step: number): T[] {
  const next = [...list]
  const target = index + step
  if (target < 0 || target >= next.length) return list
  ;[next[index], next[target]] = [next[target] as T, next[index] as T]
  return next
}

/** Which columns show, in which order, the import's extra attributes included. */
export function ColumnsPanel() {
  const columns = useInboxUi((state) => state.columns)
  const extras = useLiveQuery(() => filterSuggestions().then((s) => s.extraColumns), []) ?? []
  const available = [...builtInColumns.map((column) => ({ id: column.id, label: column.label })), ...extras.map((name) => ({ id: extraColumnId(name), label: name }))]
  const shown = resolveColumns(columns)
  const toggle = (id: string) => inboxUiActions.setColumns(columns.includes(id) ? columns.filter((c) => c !== id) : [...columns, id])
  return (
    <Paper withBorder p="sm" radius="md" mb="sm" role="dialog" aria-label="Columns" onKeyDown={(event) => event.key === 'Escape' && inboxUiActions.openPanel(null)}>
      <Group justify="space-between" mb="xs">
        <Text size="sm" fw={600}>
          Columns
        </Text>
        <CloseButton aria-label="Close columns" onClick={() => inboxUiActions.openPanel(null)} />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Stack gap={4}>
          <Text size="xs" c="dimmed">
            Show
          </Text>
          {available.map((column) => (
            <Checkbox key={column.id} size="xs" label={column.label} checked={columns.includes(column.id)} onChange={() => toggle(column.id)} disabled={column.id === 'text'} />
          ))}
        </Stack>
        <Stack gap={4}>
          <Text size="xs" c="dimmed">
            Order
          </Text>
          {shown.map((column, index) => (
            <Group key={column.id} gap={4} wrap="nowrap">
              <ActionIcon size="sm" variant="subtle" aria-label={`Move ${column.label} up`} onClick={() => inboxUiActions.setColumns(move(columns, columns.indexOf(column.id), -1))} disabled={index === 0}>
                <IconArrowUp size={14} aria-hidden />
              </ActionIcon>
              <ActionIcon size="sm" variant="subtle" aria-label={`Move ${column.label} down`} onClick={() => inboxUiActions.setColumns(move(columns, columns.indexOf(column.id), 1))} disabled={index === shown.length - 1}>
                <IconArrowDown size={14} aria-hidden />
              </ActionIcon>
              <Text size="sm">{column.label}</Text>
            </Group>
          ))}
        </Stack>
      </SimpleGrid>
    </Paper>
  )
}
