import { Button, Group, Stack, Text } from '@mantine/core'
import { IconFilterOff } from '@tabler/icons-react'
import { useMemo } from 'react'
import { defaultToolCategories } from '@shared/domain/tools/tool'
import { formatCount } from '@shared/format/money'
import { TeachingEmptyState } from '../../ui/TeachingEmptyState'
import { distinctLabels, filterInventory, sortInventory } from './inventoryRows'
import { InventoryFiltersBar, type FilterChoices } from './InventoryFiltersBar'
import { InventoryTable } from './InventoryTable'
import { toolsUiActions, useToolsUi } from './toolsUiStore'
import type { Inventory } from './useInventory'

function filterChoices({ tools, context }: Inventory): FilterChoices {
  const owners = new Map<string, string>()
  for (const tool of tools) {
    const name = tool.ownerId ? context.peopleNames.get(tool.ownerId) : undefined
    if (tool.ownerId && name) owners.set(tool.ownerId, name)
  }
  return {
    categories: distinctLabels([...defaultToolCategories, ...tools.map((t) => t.category)]),
    teams: distinctLabels(tools.flatMap((t) => t.teams)),
    owners: [...owners].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label))
  }
}

export function InventoryTab({ inventory }: { inventory: Inventory }) {
  const filters = useToolsUi((state) => state.filters)
  const sort = useToolsUi((state) => state.sort)
  const choices = useMemo(() => filterChoices(inventory), [inventory])
  const rows = useMemo(() => sortInventory(filterInventory(inventory.rows, filters), sort), [inventory.rows, filters, sort])
  const total = inventory.rows.length
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <InventoryFiltersBar choices={choices} />
        <Text size="sm" c="dimmed" aria-live="polite">
          {rows.length === total ? `${formatCount(total)} ${total === 1 ? 'tool' : 'tools'}` : `${formatCount(rows.length)} of ${formatCount(total)} tools`}
        </Text>
      </Group>
      {rows.length === 0 ? (
        <TeachingEmptyState
          icon={<IconFilterOff size={28} />}
          title="No tool matches these filters"
          description="Filters combine: a tool shows only when it matches every one. Loosen one, or clear them all to see the whole inventory."
          actions={
            <Button variant="default" onClick={toolsUiActions.clearFilters}>
              Clear filters
            </Button>
          }
        />
      ) : (
        <InventoryTable rows={rows} baseCurrency={inventory.settings.baseCurrency} threshold={inventory.settings.lowUtilisationThreshold} />
      )}
    </Stack>
  )
}
