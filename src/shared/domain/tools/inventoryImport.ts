import { decideDayMonthOrder, decideDecimalSeparator, parseAmount, parseDate, parseNumber, type DayMonthOrder, type DecimalSeparator } from '../../csv'
import type { Person } from '../people'
import { addMonths, daysBetween, isIsoDate } from './isoDate'
import { labelKey } from './labelKey'
import { localDateText } from './localDateText'
import { columnWords, foldText, inventoryLanguages, unitWords, type InventoryField, type InventoryLanguage } from './inventoryVocabulary'
import { cycleFromToken, pricingFromToken, resolveValue, valueLabel, type InventoryValueMap, type ValueField } from './inventoryValues'
import { toolFieldsSchema } from './toolSchema'
import { dataClassifications, toolStatuses, type Tool, type ToolStatus } from './tool'

export type { InventoryField } from './inventoryVocabulary'

/** The tool fields a spreadsheet column can fill, in the order the mapping editor lists them. */
export const inventoryFields = Object.keys(columnWords) as InventoryField[]

/** Column name per field. */
export type InventoryMapping = Partial<Record<InventoryField, string>>

/** A column name folded two ways: whole ("lizenzen genutzt"), and without what is in brackets ("lizenzen"). */
function headerForms(header: string): { whole: string; bare: string } {
  return { whole: foldText(header), bare: foldText(header.replace(/\(.*?\)|\[.*?\]/g, ' ')) }
}

/**
 * How well a column name fits a field, in any of the languages: 3 for a
 * synonym word for word, 2 for a synonym once the bracketed part is left out
 * ("Notice period (days)"), 1 for a name that starts with a synonym
 * ("Contract end date"), 0 for none.
 */
export function inventoryHeaderScore(field: InventoryField, header: string): { score: number; languages: InventoryLanguage[] } {
  const { whole, bare } = headerForms(header)
  let score = 0
  let languages: InventoryLanguage[] = []
  for (const language of inventoryLanguages) {
    const words: readonly string[] = (columnWords[field] as Partial<Record<InventoryLanguage, string[]>>)[language] ?? []
    let here = 0
    for (const word of words) {
      if (whole === word) here = Math.max(here, 3)
      else if (bare === word) here = Math.max(here, 2)
      else if (bare.startsWith(`${word} `) || whole.startsWith(`${word} `)) here = Math.max(here, 1)
    }
    if (here > score) {
      score = here
      languages = [language]
    } else if (here > 0 && here === score) languages.push(language)
  }
  return { score, languages }
}

/** Columns matched to fields by name, in every language alike: the best fit first, each column used once. */
export function autoMapInventory(headers: string[]): InventoryMapping {
  const candidates: Array<{ field: InventoryField; header: string; score: number; order: number }> = []
  inventoryFields.forEach((field, fieldIndex) => {
    headers.forEach((header, headerIndex) => {
      const { score } = inventoryHeaderScore(field, header)
      if (score > 0) candidates.push({ field, header, score, order: fieldIndex * 1000 + headerIndex })
    })
  })
  candidates.sort((a, b) => b.score - a.score || a.order - b.order)
  const mapping: InventoryMapping = {}
  const used = new Set<string>()
  for (const { field, header } of candidates) {
    if (mapping[field] || used.has(header)) continue
    mapping[field] = header
    used.add(header)
  }
  return mapping
}

/** The language the mapped column names are written in; English when nothing tells. */
export function inventoryLanguage(mapping: InventoryMapping): InventoryLanguage {
  const votes = new Map<InventoryLanguage, number>()
  for (const [field, header] of Object.entries(mapping) as Array<[InventoryField, string]>) {
    for (const language of inventoryHeaderScore(field, header).languages) votes.set(language, (votes.get(language) ?? 0) + 1)
  }
  let best: InventoryLanguage = 'en'
  for (const [language, count] of votes) if (count > (votes.get(best) ?? 0)) best = language
  return best
}

export interface InventoryRowError {
  row: number
  column?: string
  message: string
}

/**
 * A cell of an optional field that could not be read, or was read other than as written:
 * the row is kept (the field empty, or as `message` says), and the cell is named so the user can fix it.
 */
export interface InventoryRowWarning {
  row: number
  /** The file's header of the cell. */
  column?: string
  /** The cell as the file writes it. */
  value?: string
  message: string
}

export type ToolFields = Omit<Tool, 'id' | 'createdAt' | 'updatedAt'>

export interface InventoryRow {
  row: number
  tool: ToolFields
  /** Owner names that are not in People yet, to be added with the import. */
  newPeople: string[]
  /** Values left empty or read other than as written: a warning, not a lost row. */
  warnings?: InventoryRowWarning[]
}

/** What is read once for a whole file: the value map and how its dates and numbers are written. */
export interface InventoryReadOptions {
  values?: InventoryValueMap
  /** Per date column, how a numeric date like 03/04/2026 reads. */
  dayMonthOrder?: Partial<Record<InventoryField, DayMonthOrder>>
  /** Per number column, the decimal separator. */
  decimalSeparator?: Partial<Record<InventoryField, DecimalSeparator>>
}

const dateFields: InventoryField[] = ['contractStart', 'contractEnd', 'seatsVerifiedAt']
const numberFields: InventoryField[] = ['amount', 'annualCost', 'seatsPurchased', 'seatsUsed', 'noticeDays', 'cycleMonths']

/**
 * Decides, over every row, what a single cell cannot: whether 03/04/2026 is
 * March or April (a column that shows 15/04 somewhere is day-first; a German,
 * French, Spanish or Dutch sheet is day-first when no value tells) and whether
 * "1,500" is a thousand and a half or one and a half.
 */
export function inventoryReadOptions(headers: string[], rows: readonly string[][], mapping: InventoryMapping, values: InventoryValueMap = {}): InventoryReadOptions {
  const language = inventoryLanguage(mapping)
  const column = (field: InventoryField) => {
    const index = mapping[field] === undefined ? -1 : headers.indexOf(mapping[field])
    return index === -1 ? [] : rows.map((fields) => (fields[index] ?? '').trim()).filter(Boolean)
  }
  const dayMonthOrder: Partial<Record<InventoryField, DayMonthOrder>> = {}
  for (const field of dateFields) {
    const decided = decideDayMonthOrder(column(field).map(localDateText))
    dayMonthOrder[field] = decided === 'day-first' || decided === 'month-first' ? decided : language === 'en' ? 'month-first' : 'day-first'
  }
  const decimalSeparator: Partial<Record<InventoryField, DecimalSeparator>> = {}
  const moneyCells = [...column('amount'), ...column('annualCost')]
  const money = decideDecimalSeparator(moneyCells) ?? (language === 'en' ? undefined : ',')
  for (const field of numberFields) {
    const decided = field === 'amount' || field === 'annualCost' ? money : (decideDecimalSeparator(column(field)) ?? (language === 'en' ? undefined : ','))
    if (decided) decimalSeparator[field] = decided
  }
  return { values, dayMonthOrder, decimalSeparator }
}

/** The currency a column name states, as in "Kosten (€)" or "Annual cost (USD)". */
function headerCurrency(header: string | undefined): string | undefined {
  if (!header) return undefined
  const inside = /[([]([^)\]]+)[)\]]/.exec(header)?.[1]?.trim()
  if (!inside) return undefined
  const amount = parseAmount(`${inside} 1`)
  return amount.ok ? amount.value.currency : undefined
}

const unitOf = (word: string | undefined): 'day' | 'week' | 'month' | 'year' | undefined =>
  word === undefined ? undefined : (['day', 'week', 'month', 'year'] as const).find((unit) => (unitWords[unit] as readonly string[]).includes(word))

/** "90", "90 Tage", "3 months", "1 Jahr": a count and the unit it was written in (or the column's). */
function readDuration(raw: string, columnHeader: string | undefined, decimal: DecimalSeparator | undefined): { value: number; unit: 'day' | 'week' | 'month' | 'year' } | undefined {
  const folded = foldText(raw.replace(/(\d),(\d)/g, '$1.$2'))
  const match = /^(\d+(?:\s\d+)?)\s?([a-z]+)?(?:\s.*)?$/.exec(folded)
  if (!match) return undefined
  const number = parseNumber(match[1]!.replace(' ', '.'), decimal ? { decimalSeparator: '.' } : {})
  if (!number.ok) return undefined
  const headerWords = foldText(columnHeader ?? '').split(' ')
  const headerUnit = headerWords.map(unitOf).find((unit) => unit !== undefined)
  const unit = match[2] !== undefined ? unitOf(match[2]) : (headerUnit ?? 'day')
  return unit ? { value: number.value, unit } : undefined
}

/** What spreadsheets write in a cell that has nothing to say. */
const placeholders = new Set(['', 'n a', 'na', 'tbd', 'tbc', 'k a', 'nv', 'n v', 'n d', 'nd', 's o'])

const valueNames: Record<ValueField, string> = { status: 'a status Opsdeck knows', billingCycle: 'a billing cycle Opsdeck knows', pricing: 'a pricing model Opsdeck knows', autoRenew: 'yes or no', sso: 'yes or no' }

/**
 * Reads one spreadsheet row into tool fields; each problem names its row and column.
 * Only what a tool cannot be stored without rejects the row: its name, its price (a wrong
 * price is worse than a missing row), a billing cycle, pricing, status or yes/no the value
 * map has not resolved, a currency, the length of a multi-year term. A cell of an optional
 * field that cannot be read (seats, dates, notice, data classification) is a warning: the
 * row is kept with that field empty. A tool without a contract end is still a tool; it has
 * no notice deadline until the date is entered.
 */
export function inventoryRowToTool(
  fields: string[],
  row: number,
  headers: string[],
  mapping: InventoryMapping,
  people: Pick<Person, 'id' | 'name' | 'email'>[],
  options: InventoryReadOptions = {}
): { ok: InventoryRow } | { errors: InventoryRowError[] } {
  const errors: InventoryRowError[] = []
  const warnings: InventoryRowWarning[] = []
  const values = options.values ?? {}
  const cell = (field: InventoryField) => {
    const column = mapping[field]
    const raw = column === undefined ? '' : (fields[headers.indexOf(column)] ?? '').trim()
    return placeholders.has(foldText(raw)) ? '' : raw
  }
  const fail = (field: InventoryField, message: string) => errors.push({ row, column: mapping[field], message: `Row ${row}, column "${mapping[field]}": ${message}` })
  const warn = (field: InventoryField, message: string) => {
    const column = mapping[field]
    const value = column === undefined ? undefined : (fields[headers.indexOf(column)] ?? '').trim()
    warnings.push({ row, column, ...(value ? { value } : {}), message: column === undefined ? `Row ${row}: ${message}` : `Row ${row}, column "${column}": ${message}` })
  }
  /** A count of seats: a whole number, not negative; anything else is left empty. */
  const seats = (field: 'seatsPurchased' | 'seatsUsed') => {
    const raw = cell(field)
    if (!raw) return undefined
    const parsed = parseNumber(raw, { decimalSeparator: options.decimalSeparator?.[field] })
    if (!parsed.ok) return void warn(field, `${parsed.problem}; left empty`)
    if (!Number.isInteger(parsed.value) || parsed.value < 0) return void warn(field, `"${raw}" is not a number of seats (a whole number, 0 or more); left empty`)
    return parsed.value
  }
  const dateConsequence: Partial<Record<InventoryField, string>> = { contractEnd: '; left empty, so the tool has no notice deadline until the date is entered' }
  const date = (field: InventoryField) => {
    const raw = cell(field)
    if (!raw) return undefined
    // A contract ends on a day: the date as written, whatever time or zone follows it.
    const dateOnly = localDateText(raw).replace(/(?<=\d)(?:[T ]|,\s?)\d{1,2}:\d{2}.*$/, '')
    const parsed = parseDate(dateOnly, { dayMonthOrder: options.dayMonthOrder?.[field] ?? 'either' })
    if (!parsed.ok) return void warn(field, `"${raw}" is not a date${dateConsequence[field] ?? '; left empty'}`)
    return parsed.value.slice(0, 10)
  }
  const token = (field: ValueField) => {
    const raw = cell(field)
    if (!mapping[field] || !raw || !foldText(raw)) return undefined
    const value = resolveValue(field, raw, values)
    if (value === undefined) fail(field, `"${raw}" is not ${valueNames[field]}: choose what it becomes in the value map`)
    return value
  }
  const flag = (field: 'autoRenew' | 'sso', fallback: boolean) => {
    if (!mapping[field]) return fallback
    const value = token(field)
    return value === undefined ? (cell(field) && foldText(cell(field)) ? fallback : false) : value === 'yes'
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
  const money = (field: 'amount' | 'annualCost') => {
    const raw = cell(field)
    if (!raw) return undefined
    const parsed = parseAmount(raw, { decimalSeparator: options.decimalSeparator?.[field] })
    if (!parsed.ok) return void fail(field, parsed.problem)
    return parsed.value
  }
  /** An optional choice: a value that is none of `allowed` is stored as `fallback`, as an empty cell is. */
  const enumField = <T extends string>(field: InventoryField, allowed: readonly T[], fallback: T) => {
    const raw = cell(field)
    if (!raw) return fallback
    const key = foldText(raw)
    const value = allowed.find((candidate) => candidate === key || candidate.replace('-', ' ') === key)
    if (!value) warn(field, `"${raw}" is not one of ${allowed.join(', ')}; stored as ${fallback}, as for an empty cell`)
    return value ?? fallback
  }

  const cycleToken = token('billingCycle')
  const cycle = cycleToken ? cycleFromToken(cycleToken) : { billingCycle: 'annual' as const }
  const termMonths = readDuration(cell('cycleMonths'), mapping.cycleMonths, options.decimalSeparator?.cycleMonths)
  if (cell('cycleMonths') && !termMonths) {
    // The length of a multi-year term is what its cost is counted over; for any other cycle it is not used.
    if (cycle.billingCycle === 'multi-year' && cycle.cycleMonths === undefined) fail('cycleMonths', `"${cell('cycleMonths')}" is not a number of months`)
    else warn('cycleMonths', `"${cell('cycleMonths')}" is not a number of months; left empty`)
  }
  const cycleMonths = cycle.cycleMonths ?? (termMonths ? (termMonths.unit === 'year' ? termMonths.value * 12 : termMonths.unit === 'month' ? termMonths.value : undefined) : undefined)
  const seatsPurchased = seats('seatsPurchased')
  const pricingToken = token('pricing')
  let pricing = pricingToken ? pricingFromToken(pricingToken) : 'flat'

  const price = money('amount')
  const annual = money('annualCost')
  let amount = price?.value ?? 0
  if (!price && annual) {
    // A yearly amount whatever the cycle: the price per billing period is its share of the year.
    const months = cycle.billingCycle === 'monthly' ? 1 : cycle.billingCycle === 'quarterly' ? 3 : cycle.billingCycle === 'multi-year' ? cycleMonths : 12
    if (months === undefined) fail('annualCost', 'a yearly amount needs the length of the multi-year term')
    const perSeat = pricing === 'per-seat' && seatsPurchased !== undefined && seatsPurchased > 0
    if (pricing === 'per-seat' && !perSeat) pricing = 'flat'
    amount = ((annual.value * (months ?? 12)) / 12) / (perSeat ? seatsPurchased : 1)
  }
  if (cycle.billingCycle === 'free') {
    if (amount > 0) warn(price ? 'amount' : 'annualCost', `billed as free, so the price ${amount} is stored as 0`)
    amount = 0
  }

  const contractEnd = date('contractEnd')
  const notice = readDuration(cell('noticeDays'), mapping.noticeDays, options.decimalSeparator?.noticeDays)
  // No notice period reads as notice up to the last day: the warning says so, since the real deadline may be earlier.
  const noNotice = '; left empty, so the notice deadline falls on the contract end until the notice period is entered'
  if (cell('noticeDays') && !notice) warn('noticeDays', `"${cell('noticeDays')}" is not a number of days${noNotice}`)
  let noticeDays: number | undefined
  if (notice) {
    if (notice.unit === 'day') {
      if (Number.isInteger(notice.value)) noticeDays = notice.value
      else warn('noticeDays', `"${cell('noticeDays')}" is not a whole number of days${noNotice}`)
    }
    else if (notice.unit === 'week') noticeDays = notice.value * 7
    else {
      const months = notice.unit === 'year' ? notice.value * 12 : notice.value
      // Notice in months counts back calendar months from the end of the term.
      noticeDays = contractEnd && isIsoDate(contractEnd) && Number.isInteger(months) ? daysBetween(addMonths(contractEnd, -months), contractEnd) : Math.round(months * 30.44)
      if (!contractEnd) warn('noticeDays', `notice of ${cell('noticeDays')} read as ${noticeDays} days`)
    }
  }

  const status = token('status') as ToolStatus | undefined
  const currency = cell('currency') || price?.currency || annual?.currency || headerCurrency(mapping.amount) || headerCurrency(mapping.annualCost) || 'USD'
  const candidate = {
    name: cell('name'),
    vendor: cell('vendor'),
    category: cell('category').toLowerCase() || 'other',
    description: cell('description'),
    website: cell('website'),
    ownerId: person('owner'),
    businessOwnerId: person('businessOwner'),
    teams: cell('teams').split(/[,;|]/).map((team) => team.trim()).filter(Boolean),
    status: status && (toolStatuses as readonly string[]).includes(status) ? status : 'active',
    statusReason: cell('statusReason') || undefined,
    seatsPurchased,
    seatsUsed: seats('seatsUsed'),
    seatsVerifiedAt: date('seatsVerifiedAt'),
    pricing,
    amount,
    currency: currency.toUpperCase(),
    billingCycle: cycle.billingCycle,
    cycleMonths: cycle.billingCycle === 'multi-year' ? cycleMonths : undefined,
    contractStart: date('contractStart'),
    contractEnd,
    autoRenew: flag('autoRenew', true),
    noticeDays,
    sso: flag('sso', false),
    dataClassification: enumField('dataClassification', dataClassifications, 'internal'),
    integrationIds: [],
    notes: cell('notes')
  }
  if (!candidate.name) errors.push({ row, column: mapping.name, message: `Row ${row}: the tool has no name${mapping.name ? ` (column "${mapping.name}" is empty)` : ''}` })
  if (errors.length > 0) return { errors }
  const parsed = toolFieldsSchema.safeParse(candidate)
  if (!parsed.success) {
    return {
      errors: parsed.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? '')
        const column = mapping[field as InventoryField]
        return column === undefined ? { row, column: field || undefined, message: `Row ${row}, ${field || 'row'}: ${issue.message}` } : { row, column, message: `Row ${row}, column "${column}": ${issue.message}` }
      })
    }
  }
  // In the order of the file's columns, as the user reads the row.
  const inFileOrder = warnings.map((warning, order) => ({ warning, order, at: warning.column === undefined ? -1 : headers.indexOf(warning.column) }))
  inFileOrder.sort((a, b) => a.at - b.at || a.order - b.order)
  return { ok: warnings.length > 0 ? { row, tool: parsed.data, newPeople, warnings: inFileOrder.map(({ warning }) => warning) } : { row, tool: parsed.data, newPeople } }
}

export { valueLabel }

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
