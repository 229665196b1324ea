import { Button, Group, Select, TextInput } from '@mantine/core'
import { IconSearch, IconX } from '@tabler/icons-react'
import { toolStatuses, type ToolStatus } from '@shared/domain/tools/tool'
import { statusLabel } from './StatusBadge'
import { NO_OWNER, toolsUiActions, toolsUiSelectors, useToolsUi } from './toolsUiStore'

export interface FilterChoices {
  categories: string[]
  teams: string[]
  owners: { value: string; label: string }[]
}

/** Text, status, category, team and owner filters of the inventory table. */
export function InventoryFiltersBar({ choices }: { choices: FilterChoices }) {
  const filters = useToolsUi((state) => state.filters)
  const hasFilters = useToolsUi(toolsUiSelectors.hasFilters)
  const { setFilter } = toolsUiActions
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter tools">
      <TextInput
        aria-label="Search tools"
        placeholder="Search tools"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filters.text}
        onChange={(e) => setFilter('text', e.currentTarget.value)}
        w={240}
      />
      <Select
        aria-label="Status"
        placeholder="Any status"
        data={toolStatuses.map((value) => ({ value, label: statusLabel[value] }))}
        value={filters.status}
        onChange={(value) => setFilter('status', value as ToolStatus | null)}
        clearable
        w={150}
      />
      <Select aria-label="Category" placeholder="Any category" data={choices.categories} value={filters.category} onChange={(value) => setFilter('category', value)} clearable searchable w={180} />
      <Select aria-label="Team" placeholder="Any team" data={choices.teams} value={filters.team} onChange={(value) => setFilter('team', value)} clearable searchable w={170} nothingFoundMessage="No team by that name" />
      <Select
        aria-label="Owner"
        placeholder="Any owner"
        data={[{ value: NO_OWNER, label: 'No owner' }, ...choices.owners]}
        value={filters.owner}
        onChange={(value) => setFilter('owner', value)}
        clearable
        searchable
        w={180}
      />
      {hasFilters && (
        <Button variant="subtle" leftSection={<IconX size={14} aria-hidden />} onClick={toolsUiActions.clearFilters}>
          Clear filters
        </Button>
      )}
    </Group>
  )
}
