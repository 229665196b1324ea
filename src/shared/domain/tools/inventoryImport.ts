import { parseAmount, parseDate, parseNumber } from '../../csv'
import type { Person } from '../people'
import { labelKey } from './labelKey'
import { toolFieldsSchema } from './toolSchema'
import { billingCycles, dataClassifications, toolStatuses, type Tool } from './tool'

/** The tool fields a spreadsheet column can fill. */
export const inventoryFields = [
  'name', 'vendor', 'category', 'description', 'website', 'owner', 'businessOwner', 'teams', 'status', 'statusReason',
  'seatsPurchased', 'seatsUsed', 'seatsVerifiedAt', 'pricing', 'amount', 'currency', 'billingCycle', 'cycleMonths',
  'contractStart', 'contractEnd', 'autoRenew', 'noticeDays', 'sso', 'dataClassification', 'notes'
] as const
export type InventoryField = (typeof inventoryFields)[number]

/** Column name per field. */
export type InventoryMapping = Partial<Record<InventoryField, string>>

const synonyms: Record<InventoryField, string[]> = {
  name: ['name', 'tool', 'tool name', 'application', 'app', 'product', 'software', 'service'],
  vendor: ['vendor', 'supplier', 'company', 'provider', 'publisher'],
  category: ['category', 'type', 'function', 'area'],
  description: ['description', 'purpose', 'used for', 'use case'],
  website: ['website', 'url', 'link', 'homepage'],
  owner: ['owner', 'admin', 'administrator', 'tool owner', 'it owner', 'technical owner'],
  businessOwner: ['business owner', 'budget owner', 'sponsor', 'budget holder'],
  teams: ['teams', 'team', 'departments', 'department', 'used by'],
  status: ['status', 'state', 'lifecycle'],
  statusReason: ['status reason', 'reason'],
  seatsPurchased: ['seats', 'seats purchased', 'licenses', 'licences', 'licenses purchased', 'seat count', 'purchased seats'],
  seatsUsed: ['seats used', 'active users', 'used seats', 'users', 'active seats', 'licenses used'],
  seatsVerifiedAt: ['seats verified', 'verified', 'last verified', 'seats verified at', 'usage checked'],
  pricing: ['pricing', 'pricing model', 'price type'],
  amount: ['cost', 'price', 'amount', 'fee', 'contract value', 'annual cost', 'monthly cost', 'price per seat'],
  currency: ['currency', 'ccy'],
  billingCycle: ['billing', 'billing cycle', 'billing period', 'term', 'frequency', 'billed'],
  cycleMonths: ['term months', 'contract months', 'term length'],
  contractStart: ['contract start', 'start date', 'start', 'signed'],
  contractEnd: ['contract end', 'end date', 'renewal date', 'renews', 'expiry', 'expires', 'end'],
  autoRenew: ['auto renew', 'auto-renew', 'autorenew', 'auto renewal', 'renews automatically'],
  noticeDays: ['notice', 'notice days', 'notice period', 'notice period days', 'cancellation notice'],
  sso: ['sso', 'single sign on', 'saml'],
  dataClassification: ['data classification', 'classification', 'data class', 'data sensitivity'],
  notes: ['notes', 'comments', 'remarks']
}

const normalise = (header: string) => header.toLowerCase().replace(/\(.*?\)/g, '').replace(/[^a-z0-9]+/g, ' ').trim()

/** Columns matched to fields by name; every column is used at most once, the best-named field first. */
export function autoMapInventory(headers: string[]): InventoryMapping {
  const mapping: InventoryMapping = {}
  const used = new Set<string>()
  for (const exact of [true, false]) {
    for (const field of inventoryFields) {
      if (mapping[field]) continue
      const header = headers.find((candidate) => {
        if (used.has(candidate)) return false
        const name = normalise(candidate)
        return synonyms[field].some((synonym) => (exact ? name === synonym : name.startsWith(`${synonym} `)))
      })
      if (header) {
        mapping[field] = header
        used.add(header)
      }
    }
  }
  return mapping
}

export interface InventoryRowError {
  row: number
  column?: string
  message: string
}

export type ToolFields = Omit<Tool, 'id' | 'createdAt' | 'updatedAt'>

export interface InventoryRow {
  row: number
  tool: ToolFields
  /** Owner names that are not in People yet, to be added with the import. */
  newPeople: string[]
}

const truthy = new Set(['yes', 'y', 'true', '1', 'on', 'x', 'auto', 'automatic'])
const falsy = new Set(['no', 'n', 'false', '0', 'off', '', 'manual'])

function pickEnum<T extends string>(values: readonly T[], raw: string, aliases: Record<string, T> = {}): T | undefined {
  const key = raw.trim().toLowerCase()
  return aliases[key] ?? values.find((value) => value === key || value.replace('-', ' ') === key)
}

const cycleAliases: Record<string, Tool['billingCycle']> = { month: 'monthly', quarter: 'quarterly', year: 'annual', yearly: 'annual', annually: 'annual', multiyear: 'multi-year', 'multi year': 'multi-year' }
const pricingAliases: Record<string, Tool['pricing']> = { 'per seat': 'per-seat', seat: 'per-seat', 'per user': 'per-seat', user: 'per-seat', fixed: 'flat', 'flat fee': 'flat', subscription: 'flat' }

/** Reads one spreadsheet row into tool fields; each problem names its row and column. */
export function inventoryRowToTool(
  fields: string[],
  row: number,
  headers: string[],
  mapping: InventoryMapping,
  people: Pick<Person, 'id' | 'name' | 'email'>[]
): { ok: InventoryRow } | { errors: InventoryRowError[] } {
  const errors: InventoryRowError[] = []
  const cell = (field: InventoryField) => {
    const column = mapping[field]
    return column === undefined ? '' : (fields[headers.indexOf(column)] ?? '').trim()
  }
  const fail = (field: InventoryField, message: string) => errors.push({ row, column: mapping[field], message: `Row ${row}, column "${mapping[field]}": ${message}` })
  const number = (field: InventoryField) => {
    const raw = cell(field)
    if (!raw) return undefined
    const parsed = parseNumber(raw)
    if (!parsed.ok) return void fail(field, parsed.problem)
    return parsed.value
  }
  const date = (field: InventoryField) => {
    const raw = cell(field)
    if (!raw) return undefined
    const parsed = parseDate(raw)
    if (!parsed.ok) return void fail(field, parsed.problem)
    return parsed.value.slice(0, 10)
  }
  const flag = (field: InventoryField, fallback: boolean) => {
    const raw = cell(field).toLowerCase()
    if (!mapping[field]) return fallback
    if (truthy.has(raw)) return true
    if (falsy.has(raw)) return false
    fail(field, `"${cell(field)}" is not yes or no`)
    return fallback
  }
  const newPeople: string[] = []
  const person = (field: InventoryField) => {
    const raw = cell(field)
    if (!raw) return undefined
    const key = raw.toLowerCase()
    const found = people.find((candidate) => candidate.email?.toLowerCase() === key || candidate.name.toLowerCase() === key)
    if (found) return found.id
    newPeople.push(raw)
    return `new-person:${raw}`
  }

  const amount = cell('amount') ? parseAmount(cell('amount')) : undefined
  if (amount && !amount.ok) fail('amount', amount.problem)
  const enumField = <T extends string>(field: InventoryField, values: readonly T[], aliases?: Record<string, T>) => {
    const raw = cell(field)
    if (!raw) return undefined
    const value = pickEnum(values, raw, aliases)
    if (!value) fail(field, `"${raw}" is not one of ${values.join(', ')}`)
    return value
  }
  const candidate = {
    name: cell('name'),
    vendor: cell('vendor'),
    category: cell('category').toLowerCase() || 'other',
    description: cell('description'),
    website: cell('website'),
    ownerId: person('owner'),
    businessOwnerId: person('businessOwner'),
    teams: cell('teams').split(/[,;|]/).map((team) => team.trim()).filter(Boolean),
    status: enumField('status', toolStatuses) ?? 'active',
    statusReason: cell('statusReason') || undefined,
    seatsPurchased: number('seatsPurchased'),
    seatsUsed: number('seatsUsed'),
    seatsVerifiedAt: date('seatsVerifiedAt'),
    pricing: enumField('pricing', ['per-seat', 'flat'] as const, pricingAliases) ?? 'flat',
    amount: amount?.ok ? amount.value.value : 0,
    currency: (cell('currency') || (amount?.ok ? amount.value.currency : undefined) || 'USD').toUpperCase(),
    billingCycle: enumField('billingCycle', billingCycles, cycleAliases) ?? 'annual',
    cycleMonths: number('cycleMonths'),
    contractStart: date('contractStart'),
    contractEnd: date('contractEnd'),
    autoRenew: flag('autoRenew', true),
    noticeDays: number('noticeDays'),
    sso: flag('sso', false),
    dataClassification: enumField('dataClassification', dataClassifications) ?? 'internal',
    integrationIds: [],
    notes: cell('notes')
  }
  if (!candidate.name) errors.push({ row, column: mapping.name, message: `Row ${row}: the tool has no name${mapping.name ? ` (column "${mapping.name}" is empty)` : ''}` })
  if (errors.length > 0) return { errors }
  const parsed = toolFieldsSchema.safeParse(candidate)
  if (!parsed.success) {
    return { errors: parsed.error.issues.map((issue) => ({ row, column: String(issue.path[0] ?? ''), message: `Row ${row}, ${String(issue.path[0] ?? 'row')}: ${issue.message}` })) }
  }
  return { ok: { row, tool: parsed.data, newPeople } }
}

/** Tools match across imports by name and vendor, however they are capitalised. */
export function inventoryKey(tool: Pick<Tool, 'name' | 'vendor'>): string {
  return `${labelKey(tool.name)}|${labelKey(tool.vendor)}`
}

export interface InventoryPlan {
  create: ToolFields[]
  update: { id: string; before: Tool; after: ToolFields }[]
  unchanged: number
  newPeople: string[]
}

/** What an import would do: new tools, changed tools (kept with their before-state for undo), untouched ones. */
export function planInventoryImport(rows: InventoryRow[], existing: Tool[]): InventoryPlan {
  const byKey = new Map(existing.map((tool) => [inventoryKey(tool), tool]))
  const plan: InventoryPlan = { create: [], update: [], unchanged: 0, newPeople: [] }
  for (const { tool, newPeople } of rows) {
    for (const name of newPeople) if (!plan.newPeople.includes(name)) plan.newPeople.push(name)
    const stored = byKey.get(inventoryKey(tool))
    if (!stored) {
      plan.create.push(tool)
      continue
    }
    // The user's reminder choices and integrations are theirs; the spreadsheet does not carry them.
    const after: ToolFields = { ...tool, reminder: stored.reminder, integrationIds: stored.integrationIds }
    const { id: _id, createdAt: _c, updatedAt: _u, ...current } = stored
    if (JSON.stringify(sortKeys(current)) === JSON.stringify(sortKeys(after))) plan.unchanged++
    else plan.update.push({ id: stored.id, before: stored, after })
  }
  return plan
}

function sortKeys(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)))
}
