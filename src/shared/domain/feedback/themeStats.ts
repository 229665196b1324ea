/**
 * The live numbers of a theme: how much, how many, who, how valuable, and
 * whether it is growing.
 *
 * How rows count:
 * - A theme's rows are the feedback it is linked to (ThemeLink is the truth,
 *   with its importance). A row that is itself merged into another row
 *   (`mergedIntoId` set) is never counted through its own links: its target
 *   speaks for it.
 * - Each linked row forms a group with the rows merged into it (its evidence).
 *   Within a group each customer counts once: the linked row counts for its
 *   own customer, and every other customer counts through their earliest
 *   merged row. Such a (group, customer) pair is one "unit"; units carry the
 *   link's importance. Feedback count, trend, average rating and importance
 *   counts are over units, so a customer who asked five times through five
 *   channels, merged, counts once; a colleague at another company whose ticket
 *   was merged in counts too.
 * - A customer is their e-mail, else their name (case-insensitive); a row with
 *   neither is one anonymous customer of its own (see `countingCustomerKey`).
 * - A company counts once, with its latest known MRR: the revenue of the
 *   evidence row with the latest `receivedAt` that has a revenue. Rows without
 *   a company add no company.
 * - First/last seen and a customer's last-seen date are over every evidence
 *   row, merged repeats included: a customer asking again is seen again.
 * - Trend: units received in the last 30 days (now − 30 days ≤ receivedAt;
 *   rows dated after `now` count as current) against the 30 days before
 *   (now − 60 days ≤ receivedAt < now − 30 days). Exactly 30 days ago is current.
 */
import { convertToBase, type ExchangeRates } from '../tools/exchange'
import { companyKey, countingCustomerKey, customerKey, customerLabel } from './customerKey'
import type { Importance, ThemeLink } from './feedback'
import type { StatsRow } from './linkFacts'

export const dayMs = 86_400_000
export const trendWindowDays = 30

export type TrendDirection = 'up' | 'down' | 'flat'

export interface ThemeTrend {
  windowDays: number
  /** Units received in the last `windowDays` days. */
  current: number
  /** Units received in the `windowDays` days before those. */
  previous: number
  /** (current − previous) / previous × 100; null when previous is 0 (no base to compare with). */
  changePercent: number | null
  direction: TrendDirection
}

/** One unique customer of a theme, what scoring needs to count reach in a period. */
export interface CustomerEvidence {
  key: string
  label: string
  anonymous: boolean
  company?: string
  firstSeenAt: string
  lastSeenAt: string
  /** The highest importance of the customer's links to this theme. */
  importance: Importance
}

/** One unique company of a theme, with the revenue it counts with. */
export interface CompanyEvidence {
  key: string
  /** As written on the company's latest row. */
  name: string
  /** Latest known MRR, in the stats' currency; undefined when no row gave one (or it could not be converted). */
  revenue?: number
  /** receivedAt of the row the revenue comes from. */
  revenueAt?: string
  lastSeenAt: string
  importance: Importance
}

export interface ThemeStats {
  /** When the stats were computed; trend windows and reach periods count back from it. */
  now: string
  /** Units: linked rows plus other customers' merged evidence, each customer once per linked row. */
  feedbackCount: number
  /** Linked rows that are not merged into another row. */
  linkedCount: number
  /** Rows merged into the linked rows. */
  mergedCount: number
  uniqueCustomers: number
  /** How many of the unique customers are anonymous rows (each counted as one customer). */
  anonymousCustomers: number
  uniqueCompanies: number
  /** Sum of the unique companies' latest MRR, in `currency`. */
  revenue: number
  /** The base currency when rates were given, else the one currency the rows use (undefined when none says). */
  currency?: string
  companiesWithoutRevenue: number
  averageRating?: number
  ratingCount: number
  /** Sum of `voterCount` over units: people folded into rows (e.g. UserVoice votes). Not in unique customers. */
  voters: number
  trend: ThemeTrend
  firstSeenAt?: string
  /** The calendar day of the first row when its source gave a date alone. */
  firstSeenDate?: string
  lastSeenAt?: string
  lastSeenDate?: string
  importanceCounts: Record<Importance, number>
  customers: CustomerEvidence[]
  companies: CompanyEvidence[]
  /** Things the numbers cannot account for, in words: "2 rows use EUR and there is no rate for it". */
  warnings: string[]
}

export interface MoneyOptions {
  baseCurrency: string
  rates: ExchangeRates
}

export interface ThemeStatsInput {
  /** This theme's links. */
  links: readonly ThemeLink[]
  /** The linked rows and the rows merged into them; other rows are ignored. */
  feedback: readonly StatsRow[]
  now: Date | string
  /** Converts revenue to one currency. Without it revenue is summed as it is, with a warning if currencies differ. */
  money?: MoneyOptions
}

const importanceRank: Record<Importance, number> = { 'nice-to-have': 0, important: 1, critical: 2 }

export function higherImportance(a: Importance, b: Importance): Importance {
  return importanceRank[a] >= importanceRank[b] ? a : b
}

export function toMillis(value: Date | string): number {
  return typeof value === 'string' ? Date.parse(value) : value.getTime()
}

export function trendOf(current: number, previous: number, windowDays = trendWindowDays): ThemeTrend {
  const changePercent = previous === 0 ? null : ((current - previous) / previous) * 100
  const direction: TrendDirection = current > previous ? 'up' : current < previous ? 'down' : 'flat'
  return { windowDays, current, previous, changePercent, direction }
}

interface Unit {
  row: StatsRow
  customer: string
  importance: Importance
}

/** Groups: each linked, unmerged row with the rows merged into it; one unit per customer per group. */
function unitsOf(links: readonly ThemeLink[], feedback: readonly StatsRow[]): { units: Unit[]; evidence: StatsRow[]; linkedCount: number; mergedCount: number } {
  const byId = new Map(feedback.map((row) => [row.id, row]))
  const importanceById = new Map<string, Importance>()
  for (const link of links) {
    const row = byId.get(link.feedbackId)
    if (!row || row.mergedIntoId) continue
    const known = importanceById.get(row.id)
    importanceById.set(row.id, known ? higherImportance(known, link.importance) : link.importance)
  }

  const mergedByTarget = new Map<string, StatsRow[]>()
  for (const row of byId.values()) {
    if (!row.mergedIntoId || !importanceById.has(row.mergedIntoId)) continue
    const list = mergedByTarget.get(row.mergedIntoId) ?? []
    list.push(row)
    mergedByTarget.set(row.mergedIntoId, list)
  }

  const units: Unit[] = []
  const evidence: StatsRow[] = []
  let mergedCount = 0
  for (const [id, importance] of importanceById) {
    const target = byId.get(id) as StatsRow
    const targetCustomer = countingCustomerKey(target)
    units.push({ row: target, customer: targetCustomer, importance })
    evidence.push(target)
    const earliestByCustomer = new Map<string, StatsRow>()
    for (const row of mergedByTarget.get(id) ?? []) {
      mergedCount++
      evidence.push(row)
      const customer = countingCustomerKey(row)
      if (customer === targetCustomer) continue
      const known = earliestByCustomer.get(customer)
      if (!known || toMillis(row.receivedAt) < toMillis(known.receivedAt)) earliestByCustomer.set(customer, row)
    }
    for (const [customer, row] of earliestByCustomer) units.push({ row, customer, importance })
  }
  return { units, evidence, linkedCount: importanceById.size, mergedCount }
}

function isLater(row: StatsRow, than: StatsRow | undefined): boolean {
  if (!than) return true
  const a = toMillis(row.receivedAt)
  const b = toMillis(than.receivedAt)
  // Same moment: the row created later (ids are time-ordered) wins, so the result never depends on read order.
  return a > b || (a === b && row.id > than.id)
}

export function computeThemeStats({ links, feedback, now, money }: ThemeStatsInput): ThemeStats {
  const nowMs = toMillis(now)
  const { units, evidence, linkedCount, mergedCount } = unitsOf(links, feedback)
  const warnings: string[] = []

  const customers = new Map<string, CustomerEvidence>()
  const companies = new Map<string, CompanyEvidence>()
  const latestCompanyRow = new Map<string, StatsRow>()
  const latestRevenueRow = new Map<string, StatsRow>()
  const importanceCounts: Record<Importance, number> = { 'nice-to-have': 0, important: 0, critical: 0 }
  let ratingSum = 0
  let ratingCount = 0
  let voters = 0
  let current = 0
  let previous = 0
  const windowMs = trendWindowDays * dayMs

  for (const { row, customer, importance } of units) {
    importanceCounts[importance]++
    if (row.rating !== undefined && Number.isFinite(row.rating)) {
      ratingSum += row.rating
      ratingCount++
    }
    voters += row.voterCount ?? 0
    const age = nowMs - toMillis(row.receivedAt)
    if (age <= windowMs) current++
    else if (age <= 2 * windowMs) previous++

    const known = customers.get(customer)
    if (known) known.importance = higherImportance(known.importance, importance)
    else customers.set(customer, { key: customer, label: customerLabel(row), anonymous: customerKey(row) === undefined, firstSeenAt: row.receivedAt, lastSeenAt: row.receivedAt, importance })
    const company = companyKey(row)
    if (company) {
      const knownCompany = companies.get(company)
      if (knownCompany) knownCompany.importance = higherImportance(knownCompany.importance, importance)
      else companies.set(company, { key: company, name: row.company?.trim() ?? company, lastSeenAt: row.receivedAt, importance })
    }
  }

  let firstSeen: StatsRow | undefined
  let lastSeen: StatsRow | undefined
  const latestCustomerCompanyRow = new Map<string, StatsRow>()
  for (const row of evidence) {
    const at = toMillis(row.receivedAt)
    if (!firstSeen || at < toMillis(firstSeen.receivedAt)) firstSeen = row
    if (!lastSeen || at > toMillis(lastSeen.receivedAt)) lastSeen = row
    const customer = customers.get(countingCustomerKey(row))
    if (customer) {
      if (at < toMillis(customer.firstSeenAt)) customer.firstSeenAt = row.receivedAt
      if (at > toMillis(customer.lastSeenAt)) customer.lastSeenAt = row.receivedAt
      if (row.company?.trim() && isLater(row, latestCustomerCompanyRow.get(customer.key))) latestCustomerCompanyRow.set(customer.key, row)
    }
    const company = companyKey(row)
    if (!company || !companies.has(company)) continue
    if (isLater(row, latestCompanyRow.get(company))) latestCompanyRow.set(company, row)
    if (row.revenue !== undefined && Number.isFinite(row.revenue) && isLater(row, latestRevenueRow.get(company))) latestRevenueRow.set(company, row)
  }

  for (const [key, row] of latestCompanyRow) {
    const company = companies.get(key) as CompanyEvidence
    company.name = row.company?.trim() ?? company.name
    company.lastSeenAt = row.receivedAt
  }
  for (const [key, row] of latestCustomerCompanyRow) (customers.get(key) as CustomerEvidence).company = row.company?.trim()

  const { revenue, currency, companiesWithoutRevenue } = sumRevenue(companies, latestRevenueRow, money, warnings)

  return {
    now: new Date(nowMs).toISOString(),
    feedbackCount: units.length,
    linkedCount,
    mergedCount,
    uniqueCustomers: customers.size,
    anonymousCustomers: [...customers.values()].filter((c) => c.anonymous).length,
    uniqueCompanies: companies.size,
    revenue,
    currency,
    companiesWithoutRevenue,
    averageRating: ratingCount > 0 ? ratingSum / ratingCount : undefined,
    ratingCount,
    voters,
    trend: trendOf(current, previous),
    firstSeenAt: firstSeen?.receivedAt,
    firstSeenDate: firstSeen?.receivedDate,
    lastSeenAt: lastSeen?.receivedAt,
    lastSeenDate: lastSeen?.receivedDate,
    importanceCounts,
    customers: [...customers.values()],
    companies: [...companies.values()],
    warnings
  }
}

function sumRevenue(
  companies: Map<string, CompanyEvidence>,
  latestRevenueRow: Map<string, StatsRow>,
  money: MoneyOptions | undefined,
  warnings: string[]
): { revenue: number; currency?: string; companiesWithoutRevenue: number } {
  const currencies = new Set<string>()
  for (const row of latestRevenueRow.values()) if (row.revenueCurrency?.trim()) currencies.add(row.revenueCurrency.trim().toUpperCase())
  const unconvertible = new Map<string, string>()
  let revenue = 0
  let companiesWithoutRevenue = 0
  for (const [key, company] of companies) {
    const row = latestRevenueRow.get(key)
    if (!row || row.revenue === undefined) {
      companiesWithoutRevenue++
      continue
    }
    let amount = row.revenue
    const rowCurrency = row.revenueCurrency?.trim()
    if (money && rowCurrency) {
      const converted = convertToBase(amount, rowCurrency, money.baseCurrency, money.rates)
      if (!converted.ok) {
        unconvertible.set(converted.error.currency, converted.error.message)
        companiesWithoutRevenue++
        continue
      }
      amount = converted.amount
    }
    company.revenue = amount
    company.revenueAt = row.receivedAt
    revenue += amount
  }
  for (const message of unconvertible.values()) warnings.push(`${message} Companies billed in it are counted without revenue.`)
  if (!money && currencies.size > 1) warnings.push(`Revenue is in ${[...currencies].sort().join(', ')}: amounts are added as they are. Set exchange rates to convert them.`)
  const currency = money ? money.baseCurrency.trim().toUpperCase() : currencies.size === 1 ? [...currencies][0] : undefined
  return { revenue, currency, companiesWithoutRevenue }
}

/** Stats for every theme at once, from all links and the rows they reach (with their merged evidence). */
export function computeStatsByTheme(links: readonly ThemeLink[], feedback: readonly StatsRow[], now: Date | string, money?: MoneyOptions): Map<string, ThemeStats> {
  const linksByTheme = new Map<string, ThemeLink[]>()
  for (const link of links) {
    const list = linksByTheme.get(link.themeId) ?? []
    list.push(link)
    linksByTheme.set(link.themeId, list)
  }
  const byId = new Map(feedback.map((row) => [row.id, row]))
  const mergedByTarget = new Map<string, StatsRow[]>()
  for (const row of feedback) {
    if (!row.mergedIntoId) continue
    const list = mergedByTarget.get(row.mergedIntoId) ?? []
    list.push(row)
    mergedByTarget.set(row.mergedIntoId, list)
  }
  const stats = new Map<string, ThemeStats>()
  for (const [themeId, themeLinks] of linksByTheme) {
    const rows: StatsRow[] = []
    for (const link of themeLinks) {
      const row = byId.get(link.feedbackId)
      if (!row) continue
      rows.push(row, ...(mergedByTarget.get(row.id) ?? []))
    }
    stats.set(themeId, computeThemeStats({ links: themeLinks, feedback: rows, now, money }))
  }
  return stats
}

/** The stats of a theme nothing is linked to yet. */
export function emptyThemeStats(now: Date | string): ThemeStats {
  return computeThemeStats({ links: [], feedback: [], now })
}
