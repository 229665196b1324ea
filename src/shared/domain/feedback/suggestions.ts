/**
 * Theme suggestions for untriaged feedback, computed locally with TF-IDF.
 *
 * - Documents are the themes' member rows (title + text) and, by default, each
 *   theme's name + description as one more document, so a new theme with no
 *   members can already be suggested.
 * - idf(t) = ln((1 + N) / (1 + df(t))) + 1 over those N documents; a document's
 *   weight for a term is (1 + ln tf) × idf, and its vector is L2-normalised.
 * - A theme's vector is the centroid (mean) of its documents' vectors, normalised.
 * - An item is weighed the same way. Words the model has never seen keep their
 *   place in the item's length (with the idf of an unseen term), so a long
 *   message that mentions "export" once scores lower than "export is broken".
 * - Score = cosine of item and theme; nothing under `minScore` is suggested.
 *   The reason is the shared terms that weigh most (item weight × theme weight),
 *   in the item's own words.
 * Build the model once (`buildSuggestionModel`), then call `suggest` per item:
 * the themes' vectors sit in an inverted index, so an item costs its own terms.
 */
import type { Feedback, Theme } from './feedback'
import { surfaceForms, termsWithWords } from './tokenize'

export type SuggestionText = Pick<Feedback, 'text'> & Partial<Pick<Feedback, 'title'>>

export interface SuggestionModelOptions {
  /** Use each theme's name and description as one more of its documents. Default true. */
  includeThemeText?: boolean
}

export interface SuggestOptions {
  /** At most this many suggestions. Default 3. */
  limit?: number
  /** Cosine similarity (0..1) below which nothing is suggested. Default 0.2. */
  minScore?: number
  /** How many shared terms make the reason. Default 3. */
  reasonTerms?: number
}

export interface ThemeSuggestion {
  themeId: string
  themeName: string
  /** Cosine similarity, 0..1. */
  score: number
  /** The shared terms that weigh most, in the item's words, heaviest first. */
  terms: string[]
  /** The terms as one line: "export, pdf, scheduled". */
  reason: string
}

export interface SuggestionModel {
  readonly themeCount: number
  /** Best themes for an item, skipping those it is already linked to. */
  suggest(item: SuggestionText & Partial<Pick<Feedback, 'themeIds'>>, options?: SuggestOptions): ThemeSuggestion[]
  /** The terms that characterise a theme most, in its members' most common words. */
  characteristicTerms(themeId: string, count?: number): string[]
}

export const defaultMinSuggestionScore = 0.2

type Vector = Map<string, number>

function textOf(item: SuggestionText): string {
  return item.title ? `${item.title}\n${item.text}` : item.text
}

function termFrequencies(terms: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>()
  for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1)
  return tf
}

function normalise(vector: Vector): Vector {
  let sum = 0
  for (const w of vector.values()) sum += w * w
  const norm = Math.sqrt(sum)
  if (norm > 0) for (const [term, w] of vector) vector.set(term, w / norm)
  return vector
}

export function buildSuggestionModel(
  themes: readonly Theme[],
  membersByTheme: ReadonlyMap<string, readonly SuggestionText[]>,
  options: SuggestionModelOptions = {}
): SuggestionModel {
  const includeThemeText = options.includeThemeText ?? true
  const wordCounts = new Map<string, Map<string, number>>()
  const docsByTheme = themes.map((theme) => {
    const texts = (membersByTheme.get(theme.id) ?? []).map(textOf)
    if (includeThemeText) texts.push(`${theme.name}\n${theme.description}`)
    return texts.map((text) => {
      const pairs = termsWithWords(text)
      for (const { term, word } of pairs) {
        const forms = wordCounts.get(term) ?? new Map<string, number>()
        forms.set(word, (forms.get(word) ?? 0) + 1)
        wordCounts.set(term, forms)
      }
      return termFrequencies(pairs.map((p) => p.term))
    })
  })

  const df = new Map<string, number>()
  let docCount = 0
  for (const docs of docsByTheme) {
    for (const tf of docs) {
      docCount++
      for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1)
    }
  }
  const idf = (term: string) => Math.log((1 + docCount) / (1 + (df.get(term) ?? 0))) + 1
  const weigh = (tf: Map<string, number>): Vector => {
    const vector: Vector = new Map()
    for (const [term, count] of tf) vector.set(term, (1 + Math.log(count)) * idf(term))
    return normalise(vector)
  }

  const themeVectors: Vector[] = docsByTheme.map((docs) => {
    const centroid: Vector = new Map()
    for (const doc of docs) for (const [term, w] of weigh(doc)) centroid.set(term, (centroid.get(term) ?? 0) + w / docs.length)
    return normalise(centroid)
  })

  const postings = new Map<string, { theme: number; weight: number }[]>()
  themeVectors.forEach((vector, theme) => {
    for (const [term, weight] of vector) {
      const list = postings.get(term) ?? []
      list.push({ theme, weight })
      postings.set(term, list)
    }
  })

  const commonWord = (term: string): string => {
    let best = term
    let bestCount = 0
    for (const [word, count] of wordCounts.get(term) ?? []) {
      if (count > bestCount || (count === bestCount && word < best)) {
        best = word
        bestCount = count
      }
    }
    return best
  }

  return {
    themeCount: themes.length,

    suggest(item, suggestOptions = {}) {
      const limit = suggestOptions.limit ?? 3
      const minScore = suggestOptions.minScore ?? defaultMinSuggestionScore
      const reasonTerms = suggestOptions.reasonTerms ?? 3
      const text = textOf(item)
      const itemVector = weigh(termFrequencies(termsWithWords(text).map((p) => p.term)))
      const scores = new Float64Array(themes.length)
      for (const [term, weight] of itemVector) for (const posting of postings.get(term) ?? []) scores[posting.theme] = (scores[posting.theme] ?? 0) + weight * posting.weight

      const linked = new Set(item.themeIds ?? [])
      const candidates: number[] = []
      scores.forEach((score, index) => {
        const theme = themes[index]
        if (theme && score > 0 && score >= minScore && !linked.has(theme.id)) candidates.push(index)
      })
      candidates.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || (themes[a]?.name ?? '').localeCompare(themes[b]?.name ?? ''))

      const forms = candidates.length > 0 ? surfaceForms(text) : new Map<string, string>()
      return candidates.slice(0, limit).map((index) => {
        const theme = themes[index] as Theme
        const themeVector = themeVectors[index] as Vector
        const shared = [...itemVector]
          .filter(([term]) => themeVector.has(term))
          .map(([term, weight]) => ({ term, contribution: weight * (themeVector.get(term) ?? 0) }))
          .sort((a, b) => b.contribution - a.contribution || a.term.localeCompare(b.term))
          .slice(0, reasonTerms)
          .map(({ term }) => forms.get(term) ?? term)
        return { themeId: theme.id, themeName: theme.name, score: Math.min(1, scores[index] ?? 0), terms: shared, reason: shared.join(', ') }
      })
    },

    characteristicTerms(themeId, count = 5) {
      const index = themes.findIndex((theme) => theme.id === themeId)
      const vector = themeVectors[index]
      if (!vector) return []
      return [...vector]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, count)
        .map(([term]) => commonWord(term))
    }
  }
}
