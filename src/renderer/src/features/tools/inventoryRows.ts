import { annualCost, utilisation } from '@shared/domain/tools/cost'
import { convertToBase, type ExchangeRates } from '@shared/domain/tools/exchange'
import type { IsoDate } from '@shared/domain/tools/isoDate'
import { toolReminder, type ToolReminder } from '@shared/domain/tools/reminder'
import type { Tool } from '@shared/domain/tools/tool'
import { NO_OWNER, type InventoryFilters, type InventorySort } from './toolsUiStore'

export interface InventoryContext {
  today: IsoDate
  baseCurrency: string
  rates: ExchangeRates
  windows: readonly number[]
  peopleNames: ReadonlyMap<string, string>
}

/** One tool with what the inventory table shows and sorts on. */
export interface InventoryRow {
  tool: Tool
  ownerName?: string
  /** Annual cost in the tool's own currency. */
  annual?: number
  /** Annual cost in the base currency. */
  annualBase?: number
  /** Why the annual cost (or its conversion) is unknown. */
  costProblem?: string
  utilisation?: number
  reminder?: ToolReminder
}

export function inventoryRow(tool: Tool, context: InventoryContext): InventoryRow {
  const row: InventoryRow = {
    tool,
    ownerName: tool.ownerId ? context.peopleNames.get(tool.ownerId) : undefined,
    utilisation: utilisation(tool),
    reminder: toolReminder(tool, context.today, context.windows)
  }
  const cost = annualCost(tool)
  if (!cost.ok) return { ...row, costProblem: cost.problem.message }
  const converted = convertToBase(cost.amount, tool.currency, context.baseCurrency, context.rates)
  return converted.ok ? { ...row, annual: cost.amount, annualBase: converted.amount } : { ...row, annual: cost.amount, costProblem: converted.error.message }
}

const sameLabel = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

function matchesText(row: InventoryRow, text: string): boolean {
  const needle = text.trim().toLocaleLowerCase()
  if (!needle) return true
  const { tool } = row
  return [tool.name, tool.vendor, tool.category, tool.description, row.ownerName ?? '', ...tool.teams].some((field) => field.toLocaleLowerCase().includes(needle))
}

export function filterInventory(rows: readonly InventoryRow[], filters: InventoryFilters): InventoryRow[] {
  return rows.filter(({ tool, ...row }) => {
    if (filters.status && tool.status !== filters.status) return false
    if (filters.category && !sameLabel(tool.category, filters.category)) return false
    if (filters.team && !tool.teams.some((team) => sameLabel(team, filters.team ?? ''))) return false
    if (filters.owner === NO_OWNER && tool.ownerId) return false
    if (filters.owner && filters.owner !== NO_OWNER && tool.ownerId !== filters.owner) return false
    return matchesText({ tool, ...row }, filters.text)
  })
}

const sortValue: Record<InventorySort['key'], (row: InventoryRow) => number | undefined> = {
  name: () => 0,
  cost: (row) => row.annualBase,
  deadline: (row) => row.reminder?.daysLeft,
  utilisation: (row) => row.utilisation
}

/** Sorts by the chosen column; rows without a value go last in either direction, ties by name. */
export function sortInventory(rows: readonly InventoryRow[], sort: InventorySort): InventoryRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1
  const byName = (a: InventoryRow, b: InventoryRow) => a.tool.name.localeCompare(b.tool.name)
  if (sort.key === 'name') return [...rows].sort((a, b) => sign * byName(a, b))
  const value = sortValue[sort.key]
  return [...rows].sort((a, b) => {
    const va = value(a)
    const vb = value(b)
    if (va === undefined || vb === undefined) return va === vb ? byName(a, b) : va === undefined ? 1 : -1
    return sign * (va - vb) || byName(a, b)
  })
}

/** Distinct labels, first spelling kept, sorted. */
export function distinctLabels(labels: Iterable<string>): string[] {
  const seen = new Map<string, string>()
  for (const label of labels) {
    const key = label.trim().toLocaleLowerCase()
    if (key && !seen.has(key)) seen.set(key, label.trim())
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b))
}
