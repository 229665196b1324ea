import { writeCsv } from '@shared/csv/writeCsv'
import { localIsoDate } from '@shared/domain/tools/isoDate'
import { feedbackCsvHeaders, feedbackToCsvRows, themesToCsvRows, type CsvRecord, type FeedbackColumnId } from '@shared/domain/feedback/exportCsv'
import type { Feedback, Theme, ThemeLink } from '@shared/domain/feedback/feedback'
import type { FeedbackFilter } from '@shared/domain/feedback/feedbackFilters'
import type { RankedTheme, ScoreBreakdown } from '@shared/domain/feedback/scoring'
import { themeBriefMarkdown } from '@shared/domain/feedback/themeBrief'
import type { ThemeStats } from '@shared/domain/feedback/themeStats'
import { pickTopQuotes } from '@shared/domain/feedback/topQuotes'
import { formatCount } from '@shared/format/money'
import { getBridge } from '../../bridge'
import { loadTriageRows } from '../../db/triage'
import { themeNames } from '../../db/themes'
import { notifyError, notifySuccess } from '../../ui/notify'
import { matchingIds } from './inbox/inboxTargets'

/** The inbox's columns as export columns: a column shows one or two fields of the row. */
const exportColumnsOf: Record<string, FeedbackColumnId[]> = {
  text: ['title', 'text'],
  customer: ['customerName', 'customerEmail'],
  company: ['company'],
  plan: ['plan'],
  revenue: ['revenue', 'revenueCurrency'],
  rating: ['rating'],
  source: ['source', 'url'],
  status: ['status'],
  themes: ['themes'],
  tags: ['tags', 'importedTags'],
  receivedAt: ['receivedAt']
}

export function exportColumns(inboxColumns: readonly string[]): FeedbackColumnId[] {
  const columns: FeedbackColumnId[] = ['id', 'receivedAt']
  for (const id of inboxColumns) {
    const mapped = id.startsWith('extra:') ? [id as FeedbackColumnId] : (exportColumnsOf[id] ?? [])
    for (const column of mapped) if (!columns.includes(column)) columns.push(column)
  }
  if (!columns.includes('notes')) columns.push('notes')
  return columns
}

export function toCsv(headers: string[], records: CsvRecord[], bom: boolean): string {
  return writeCsv(headers, records.map((record) => headers.map((header) => record[header])), { bom })
}

export function feedbackCsv(rows: readonly Feedback[], columns: readonly FeedbackColumnId[], themeNames: ReadonlyMap<string, string>, bom: boolean): string {
  return toCsv(feedbackCsvHeaders(columns), feedbackToCsvRows(rows, columns, { themeNames }), bom)
}

/** The user's calendar day, for file names. */
const today = () => localIsoDate(new Date())

async function save(title: string, suggestedName: string, extension: string, data: string, done: string): Promise<void> {
  const result = await getBridge().saveFile({ title, suggestedName, filters: [{ name: extension.toUpperCase(), extensions: [extension] }], data })
  if (result.saved) notifySuccess(`${done} to ${result.name}`)
}

/** Every row of the current filter (not only the loaded ones), in the view's columns. */
export async function exportViewCsv(filter: FeedbackFilter, inboxColumns: readonly string[], textHits: readonly string[] | undefined, bom: boolean): Promise<void> {
  try {
    const ids = await matchingIds(filter, textHits)
    const [{ rows }, names] = await Promise.all([loadTriageRows(ids), themeNames()])
    const data = feedbackCsv(rows, exportColumns(inboxColumns), names, bom)
    await save('Export feedback', `opsdeck-feedback-${today()}.csv`, 'csv', data, `Saved ${formatCount(rows.length)} feedback items`)
  } catch (error) {
    notifyError('Could not export the feedback', error)
  }
}

export async function exportThemesCsv(themes: readonly Theme[], ranked: readonly RankedTheme[], bom: boolean): Promise<void> {
  try {
    const stats = new Map<string, ThemeStats>(ranked.map((entry) => [entry.theme.id, entry.stats]))
    const records = themesToCsvRows(themes, stats, ranked)
    const headers = Object.keys(records[0] ?? {})
    await save('Export themes', `opsdeck-themes-${today()}.csv`, 'csv', toCsv(headers, records, bom), `Saved ${formatCount(records.length)} themes with their scores`)
  } catch (error) {
    notifyError('Could not export the themes', error)
  }
}

export interface BriefInput {
  theme: Theme
  stats: ThemeStats
  breakdown: ScoreBreakdown
  evidence: readonly Feedback[]
  links: readonly ThemeLink[]
  ownerName?: string
  parentName?: string
}

export function themeBrief({ theme, stats, breakdown, evidence, links, ownerName, parentName }: BriefInput): string {
  return themeBriefMarkdown(theme, stats, breakdown, pickTopQuotes(evidence, links, 5), { ownerName, parentName })
}

export async function exportThemeBrief(input: BriefInput): Promise<void> {
  try {
    const slug = input.theme.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'theme'
    await save('Export theme brief', `${slug}-brief.md`, 'md', themeBrief(input), `Saved the brief of ${input.theme.name}`)
  } catch (error) {
    notifyError('Could not export the brief', error)
  }
}
