import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { Tool } from '@shared/domain/tools/tool'
import { listPeople } from '../../db/people'
import { listTools, type ToolSettings } from '../../db/tools'
import { inventoryRow, type InventoryContext, type InventoryRow } from './inventoryRows'
import { todayIso } from './today'
import { useToolSettings } from './useToolSettings'

export interface Inventory {
  tools: Tool[]
  rows: InventoryRow[]
  settings: ToolSettings
  context: InventoryContext
}

/** Every tool with its computed row, read live from the database; undefined while loading. */
export function useInventory(): Inventory | undefined {
  const tools = useLiveQuery(() => listTools(), [])
  const settings = useToolSettings()
  const people = useLiveQuery(() => listPeople(), [])
  const today = todayIso()
  return useMemo(() => {
    if (!tools || !settings || !people) return undefined
    const peopleNames = new Map(people.map((person) => [person.id, person.name]))
    const context: InventoryContext = {
      today,
      baseCurrency: settings.baseCurrency,
      rates: settings.exchangeRates,
      windows: settings.reminderWindows,
      peopleNames
    }
    return { tools, settings, context, rows: tools.map((tool) => inventoryRow(tool, context)) }
  }, [tools, settings, people, today])
}
