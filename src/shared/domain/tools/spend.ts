import { annualCost, annualisedCost, unusedSeatCost, type CostProblem } from './cost'
import { convertToBase, type ConversionError, type ExchangeRates } from './exchange'
import { labelKey } from './labelKey'
import type { Tool, ToolStatus } from './tool'

/** The statuses that cost money: a tool being evaluated is not paid for yet, a cancelled one no more. */
export const spendingStatuses: readonly ToolStatus[] = ['trial', 'active', 'deprecated']

export interface SpendOptions {
  baseCurrency: string
  rates: ExchangeRates
  statuses?: readonly ToolStatus[]
}

/** A tool left out of the sums, and what the user can do about it. */
export interface SpendProblem {
  tool: Tool
  problem: CostProblem | ConversionError
}

export interface SpendSlice<L> {
  label: L
  /** Annual, in the base currency. */
  amount: number
  toolIds: string[]
}

export interface SpendBreakdown<L> {
  baseCurrency: string
  /** Largest first. */
  slices: SpendSlice<L>[]
  total: number
  problems: SpendProblem[]
}

export interface SpendTotals {
  baseCurrency: string
  /** Annual spend in the base currency. */
  annual: number
  /** Annual cost of unused seats in the base currency, for the tools whose seat counts are known. */
  unusedSeats: number
  problems: SpendProblem[]
}

type Priced = { ok: true; tool: Tool; annual: number } | { ok: false; problem: SpendProblem }

function priced(tools: readonly Tool[], options: SpendOptions): Priced[] {
  const statuses = options.statuses ?? spendingStatuses
  return tools
    .filter((tool) => statuses.includes(tool.status))
    .map((tool): Priced => {
      const cost = annualCost(tool)
      if (!cost.ok) return { ok: false, problem: { tool, problem: cost.problem } }
      const converted = convertToBase(cost.amount, tool.currency, options.baseCurrency, options.rates)
      return converted.ok ? { ok: true, tool, annual: converted.amount } : { ok: false, problem: { tool, problem: converted.error } }
    })
}

function breakdown<L extends string | null>(
  tools: readonly Tool[],
  options: SpendOptions,
  shares: (tool: Tool) => Array<{ label: L; fraction: number }>
): SpendBreakdown<L> {
  const slices = new Map<string, SpendSlice<L>>()
  const problems: SpendProblem[] = []
  let total = 0
  for (const item of priced(tools, options)) {
    if (!item.ok) {
      problems.push(item.problem)
      continue
    }
    total += item.annual
    for (const { label, fraction } of shares(item.tool)) {
      const key = label === null ? '' : `:${labelKey(label)}`
      const slice = slices.get(key) ?? { label, amount: 0, toolIds: [] }
      slice.amount += item.annual * fraction
      slice.toolIds.push(item.tool.id)
      slices.set(key, slice)
    }
  }
  const sorted = [...slices.values()].sort((a, b) => b.amount - a.amount || String(a.label ?? '').localeCompare(String(b.label ?? '')))
  return { baseCurrency: options.baseCurrency.trim().toUpperCase(), slices: sorted, total, problems }
}

/** Annual spend per category; categories compare case-insensitively and show their first spelling. */
export function spendByCategory(tools: readonly Tool[], options: SpendOptions): SpendBreakdown<string> {
  return breakdown(tools, options, (tool) => [{ label: tool.category.trim() || 'other', fraction: 1 }])
}

/**
 * Annual spend per team. We do not know how a shared tool's seats are split,
 * so its cost is divided evenly across its teams (three teams: a third each).
 * A tool without teams goes to the slice labelled null.
 */
export function spendByTeam(tools: readonly Tool[], options: SpendOptions): SpendBreakdown<string | null> {
  return breakdown<string | null>(tools, options, (tool) => {
    const teams = [...new Map(tool.teams.filter((t) => t.trim()).map((t) => [labelKey(t), t.trim()])).values()]
    if (teams.length === 0) return [{ label: null, fraction: 1 }]
    return teams.map((label) => ({ label, fraction: 1 / teams.length }))
  })
}

export function spendTotals(tools: readonly Tool[], options: SpendOptions): SpendTotals {
  let annual = 0
  let unusedSeats = 0
  const problems: SpendProblem[] = []
  for (const item of priced(tools, options)) {
    if (!item.ok) {
      problems.push(item.problem)
      continue
    }
    annual += item.annual
    const unused = unusedSeatCost(item.tool)
    const cost = annualisedCost(item.tool)
    // Same rate as the annual cost, so converting the share avoids a second lookup.
    if (unused !== undefined && cost) unusedSeats += (item.annual * unused) / cost
  }
  return { baseCurrency: options.baseCurrency.trim().toUpperCase(), annual, unusedSeats, problems }
}
