import { writeCsv } from '@shared/csv/writeCsv'
import type { Tool } from '@shared/domain/tools/tool'
import type { InventoryContext } from './inventoryRows'
import { inventoryRow } from './inventoryRows'

const columns = [
  'Name',
  'Vendor',
  'Category',
  'Description',
  'Website',
  'Owner',
  'Business owner',
  'Teams',
  'Status',
  'Status reason',
  'Seats purchased',
  'Seats used',
  'Seats verified',
  'Pricing',
  'Amount',
  'Currency',
  'Billing cycle',
  'Term months',
  'Contract start',
  'Contract end',
  'Auto-renew',
  'Notice days',
  'Notice deadline',
  'Days left',
  'SSO',
  'Data classification',
  'Integrations',
  'Annual cost',
  'Annual cost (base currency)',
  'Base currency',
  'Notes'
] as const

type CsvRecord = Record<(typeof columns)[number], string | number>

const yesNo = (value: boolean) => (value ? 'yes' : 'no')
const orBlank = (value: number | string | undefined) => value ?? ''
const rounded = (value: number | undefined) => (value === undefined ? '' : Math.round(value * 100) / 100)

function record(tool: Tool, context: InventoryContext, names: ReadonlyMap<string, string>): CsvRecord {
  const row = inventoryRow(tool, context)
  const person = (id: string | undefined) => (id ? (context.peopleNames.get(id) ?? '') : '')
  return {
    Name: tool.name,
    Vendor: tool.vendor,
    Category: tool.category,
    Description: tool.description,
    Website: tool.website,
    Owner: person(tool.ownerId),
    'Business owner': person(tool.businessOwnerId),
    Teams: tool.teams.join('; '),
    Status: tool.status,
    'Status reason': tool.statusReason ?? '',
    'Seats purchased': orBlank(tool.seatsPurchased),
    'Seats used': orBlank(tool.seatsUsed),
    'Seats verified': orBlank(tool.seatsVerifiedAt),
    Pricing: tool.pricing,
    Amount: tool.amount,
    Currency: tool.currency,
    'Billing cycle': tool.billingCycle,
    'Term months': tool.billingCycle === 'multi-year' ? orBlank(tool.cycleMonths) : '',
    'Contract start': orBlank(tool.contractStart),
    'Contract end': orBlank(tool.contractEnd),
    'Auto-renew': yesNo(tool.autoRenew),
    'Notice days': orBlank(tool.noticeDays),
    'Notice deadline': orBlank(row.reminder?.deadline.deadline),
    'Days left': orBlank(row.reminder?.daysLeft),
    SSO: yesNo(tool.sso),
    'Data classification': tool.dataClassification,
    Integrations: tool.integrationIds.map((id) => names.get(id) ?? '').filter(Boolean).join('; '),
    'Annual cost': rounded(row.annual),
    'Annual cost (base currency)': rounded(row.annualBase),
    'Base currency': context.baseCurrency.toUpperCase(),
    Notes: tool.notes
  }
}

/**
 * The inventory as CSV for a spreadsheet: one row per tool, people and linked
 * tools by name, UTF-8 with a byte-order mark so Excel reads accents right.
 * Cells that a spreadsheet would run as a formula are escaped.
 */
export function inventoryCsv(tools: readonly Tool[], context: InventoryContext): string {
  const names = new Map(tools.map((tool) => [tool.id, tool.name]))
  const records = [...tools].sort((a, b) => a.name.localeCompare(b.name)).map((tool) => record(tool, context, names))
  return writeCsv(columns, records.map((r) => columns.map((c) => r[c])))
}
