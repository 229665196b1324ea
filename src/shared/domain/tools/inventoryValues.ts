import { cycleWords, foldText, pricingWords, statusWords, termWords, unitWords, yesNoWords } from './inventoryVocabulary'
import { toolStatuses, type BillingCycle, type ToolPricing, type ToolStatus } from './tool'

/** The fields whose cells are words to translate into one of the product's values. */
export const valueFields = ['status', 'billingCycle', 'pricing', 'autoRenew', 'sso'] as const
export type ValueField = (typeof valueFields)[number]

/**
 * What a cell value becomes. A billing cycle is 'monthly', 'quarterly',
 * 'annual', 'free', 'multi-year' (length from the term column) or 'term:N'
 * (a term of N months: "2-year prepaid" is 'term:24'); yes/no fields are 'yes'
 * or 'no'; status and pricing are the product's own values.
 */
export type ValueToken = string

/** Per field, the folded cell value and the value it becomes; what the user chose, remembered with the mapping. */
export type InventoryValueMap = Partial<Record<ValueField, Record<string, ValueToken>>>

/** The key a cell value is known by: "Jährlich " and "jährlich" are one value. */
export const valueKey = (raw: string): string => foldText(raw)

function phraseMatch<T extends string>(folded: string, table: Readonly<Record<T, readonly string[]>>): T | undefined {
  let best: { value: T; length: number } | undefined
  for (const [value, words] of Object.entries(table) as Array<[T, readonly string[]]>) {
    for (const word of words) {
      if (folded === word) return value
      if (folded.startsWith(`${word} `) && (!best || word.length > best.length)) best = { value, length: word.length }
    }
  }
  return best?.value
}

const unitPattern = (words: readonly string[]) => words.join('|')
const yearsPattern = new RegExp(String.raw`(?:^|\s)(\d{1,2})\s?(?:${unitPattern(unitWords.year)})(?:\s|$)`)
const monthsPattern = new RegExp(String.raw`(?:^|\s)(\d{1,3})\s?(?:${unitPattern(unitWords.month)})(?:\s|$)`)

function cycleForMonths(months: number): ValueToken | undefined {
  if (months <= 0) return undefined
  if (months === 1) return 'monthly'
  if (months === 3) return 'quarterly'
  if (months === 12) return 'annual'
  return `term:${months}`
}

function guessCycle(folded: string): ValueToken | undefined {
  const years = yearsPattern.exec(folded)
  if (years) return cycleForMonths(Number(years[1]) * 12)
  const months = monthsPattern.exec(folded)
  if (months) return cycleForMonths(Number(months[1]))
  for (const [word, length] of Object.entries(termWords)) {
    if (folded === word || folded.startsWith(`${word} `)) return cycleForMonths(length)
  }
  return phraseMatch(folded, cycleWords)
}

/** The value a cell most likely means, from its synonyms in English, German, French, Spanish and Dutch; undefined when it cannot be told. */
export function guessValue(field: ValueField, raw: string): ValueToken | undefined {
  const folded = valueKey(raw)
  if (!folded) return undefined
  switch (field) {
    case 'status':
      return phraseMatch(folded, statusWords)
    case 'billingCycle':
      return guessCycle(folded)
    case 'pricing':
      return phraseMatch(folded, pricingWords)
    case 'autoRenew':
    case 'sso':
      return phraseMatch(folded, yesNoWords)
  }
}

export interface ValueOption {
  value: ValueToken
  label: string
}

const statusLabels: Record<ToolStatus, string> = { evaluating: 'Evaluating', trial: 'Trial', active: 'Active', deprecated: 'Deprecated (being phased out)', cancelled: 'Cancelled' }

/** Every value a field can become, for the value map's choices. */
export function valueOptions(field: ValueField): ValueOption[] {
  switch (field) {
    case 'status':
      return toolStatuses.map((value) => ({ value, label: statusLabels[value] }))
    case 'billingCycle':
      return [
        { value: 'monthly', label: 'Monthly' },
        { value: 'quarterly', label: 'Quarterly' },
        { value: 'term:6', label: 'Every 6 months' },
        { value: 'annual', label: 'Annual' },
        { value: 'term:24', label: '2-year term' },
        { value: 'term:36', label: '3-year term' },
        { value: 'term:48', label: '4-year term' },
        { value: 'term:60', label: '5-year term' },
        { value: 'multi-year', label: 'Multi-year (length from the term column)' },
        { value: 'free', label: 'Free' }
      ]
    case 'pricing':
      return [
        { value: 'per-seat', label: 'Per seat' },
        { value: 'flat', label: 'Flat fee' }
      ]
    case 'autoRenew':
    case 'sso':
      return [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' }
      ]
  }
}

/** How a value token reads to a person: 'term:24' is "2-year term". */
export function valueLabel(field: ValueField, token: ValueToken): string {
  const option = valueOptions(field).find((candidate) => candidate.value === token)
  if (option) return option.label
  const months = /^term:(\d+)$/.exec(token)
  if (months) return Number(months[1]) % 12 === 0 ? `${Number(months[1]) / 12}-year term` : `Every ${months[1]} months`
  return token
}

export function isValueToken(field: ValueField, token: string): boolean {
  return valueOptions(field).some((option) => option.value === token) || (field === 'billingCycle' && /^term:[1-9]\d{0,2}$/.test(token))
}

/** A billing cycle token as the tool's fields. */
export function cycleFromToken(token: ValueToken): { billingCycle: BillingCycle; cycleMonths?: number } {
  const months = /^term:(\d+)$/.exec(token)
  if (months) return { billingCycle: 'multi-year', cycleMonths: Number(months[1]) }
  return { billingCycle: token as BillingCycle }
}

export const pricingFromToken = (token: ValueToken): ToolPricing => token as ToolPricing

export interface DistinctValue {
  key: string
  /** The value as first written in the file. */
  raw: string
  /** How many rows hold it. */
  rows: number
  guess?: ValueToken
  /** The user's choice, else the guess; undefined when neither knows. */
  chosen?: ValueToken
}

/** Each distinct non-empty value of a column, in the order they first appear, with its guess and the user's choice. */
export function distinctValues(field: ValueField, cells: readonly string[], map: InventoryValueMap): DistinctValue[] {
  const found = new Map<string, DistinctValue>()
  for (const cell of cells) {
    const key = valueKey(cell)
    if (!key) continue
    const entry = found.get(key)
    if (entry) {
      entry.rows++
      continue
    }
    const guess = guessValue(field, cell)
    const stored = map[field]?.[key]
    const chosen = stored !== undefined && isValueToken(field, stored) ? stored : guess
    found.set(key, { key, raw: cell.trim(), rows: 1, guess, chosen })
  }
  return [...found.values()]
}

/** The value a cell becomes: the user's choice, else the guess. */
export function resolveValue(field: ValueField, raw: string, map: InventoryValueMap): ValueToken | undefined {
  const key = valueKey(raw)
  const stored = map[field]?.[key]
  return stored !== undefined && isValueToken(field, stored) ? stored : guessValue(field, raw)
}
