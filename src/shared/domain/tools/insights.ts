import { utilisation } from './cost'
import { daysBetween, isIsoDate, type IsoDate } from './isoDate'
import { labelKey } from './labelKey'
import type { Tool } from './tool'

/** Tools still in the inventory's care: everything but the cancelled ones. */
function inCare(tool: Tool): boolean {
  return tool.status !== 'cancelled'
}

function byName(a: Tool, b: Tool): number {
  return a.name.localeCompare(b.name)
}

export function toolsWithoutOwner(tools: readonly Tool[]): Tool[] {
  return tools.filter((t) => inCare(t) && !t.ownerId?.trim()).sort(byName)
}

export interface UtilisationFinding {
  tool: Tool
  utilisation: number
}

/** Tools whose utilisation is known and below `threshold` (a fraction: 0.6 means 60%), lowest first. */
export function lowUtilisation(tools: readonly Tool[], threshold: number): UtilisationFinding[] {
  const findings: UtilisationFinding[] = []
  for (const tool of tools) {
    const used = utilisation(tool)
    if (inCare(tool) && used !== undefined && used < threshold) findings.push({ tool, utilisation: used })
  }
  return findings.sort((a, b) => a.utilisation - b.utilisation || byName(a.tool, b.tool))
}

export interface UnverifiedSeats {
  tool: Tool
  /** Days since the counts were verified; undefined when they never were. */
  daysSinceVerified?: number
}

/**
 * Tools with seats (a seat count or a per-seat price) whose counts were never
 * verified or were last verified `maxAgeDays` or more days ago; never-verified first.
 */
export function unverifiedSeats(tools: readonly Tool[], today: IsoDate, maxAgeDays = 90): UnverifiedSeats[] {
  const findings: UnverifiedSeats[] = []
  for (const tool of tools) {
    const hasSeats = tool.pricing === 'per-seat' || tool.seatsPurchased !== undefined || tool.seatsUsed !== undefined
    if (!inCare(tool) || !hasSeats) continue
    if (tool.seatsVerifiedAt === undefined || !isIsoDate(tool.seatsVerifiedAt)) {
      findings.push({ tool })
      continue
    }
    const age = daysBetween(tool.seatsVerifiedAt, today)
    if (age >= maxAgeDays) findings.push({ tool, daysSinceVerified: age })
  }
  const order = (f: UnverifiedSeats) => f.daysSinceVerified ?? Number.POSITIVE_INFINITY
  return findings.sort((a, b) => order(b) - order(a) || byName(a.tool, b.tool))
}

export interface OverlapGroup {
  category: string
  team: string
  tools: Tool[]
}

/** Two or more active tools of the same category used by the same team. Labels compare case-insensitively; the first spelling is shown. */
export function overlaps(tools: readonly Tool[]): OverlapGroup[] {
  const groups = new Map<string, OverlapGroup>()
  for (const tool of tools) {
    if (tool.status !== 'active' || !tool.category.trim()) continue
    const seenTeams = new Set<string>()
    for (const team of tool.teams) {
      const teamKey = labelKey(team)
      if (!teamKey || seenTeams.has(teamKey)) continue
      seenTeams.add(teamKey)
      const key = JSON.stringify([labelKey(tool.category), teamKey])
      const group = groups.get(key) ?? { category: tool.category.trim(), team: team.trim(), tools: [] }
      group.tools.push(tool)
      groups.set(key, group)
    }
  }
  return [...groups.values()]
    .filter((g) => g.tools.length > 1)
    .map((g) => ({ ...g, tools: g.tools.sort(byName) }))
    .sort((a, b) => a.category.localeCompare(b.category) || a.team.localeCompare(b.team))
}
