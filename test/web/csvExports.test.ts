import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { FORMULA_START, writeCsv } from '@shared/csv/writeCsv'
import { computeThemeStats, rankThemes, themesToCsvRows } from '@shared/domain/feedback'
import { feedbackCsv, toCsv } from '../../src/renderer/src/features/feedback/feedbackExports'
import { inventoryCsv } from '../../src/renderer/src/features/tools/inventoryCsv'
import { rowErrorsCsv } from '../../src/renderer/src/ui/RowErrors'
import { makeFeedback, makeTheme, NOW } from '../unit/feedback/makeFeedback'
import { today, toolRecord } from './toolsFixtures'

/** Cells a spreadsheet would run as formulas, one-line and multi-line, as real CSV-injection payloads look. */
const payloads = ['=HYPERLINK("https://evil.example","Click")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', '=1+1\nsecond line', ' =cmd|"/c calc"!A1']

/** The cells of a written CSV, as a spreadsheet would read them. */
function cells(csv: string): string[] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true, delimiter: ',' })
  expect(parsed.errors).toEqual([])
  return parsed.data.flat()
}

/** No cell that a spreadsheet would evaluate, and each payload still there, behind an apostrophe. */
function expectNeutralised(csv: string) {
  const all = cells(csv)
  for (const cell of all) expect(FORMULA_START.test(cell), cell).toBe(false)
  for (const payload of payloads) expect(all).toContain(`'${payload}`)
}

describe('every CSV Opsdeck writes neutralises formulas', () => {
  it('writeCsv: papaparse’s own escapeFormulae misses a multi-line cell; ours does not', () => {
    expect(Papa.unparse([['=1+1\nsecond line']], { escapeFormulae: true })).toBe('"=1+1\nsecond line"')
    expectNeutralised(writeCsv(['cell'], payloads.map((payload) => [payload])))
    expect(cells(writeCsv(['n'], [[-5], ['plain text'], ['a=b']]))).toEqual(['n', '-5', 'plain text', 'a=b'])
  })

  it('the row-error list of an import', () => {
    expectNeutralised(rowErrorsCsv(payloads.map((payload, i) => ({ row: i + 2, column: 'Text', message: payload }))))
  })

  it('the feedback export', () => {
    const rows = payloads.map((payload, i) => makeFeedback(`f${i}`, { text: payload, customerName: payload, company: payload }))
    expectNeutralised(feedbackCsv(rows, ['text', 'customerName', 'company'], new Map(), true))
  })

  it('the themes export', () => {
    const themes = payloads.map((payload, i) => makeTheme(`t${i}`, { name: payload }))
    const stats = new Map(themes.map((theme) => [theme.id, computeThemeStats({ links: [], feedback: [], now: NOW })]))
    const records = themesToCsvRows(themes, stats, rankThemes(themes, stats, { method: 'rice' }))
    expectNeutralised(toCsv(Object.keys(records[0] ?? {}), records, true))
  })

  it('the tool inventory export', () => {
    const tools = payloads.map((payload, i) => toolRecord({ id: `tool${i}`, name: `Tool ${i}`, notes: payload, vendor: payload }))
    expectNeutralised(inventoryCsv(tools, { today: today(), baseCurrency: 'USD', rates: {}, windows: [30], peopleNames: new Map() }))
  })
})
