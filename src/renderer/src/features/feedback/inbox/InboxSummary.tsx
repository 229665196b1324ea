import { Button, Group, Loader, Menu, Text } from '@mantine/core'
import { IconColumns, IconDeviceFloppy, IconDownload, IconFilter } from '@tabler/icons-react'
import { useShallow } from 'zustand/react/shallow'
import { activeFilterCount, describeFilter, isOpenWork } from '@shared/domain/feedback/feedbackFilters'
import { formatCount } from '@shared/format/money'
import { exportViewCsv } from '../feedbackExports'
import { inboxUiActions, useInboxUi } from './inboxUiStore'

const sortText: Record<string, string> = {
  'receivedAt:desc': 'newest first',
  'receivedAt:asc': 'oldest first',
  'revenue:desc': 'highest MRR first',
  'revenue:asc': 'lowest MRR first',
  'rating:desc': 'highest rating first',
  'rating:asc': 'lowest rating first'
}

/** "1,204 items, newest first", what filters them, and what to do with the view. */
export function InboxSummary({
  total,
  themeNames,
  textHits,
  filtersOpen,
  onToggleFilters
}: {
  total: number | undefined
  themeNames: ReadonlyMap<string, string>
  textHits: readonly string[] | undefined
  filtersOpen: boolean
  onToggleFilters: () => void
}) {
  const { filter, sort, columns } = useInboxUi(useShallow((state) => ({ filter: state.filter, sort: state.sort, columns: state.columns })))
  const filters = activeFilterCount({ ...filter, merged: filter.merged === 'only' ? 'only' : undefined, status: undefined, text: undefined })
  // The open work is the default view, not a filter to describe.
  const described = isOpenWork(filter.status) ? { ...filter, status: undefined } : filter
  const filtered = activeFilterCount({ ...described, merged: filter.merged === 'only' ? 'only' : undefined }) > 0
  return (
    <Group justify="space-between" mb="xs" wrap="wrap" gap="xs">
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
        {total === undefined ? (
          <Group gap={6} wrap="nowrap" aria-live="polite">
            <Loader size="xs" aria-hidden />
            <Text size="sm" c="dimmed">
              counting…
            </Text>
          </Group>
        ) : (
          <Text size="sm" c="dimmed" aria-live="polite">
            {`${formatCount(total)} ${total === 1 ? 'item' : 'items'}, ${sortText[`${sort.key}:${sort.direction}`]}`}
          </Text>
        )}
        {filtered && (
          <Text size="sm" c="dimmed" truncate="end">
            · {describeFilter(described, { themes: themeNames })}
          </Text>
        )}
      </Group>
      <Group gap="xs">
        <Button size="compact-sm" variant={filtersOpen ? 'light' : 'subtle'} leftSection={<IconFilter size={14} aria-hidden />} onClick={onToggleFilters} aria-expanded={filtersOpen}>
          {filters > 0 ? `Filters (${filters})` : 'Filters'}
        </Button>
        <Button size="compact-sm" variant="subtle" leftSection={<IconDeviceFloppy size={14} aria-hidden />} onClick={() => inboxUiActions.openPanel('save-view')}>
          Save view
        </Button>
        <Button size="compact-sm" variant="subtle" leftSection={<IconColumns size={14} aria-hidden />} onClick={() => inboxUiActions.openPanel('columns')}>
          Columns
        </Button>
        <Menu position="bottom-end">
          <Menu.Target>
            <Button size="compact-sm" variant="subtle" leftSection={<IconDownload size={14} aria-hidden />}>
              Export
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => void exportViewCsv(filter, columns, textHits, false)}>This view as CSV (UTF-8)</Menu.Item>
            <Menu.Item onClick={() => void exportViewCsv(filter, columns, textHits, true)}>This view as CSV for Excel (with BOM)</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Group>
  )
}
