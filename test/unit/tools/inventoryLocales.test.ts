import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCsvTable } from '../../../src/shared/csv'
import { annualCost } from '../../../src/shared/domain/tools/cost'
import { autoMapInventory, inventoryLanguage, inventoryReadOptions, inventoryRowToTool, type InventoryMapping, type ToolFields } from '../../../src/shared/domain/tools/inventoryImport'
import { distinctValues, guessValue, type InventoryValueMap } from '../../../src/shared/domain/tools/inventoryValues'
import { localDateText } from '../../../src/shared/domain/tools/localDateText'
import { renewalOutlook } from '../../../src/shared/domain/tools/renewal'
import type { Tool } from '../../../src/shared/domain/tools/tool'

const today = '2026-03-10'

function readFixture(name: string, values: InventoryValueMap = {}) {
  const result = readCsvTable(readFileSync(join(__dirname, '../../fixtures/tools', name)), name)
  if (!result.ok) throw new Error(result.message)
  const { table } = result
  const mapping = autoMapInventory(table.headers)
  const options = inventoryReadOptions(table.headers, table.rows.map((row) => row.fields), mapping, values)
  const results = table.rows.map((record) => inventoryRowToTool(record.fields, record.row, table.headers, mapping, [], options))
  return { table, mapping, results }
}

/** Per row: name, annual cost, and the deadline it keeps (notice deadline, or end of term when it does not renew). */
function summary(tool: ToolFields) {
  const cost = annualCost(tool)
  const outlook = renewalOutlook(tool as Tool, today)
  const deadline = outlook.kind === 'notice' ? `notice ${outlook.deadline.deadline}${outlook.overdue ? ' overdue' : ''}` : outlook.kind === 'end-of-term' ? `ends ${outlook.contractEnd}` : outlook.reason
  return [tool.name, tool.status, cost.ok ? Math.round(cost.amount * 100) / 100 : cost.problem.kind, tool.currency, deadline]
}

function tools(results: ReturnType<typeof readFixture>['results']) {
  return results.map((result) => ('ok' in result ? summary(result.ok.tool) : result.errors.map((error) => error.message).join(' | ')))
}

describe('guessing what a cell value means, in five languages', () => {
  it.each([
    ['Under review', 'evaluating'], ['Evaluating', 'evaluating'], ['Trial', 'trial'], ['Pending cancellation', 'deprecated'], ['Cancelled/Gekündigt', 'cancelled'],
    ['Aktiv', 'active'], ['Testphase', 'trial'], ['In Prüfung', 'evaluating'], ['Gekündigt', 'cancelled'], ['Auslaufend', 'deprecated'],
    ['Actif', 'active'], ['En essai', 'trial'], ["À l'étude", 'evaluating'], ['Résilié', 'cancelled'], ['En cours de résiliation', 'deprecated'],
    ['Activo', 'active'], ['En evaluación', 'evaluating'], ['Cancelado', 'cancelled'], ['Actief', 'active'], ['Opgezegd', 'cancelled']
  ])('reads the status "%s" as %s', (raw, expected) => {
    expect(guessValue('status', raw)).toBe(expected)
  })

  it.each([
    ['Monthly', 'monthly'], ['Quarterly', 'quarterly'], ['Annual', 'annual'], ['2-year prepaid', 'term:24'], ['3-year prepaid', 'term:36'], ['Free', 'free'],
    ['monatlich', 'monthly'], ['vierteljährlich', 'quarterly'], ['jährlich', 'annual'], ['2 Jahre im Voraus', 'term:24'], ['3 Jahre im Voraus', 'term:36'], ['kostenlos', 'free'], ['halbjährlich', 'term:6'],
    ['mensuel', 'monthly'], ['trimestriel', 'quarterly'], ['annuel', 'annual'], ['2 ans', 'term:24'], ['Gratuit', 'free'],
    ['mensual', 'monthly'], ['anual', 'annual'], ['gratis', 'free'], ['3 años', 'term:36'], ['maandelijks', 'monthly'], ['jaarlijks', 'annual'],
    ['12 months', 'annual'], ['24 months prepaid', 'term:24'], ['Biennial', 'term:24']
  ])('reads the billing cycle "%s" as %s', (raw, expected) => {
    expect(guessValue('billingCycle', raw)).toBe(expected)
  })

  it.each([
    ['Yes', 'yes'], ['No', 'no'], ['Ja', 'yes'], ['Nein', 'no'], ['Oui', 'yes'], ['Non', 'no'], ['Sí', 'yes'], ['No', 'no'], ['Nee', 'no'], ['TRUE', 'yes']
  ])('reads the yes/no cell "%s" as %s', (raw, expected) => {
    expect(guessValue('autoRenew', raw)).toBe(expected)
  })

  it('does not guess a value it has no synonym for', () => {
    expect(guessValue('status', 'Procurement')).toBeUndefined()
    expect(guessValue('billingCycle', 'Multi-year')).toBe('multi-year')
    expect(guessValue('autoRenew', 'maybe')).toBeUndefined()
  })

  it('lists each distinct value once with its row count, guess and the choice that overrides it', () => {
    const values = distinctValues('status', ['Active', 'active ', 'Procurement', '', 'Under review'], { status: { 'under review': 'active' } })
    expect(values).toEqual([
      { key: 'active', raw: 'Active', rows: 2, guess: 'active', chosen: 'active' },
      { key: 'procurement', raw: 'Procurement', rows: 1, guess: undefined, chosen: undefined },
      { key: 'under review', raw: 'Under review', rows: 1, guess: 'evaluating', chosen: 'active' }
    ])
  })
})

describe('column names in German, French, Spanish and Dutch', () => {
  it('maps a German header with the same scoring as English', () => {
    const headers = ['Werkzeug', 'Anbieter', 'Kategorie', 'Verantwortlich', 'Lizenzen (gekauft)', 'Lizenzen (genutzt)', 'Kosten', 'Abrechnung', 'Vertragsende', 'Kündigungsfrist (Tage)', 'Automatische Verlängerung']
    const mapping = autoMapInventory(headers)
    expect(mapping).toEqual({
      name: 'Werkzeug', vendor: 'Anbieter', category: 'Kategorie', owner: 'Verantwortlich', seatsPurchased: 'Lizenzen (gekauft)', seatsUsed: 'Lizenzen (genutzt)',
      amount: 'Kosten', billingCycle: 'Abrechnung', contractEnd: 'Vertragsende', noticeDays: 'Kündigungsfrist (Tage)', autoRenew: 'Automatische Verlängerung'
    })
    expect(inventoryLanguage(mapping)).toBe('de')
  })

  it('maps Spanish and Dutch headers, and tells "Annual cost" from "Cost"', () => {
    expect(autoMapInventory(['Herramienta', 'Proveedor', 'Responsable', 'Coste anual', 'Facturación', 'Fecha de fin', 'Preaviso (días)', 'Renovación automática'])).toEqual({
      name: 'Herramienta', vendor: 'Proveedor', owner: 'Responsable', annualCost: 'Coste anual', billingCycle: 'Facturación', contractEnd: 'Fecha de fin', noticeDays: 'Preaviso (días)', autoRenew: 'Renovación automática'
    })
    expect(autoMapInventory(['Applicatie', 'Leverancier', 'Eigenaar', 'Kosten', 'Facturering', 'Einddatum', 'Opzegtermijn (dagen)', 'Automatische verlenging'])).toEqual({
      name: 'Applicatie', vendor: 'Leverancier', owner: 'Eigenaar', amount: 'Kosten', billingCycle: 'Facturering', contractEnd: 'Einddatum', noticeDays: 'Opzegtermijn (dagen)', autoRenew: 'Automatische verlenging'
    })
    expect(autoMapInventory(['Tool', 'Cost', 'Annual cost (USD)'])).toEqual({ name: 'Tool', amount: 'Cost', annualCost: 'Annual cost (USD)' })
  })
})

describe('annual cost rules', () => {
  const headers = ['Tool', 'Owner', 'Seats', 'Seats used', 'Price', 'Billing', 'Contract end', 'Auto-renew']
  const mapping = autoMapInventory(headers)
  const read = (fields: string[], map: InventoryMapping = mapping, head = headers) => {
    const result = inventoryRowToTool(fields, 2, head, map, [])
    if (!('ok' in result)) throw new Error(JSON.stringify(result.errors))
    return result.ok.tool
  }

  it('divides the price of a 2-year prepaid contract by two, and of a 3-year one by three', () => {
    expect(annualCost(read(['Datadog', '', '', '', '$96,000.00', '2-year prepaid', '2027-06-30', 'yes']))).toEqual({ ok: true, amount: 48000 })
    expect(annualCost(read(['Snowflake', '', '', '', '270000', '3 Jahre im Voraus', '2027-12-31', 'yes']))).toEqual({ ok: true, amount: 90000 })
  })

  it('keeps the owner, seats and renewal of a free tool, at no cost', () => {
    const tool = read(['Loom', 'Maya Chen', '25', '19', '$15.00', 'Free', '2026-09-30', 'yes'])
    expect(tool).toMatchObject({ billingCycle: 'free', amount: 0, ownerId: 'new-person:Maya Chen', seatsPurchased: 25, seatsUsed: 19, contractEnd: '2026-09-30', autoRenew: true })
    expect(annualCost(tool)).toEqual({ ok: true, amount: 0 })
    expect(renewalOutlook(tool as Tool, today)).toMatchObject({ kind: 'notice', deadline: { deadline: '2026-09-30' } })
  })

  it('reads an "Annual cost" column as yearly whatever the billing cycle', () => {
    const head = ['Tool', 'Annual cost', 'Billing']
    const map = autoMapInventory(head)
    expect(annualCost(read(['Lucca', '4 320,00 €', 'mensuel'], map, head))).toEqual({ ok: true, amount: 4320 })
    expect(read(['Lucca', '4 320,00 €', 'mensuel'], map, head)).toMatchObject({ amount: 360, billingCycle: 'monthly', currency: 'EUR' })
    expect(annualCost(read(['Qonto', '1200', '2 ans'], map, head))).toEqual({ ok: true, amount: 1200 })
  })

  it('uses the choice in the value map over the guess, and refuses a row whose value nobody chose', () => {
    const head = ['Tool', 'Status']
    const map = autoMapInventory(head)
    expect(inventoryRowToTool(['Zoom', 'Procurement'], 5, head, map, [])).toEqual({
      errors: [{ row: 5, column: 'Status', message: 'Row 5, column "Status": "Procurement" is not a status Opsdeck knows: choose what it becomes in the value map' }]
    })
    const chosen = inventoryRowToTool(['Zoom', 'Procurement'], 5, head, map, [], { values: { status: { procurement: 'evaluating' } } })
    expect('ok' in chosen && chosen.ok.tool.status).toBe('evaluating')
  })

  it('reads notice given in months back from the end of the term', () => {
    const head = ['Tool', 'Vertragsende', 'Kündigungsfrist']
    const result = inventoryRowToTool(['Personio', '31.12.2026', '3 Monate'], 2, head, autoMapInventory(head), [])
    expect('ok' in result && result.ok.tool.noticeDays).toBe(92)
  })
})

describe('dates as written in each locale', () => {
  it('reads German, French and Spanish month names', () => {
    expect(localDateText('15. März 2026')).toBe('15 Mar 2026')
    expect(localDateText('1er janvier 2027')).toBe('1 Jan 2027')
    expect(localDateText('15 de marzo de 2026')).toBe('15 Mar 2026')
    expect(localDateText('2026-03-15')).toBe('2026-03-15')
  })

  it('keeps a date-only value on its calendar day, whatever the zone or a time after it', () => {
    const head = ['Tool', 'Contract end', 'Contract start']
    const result = inventoryRowToTool(['Figma', '2026-06-30T00:00:00+02:00', '1/31/2026 11:30 PM'], 2, head, autoMapInventory(head), [])
    expect('ok' in result && [result.ok.tool.contractEnd, result.ok.tool.contractStart]).toEqual(['2026-06-30', '2026-01-31'])
  })
})

describe('real-format spreadsheets, every row', () => {
  it('reads the Excel US export: per-seat, multi-year, free, and statuses beyond the product’s own', () => {
    const { results } = readFixture('inventory-excel-us.csv', { status: { procurement: 'evaluating' } })
    expect(tools(results)).toEqual([
      ['Slack', 'active', 43500, 'USD', 'notice 2027-03-01'],
      ['Figma', 'active', 21600, 'USD', 'notice 2026-04-15'],
      ['Datadog', 'active', 48000, 'USD', 'notice 2027-04-01'],
      ['Snowflake', 'active', 90000, 'USD', 'notice 2027-11-01'],
      ['Loom', 'active', 0, 'USD', 'notice 2026-09-30'],
      ['Miro', 'evaluating', 3600, 'USD', 'notice 2027-01-29'],
      ['Gong', 'deprecated', 28800, 'USD', 'notice 2026-01-30 overdue'],
      ['Hotjar', 'trial', 1188, 'USD', 'ends 2026-03-24'],
      ['Asana', 'cancelled', 4498.2, 'USD', 'Cancelled'],
      ['Amplitude', 'evaluating', 8000, 'USD', 'No contract end'],
      ['Zoom', 'evaluating', 7495, 'USD', 'notice 2026-10-31'],
      ['GitHub Enterprise', 'active', 30240, 'USD', 'notice 2026-12-01']
    ])
  })

  it('reads the German Excel export: Windows-1252, semicolons, 1.234,50 €, DD.MM.YYYY and German values', () => {
    const { table, results } = readFixture('inventory-excel-de.csv')
    expect([table.encoding, table.delimiter]).toEqual(['windows-1252', ';'])
    expect(tools(results)).toEqual([
      ['Personio', 'active', 14814, 'EUR', 'notice 2026-10-02'],
      ['DATEV Unternehmen online', 'active', 4800, 'EUR', 'notice 2025-12-31 overdue'],
      ['Miro', 'trial', 800, 'EUR', 'ends 2026-04-30'],
      ['Confluence', 'active', 4800, 'EUR', 'notice 2027-05-31'],
      ['Jira Software', 'active', 7200, 'EUR', 'notice 2027-08-31'],
      ['draw.io', 'active', 0, 'EUR', 'No contract end'],
      ['Zoom', 'cancelled', 1798.8, 'EUR', 'Cancelled'],
      ['Leapsome', 'evaluating', 6000, 'EUR', 'No contract end'],
      ['Teamviewer', 'deprecated', 1499, 'EUR', 'notice 2026-05-15'],
      ['Slack', 'active', 6960, 'EUR', 'notice 2026-08-01']
    ])
    const personio = results[0]
    expect('ok' in personio! && personio.ok.tool.notes).toBe('Preis pro Monat, alle Mitarbeitenden')
  })

  it('reads the French Excel export: an annual cost column, 1 234,50 € and DD/MM/YYYY even where every day is 12 or less', () => {
    const { results } = readFixture('inventory-excel-fr.csv')
    expect(tools(results)).toEqual([
      ['Lucca', 'active', 4320, 'EUR', 'notice 2026-12-03'],
      ['Pennylane', 'active', 12000, 'EUR', 'notice 2026-01-31 overdue'],
      ['Notion', 'trial', 960, 'EUR', 'ends 2026-06-01'],
      ['Qonto', 'active', 1200, 'EUR', 'notice 2027-08-02'],
      ['Framasoft Framadate', 'active', 0, 'EUR', 'No contract end'],
      ['Dashlane', 'cancelled', 2400, 'EUR', 'Cancelled'],
      ['Agicap', 'evaluating', 6000, 'EUR', 'No contract end'],
      ['Welcome to the Jungle', 'deprecated', 9600, 'EUR', 'notice 2026-04-02']
    ])
    const lucca = results[0]
    expect('ok' in lucca! && lucca.ok.tool.contractStart).toBe('2025-02-01')
  })
})
