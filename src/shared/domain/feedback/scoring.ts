/**
 * Scores that explain themselves. Every score comes with a breakdown: its
 * inputs, its formula in words, the formula with the numbers put in, each
 * term's value and how it was reached, and warnings for every assumption.
 *
 * RICE = Reach × Impact × Confidence ÷ Effort
 * - Reach: unique customers last seen in the chosen period (default 90 days, counted back from the stats' `now`).
 * - Impact: the AVERAGE over those customers of the weight of the highest
 *   importance each gave (nice-to-have 1, important 2, critical 3 by default).
 *   The average, not the maximum: one critical link should not make a theme
 *   that fifty customers find nice-to-have look critical. Taking each
 *   customer's highest importance first keeps the average per customer, not
 *   per row, so a customer who files many tickets does not tilt it.
 * - Confidence: the theme's confidence (0..1), 0.5 when missing (warned); out-of-range values are clamped (warned).
 * - Effort: the theme's effort in person-weeks, 1 when missing or not positive (warned).
 *
 * Revenue-weighted = Σ over the theme's unique companies of latest MRR × the
 * weight of the highest importance the company's customers gave. Companies
 * without revenue count 0 (warned).
 *
 * Combined = (wRICE × RICE ÷ top RICE + wRevenue × Revenue ÷ top Revenue) ÷ (wRICE + wRevenue):
 * each score is first normalised to 0..1 against the best theme being ranked,
 * so the combined score is 0..1 and relative to the themes on the list.
 */
import { importanceLevels, type Importance, type Theme } from './feedback'
import { dayMs, emptyThemeStats, toMillis, type ThemeStats } from './themeStats'

export type ScoreMethod = 'rice' | 'revenue' | 'combined'

export interface ScoringWeights {
  /** Weight of each link importance, for impact and for the revenue-weighted score. */
  importance: Record<Importance, number>
  /** Weight of the normalised RICE score in the combined score. */
  rice: number
  /** Weight of the normalised revenue-weighted score in the combined score. */
  revenue: number
}

export const defaultScoringWeights: ScoringWeights = {
  importance: { 'nice-to-have': 1, important: 2, critical: 3 },
  rice: 0.5,
  revenue: 0.5
}

export const defaultReachDays = 90
export const defaultConfidence = 0.5
export const defaultEffort = 1

export interface ScoringOptions {
  /** Reach counts customers seen in the last this-many days. */
  reachDays?: number
  weights?: Partial<Omit<ScoringWeights, 'importance'>> & { importance?: Partial<Record<Importance, number>> }
}

export type ScoreWarningCode =
  | 'effort-missing'
  | 'effort-invalid'
  | 'confidence-missing'
  | 'confidence-out-of-range'
  | 'no-reach'
  | 'no-feedback'
  | 'revenue-missing'
  | 'no-companies'
  | 'currency'
  | 'weights-zero'

export interface ScoreWarning {
  code: ScoreWarningCode
  message: string
}

export interface ScoreInput {
  key: string
  label: string
  /** null when the value is missing (and an assumption was made, see warnings). */
  value: number | string | null
}

export interface ScoreTerm {
  key: string
  label: string
  value: number
  /** How the value was reached, in words and numbers. */
  explanation: string
}

export interface ScoreBreakdown {
  method: ScoreMethod
  score: number
  /** The formula in words: "Reach × Impact × Confidence ÷ Effort". */
  formula: string
  /** The formula with the numbers put in: "4 × 2 × 0.5 ÷ 1 = 4". */
  calculation: string
  inputs: ScoreInput[]
  terms: ScoreTerm[]
  warnings: ScoreWarning[]
}

export function resolveWeights(weights: ScoringOptions['weights'] = {}): ScoringWeights {
  return {
    importance: { ...defaultScoringWeights.importance, ...weights.importance },
    rice: weights.rice ?? defaultScoringWeights.rice,
    revenue: weights.revenue ?? defaultScoringWeights.revenue
  }
}

/** Up to two decimals, thousands grouped, locale-independent: the breakdown is also exported as text. */
export function formatScoreNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 })
}

const n = formatScoreNumber

function weightsText(weights: Record<Importance, number>): string {
  return importanceLevels.map((level) => `${level} = ${n(weights[level])}`).join(', ')
}

interface Assumed {
  value: number
  explanation: string
}

function confidenceOf(theme: Theme, warnings: ScoreWarning[]): Assumed {
  const value = theme.confidence
  if (value === undefined || !Number.isFinite(value)) {
    warnings.push({ code: 'confidence-missing', message: `Confidence missing: ${n(defaultConfidence)} assumed` })
    return { value: defaultConfidence, explanation: `Not set: ${n(defaultConfidence)} assumed` }
  }
  if (value < 0 || value > 1) {
    const clamped = Math.min(1, Math.max(0, value))
    warnings.push({ code: 'confidence-out-of-range', message: `Confidence ${n(value)} is outside 0..1: ${n(clamped)} used` })
    return { value: clamped, explanation: `The theme's confidence ${n(value)}, clamped to ${n(clamped)}` }
  }
  return { value, explanation: `The theme's confidence: ${n(value)}` }
}

function effortOf(theme: Theme, warnings: ScoreWarning[]): Assumed {
  const value = theme.effort
  if (value === undefined) {
    warnings.push({ code: 'effort-missing', message: `Effort missing: ${n(defaultEffort)} person-week assumed` })
    return { value: defaultEffort, explanation: `Not set: ${n(defaultEffort)} assumed` }
  }
  if (!Number.isFinite(value) || value <= 0) {
    warnings.push({ code: 'effort-invalid', message: `Effort ${n(value)} is not a positive number of person-weeks: ${n(defaultEffort)} assumed` })
    return { value: defaultEffort, explanation: `${n(value)} is not usable: ${n(defaultEffort)} assumed` }
  }
  return { value, explanation: `The theme's effort: ${n(value)} person-weeks` }
}

export function riceScore(theme: Theme, stats: ThemeStats, options: ScoringOptions = {}): ScoreBreakdown {
  const reachDays = options.reachDays ?? defaultReachDays
  const weights = resolveWeights(options.weights).importance
  const warnings: ScoreWarning[] = []
  const since = toMillis(stats.now) - reachDays * dayMs
  const inPeriod = stats.customers.filter((c) => toMillis(c.lastSeenAt) >= since)
  const counts: Record<Importance, number> = { 'nice-to-have': 0, important: 0, critical: 0 }
  for (const customer of inPeriod) counts[customer.importance]++

  const reach = inPeriod.length
  const weighted = importanceLevels.reduce((sum, level) => sum + counts[level] * weights[level], 0)
  const impact = reach > 0 ? weighted / reach : 0
  if (stats.feedbackCount === 0) warnings.push({ code: 'no-feedback', message: 'No feedback is linked to this theme yet: reach is 0' })
  else if (reach === 0) warnings.push({ code: 'no-reach', message: `No customer asked in the last ${n(reachDays)} days: reach is 0` })
  const { value: confidence, explanation: confidenceExplanation } = confidenceOf(theme, warnings)
  const { value: effort, explanation: effortExplanation } = effortOf(theme, warnings)
  const score = (reach * impact * confidence) / effort

  const sumText = importanceLevels.filter((level) => counts[level] > 0).map((level) => `${counts[level]} ${level} × ${n(weights[level])}`).join(' + ')
  return {
    method: 'rice',
    score,
    formula: 'Reach × Impact × Confidence ÷ Effort',
    calculation: `${n(reach)} × ${n(impact)} × ${n(confidence)} ÷ ${n(effort)} = ${n(score)}`,
    inputs: [
      { key: 'reachDays', label: 'Reach period (days)', value: reachDays },
      { key: 'customersInPeriod', label: `Unique customers seen in the last ${n(reachDays)} days`, value: reach },
      ...importanceLevels.map((level) => ({ key: `customers-${level}`, label: `…whose highest importance is ${level}`, value: counts[level] })),
      { key: 'importanceWeights', label: 'Importance weights', value: weightsText(weights) },
      { key: 'themeConfidence', label: 'Theme confidence', value: theme.confidence ?? null },
      { key: 'themeEffort', label: 'Theme effort (person-weeks)', value: theme.effort ?? null }
    ],
    terms: [
      { key: 'reach', label: 'Reach', value: reach, explanation: `${n(reach)} unique customers seen in the last ${n(reachDays)} days` },
      {
        key: 'impact',
        label: 'Impact',
        value: impact,
        explanation: reach > 0 ? `Average over ${n(reach)} customers of the weight of their highest importance: (${sumText}) ÷ ${n(reach)} = ${n(impact)}` : 'No customers in the period: 0'
      },
      { key: 'confidence', label: 'Confidence', value: confidence, explanation: confidenceExplanation },
      { key: 'effort', label: 'Effort (person-weeks)', value: effort, explanation: effortExplanation }
    ],
    warnings
  }
}

export function revenueScore(_theme: Theme, stats: ThemeStats, options: ScoringOptions = {}): ScoreBreakdown {
  const weights = resolveWeights(options.weights).importance
  const warnings: ScoreWarning[] = []
  const currency = stats.currency ? ` ${stats.currency}` : ''
  const rows = stats.companies
    .map((company) => {
      const revenue = company.revenue ?? 0
      const weight = weights[company.importance]
      const source = company.revenue === undefined ? 'no revenue known (0)' : `${n(revenue)}${currency} MRR`
      const term: ScoreTerm = { key: company.key, label: company.name, value: revenue * weight, explanation: `${source} × ${n(weight)} (${company.importance})` }
      return { term, text: `${n(revenue)} × ${n(weight)}` }
    })
    .sort((a, b) => b.term.value - a.term.value || a.term.label.localeCompare(b.term.label))
  const terms = rows.map((row) => row.term)
  const score = terms.reduce((sum, term) => sum + term.value, 0)

  if (stats.companies.length === 0) warnings.push({ code: 'no-companies', message: 'No linked feedback names a company: the revenue-weighted score is 0' })
  if (stats.companiesWithoutRevenue > 0) {
    warnings.push({ code: 'revenue-missing', message: `${stats.companiesWithoutRevenue} of ${stats.uniqueCompanies} companies have no revenue: counted as 0` })
  }
  for (const message of stats.warnings) warnings.push({ code: 'currency', message })

  const calculation =
    rows.length === 0 ? '0' : rows.length <= 6 ? `${rows.map((row) => row.text).join(' + ')} = ${n(score)}` : `sum over ${rows.length} companies = ${n(score)}`
  return {
    method: 'revenue',
    score,
    formula: 'Σ over unique companies of latest MRR × importance weight',
    calculation,
    inputs: [
      { key: 'uniqueCompanies', label: 'Unique companies', value: stats.uniqueCompanies },
      { key: 'companiesWithoutRevenue', label: 'Companies without revenue', value: stats.companiesWithoutRevenue },
      { key: 'revenue', label: `Revenue of the unique companies (MRR${currency})`, value: stats.revenue },
      { key: 'importanceWeights', label: 'Importance weights', value: weightsText(weights) }
    ],
    terms,
    warnings
  }
}

/** The best RICE and revenue scores among the themes being ranked: what the combined score normalises against. */
export interface ScoreMaxima {
  rice: number
  revenue: number
}

export function combinedScore(rice: ScoreBreakdown, revenue: ScoreBreakdown, maxima: ScoreMaxima, options: ScoringOptions = {}): ScoreBreakdown {
  const { rice: wRice, revenue: wRevenue } = resolveWeights(options.weights)
  const warnings: ScoreWarning[] = []
  const seen = new Set<string>()
  for (const warning of [...rice.warnings, ...revenue.warnings]) {
    if (seen.has(warning.message)) continue
    seen.add(warning.message)
    warnings.push(warning)
  }
  const normRice = maxima.rice > 0 ? rice.score / maxima.rice : 0
  const normRevenue = maxima.revenue > 0 ? revenue.score / maxima.revenue : 0
  const weightSum = wRice + wRevenue
  if (!(weightSum > 0)) warnings.push({ code: 'weights-zero', message: 'The RICE and revenue weights add up to 0: the combined score is 0' })
  const score = weightSum > 0 ? (wRice * normRice + wRevenue * normRevenue) / weightSum : 0
  return {
    method: 'combined',
    score,
    formula: '(wRICE × RICE ÷ top RICE + wRevenue × Revenue ÷ top Revenue) ÷ (wRICE + wRevenue)',
    calculation: `(${n(wRice)} × ${n(normRice)} + ${n(wRevenue)} × ${n(normRevenue)}) ÷ ${n(weightSum)} = ${n(score)}`,
    inputs: [
      { key: 'rice', label: 'RICE score', value: rice.score },
      { key: 'topRice', label: 'Top RICE score among the ranked themes', value: maxima.rice },
      { key: 'revenue', label: 'Revenue-weighted score', value: revenue.score },
      { key: 'topRevenue', label: 'Top revenue-weighted score among the ranked themes', value: maxima.revenue },
      { key: 'riceWeight', label: 'RICE weight', value: wRice },
      { key: 'revenueWeight', label: 'Revenue weight', value: wRevenue }
    ],
    terms: [
      { key: 'normalisedRice', label: 'RICE, normalised', value: normRice, explanation: maxima.rice > 0 ? `${n(rice.score)} ÷ ${n(maxima.rice)} = ${n(normRice)}` : 'No theme has a RICE score above 0: 0' },
      {
        key: 'normalisedRevenue',
        label: 'Revenue, normalised',
        value: normRevenue,
        explanation: maxima.revenue > 0 ? `${n(revenue.score)} ÷ ${n(maxima.revenue)} = ${n(normRevenue)}` : 'No theme has a revenue-weighted score above 0: 0'
      },
      { key: 'riceWeight', label: 'RICE weight', value: wRice, explanation: `${n(wRice)} of ${n(weightSum)}` },
      { key: 'revenueWeight', label: 'Revenue weight', value: wRevenue, explanation: `${n(wRevenue)} of ${n(weightSum)}` }
    ],
    warnings
  }
}

export interface RankOptions extends ScoringOptions {
  method: ScoreMethod
}

export interface RankedTheme {
  theme: Theme
  stats: ThemeStats
  /** 1 is first; themes with equal scores share a rank (1, 2, 2, 4). */
  rank: number
  score: number
  /** The breakdown of the chosen method. */
  breakdown: ScoreBreakdown
  rice: ScoreBreakdown
  revenue: ScoreBreakdown
  combined: ScoreBreakdown
}

function sameScore(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

/**
 * Themes best first by the chosen method; equal scores by reach (unique
 * customers), then by name. Themes without stats score 0 with a warning.
 */
export function rankThemes(themes: readonly Theme[], stats: ReadonlyMap<string, ThemeStats>, options: RankOptions): RankedTheme[] {
  const fallbackNow = stats.values().next().value?.now ?? new Date(0).toISOString()
  const scored = themes.map((theme) => {
    const themeStats = stats.get(theme.id) ?? emptyThemeStats(fallbackNow)
    return { theme, stats: themeStats, rice: riceScore(theme, themeStats, options), revenue: revenueScore(theme, themeStats, options) }
  })
  const maxima: ScoreMaxima = {
    rice: Math.max(0, ...scored.map((s) => s.rice.score)),
    revenue: Math.max(0, ...scored.map((s) => s.revenue.score))
  }
  const ranked = scored.map((s) => {
    const combined = combinedScore(s.rice, s.revenue, maxima, options)
    const breakdown = options.method === 'rice' ? s.rice : options.method === 'revenue' ? s.revenue : combined
    return { ...s, combined, breakdown, score: breakdown.score, rank: 0 }
  })
  ranked.sort((a, b) => (sameScore(a.score, b.score) ? 0 : b.score - a.score) || b.stats.uniqueCustomers - a.stats.uniqueCustomers || a.theme.name.localeCompare(b.theme.name))
  ranked.forEach((entry, index) => {
    const before = ranked[index - 1]
    entry.rank = before && sameScore(before.score, entry.score) ? before.rank : index + 1
  })
  return ranked
}
