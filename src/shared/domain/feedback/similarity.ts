/**
 * "Similar feedback" for a row: candidates from the same customer (e-mail,
 * else name) or the same company whose text says much the same thing.
 * Text similarity is the Jaccard index of the two texts' sets of stemmed
 * content words (|A ∩ B| ÷ |A ∪ B|): 1 for the same words in any order, 0 for
 * none in common. Simple enough to explain with the words it found in common.
 */
import { companyKey, customerKey } from './customerKey'
import type { Feedback } from './feedback'
import { surfaceForms, tokenize } from './tokenize'
import { toMillis } from './themeStats'

export interface SimilarFeedback {
  row: Feedback
  /** Jaccard index of the two texts' terms, 0..1. */
  score: number
  sameCustomer: boolean
  sameCompany: boolean
  /** The terms both texts use, in the candidate's words. */
  sharedTerms: string[]
}

export interface SimilarityOptions {
  /** Text similarity below which a candidate is not similar. Default 0.3. */
  minScore?: number
  /** At most this many. Default 10. */
  limit?: number
}

export const defaultMinSimilarity = 0.3

function textOf(row: Pick<Feedback, 'text' | 'title'>): string {
  return row.title ? `${row.title}\n${row.text}` : row.text
}

export function termSet(text: string): Set<string> {
  return new Set(tokenize(text))
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const term of small) if (large.has(term)) shared++
  return shared / (a.size + b.size - shared)
}

/** Jaccard similarity of two texts' stemmed content words. */
export function textSimilarity(a: string, b: string): number {
  return jaccard(termSet(a), termSet(b))
}

/**
 * Candidates similar to `row`, best first (then same customer before same
 * company, then closest in time). Skips the row itself and rows already merged
 * into another row; candidates that share neither customer nor company are
 * not considered, however similar.
 */
export function similarFeedback(row: Feedback, candidates: readonly Feedback[], options: SimilarityOptions = {}): SimilarFeedback[] {
  const minScore = options.minScore ?? defaultMinSimilarity
  const limit = options.limit ?? 10
  const customer = customerKey(row)
  const company = companyKey(row)
  const terms = termSet(textOf(row))
  const at = toMillis(row.receivedAt)
  const found: SimilarFeedback[] = []
  for (const candidate of candidates) {
    if (candidate.id === row.id || candidate.mergedIntoId) continue
    const sameCustomer = customer !== undefined && customerKey(candidate) === customer
    const sameCompany = company !== undefined && companyKey(candidate) === company
    if (!sameCustomer && !sameCompany) continue
    const candidateTerms = termSet(textOf(candidate))
    const score = jaccard(terms, candidateTerms)
    if (score === 0 || score < minScore) continue
    const forms = surfaceForms(textOf(candidate))
    const sharedTerms = [...candidateTerms].filter((t) => terms.has(t)).map((t) => forms.get(t) ?? t)
    found.push({ row: candidate, score, sameCustomer, sameCompany, sharedTerms })
  }
  const distance = (s: SimilarFeedback) => Math.abs(toMillis(s.row.receivedAt) - at)
  return found
    .sort((a, b) => b.score - a.score || Number(b.sameCustomer) - Number(a.sameCustomer) || distance(a) - distance(b) || a.row.id.localeCompare(b.row.id))
    .slice(0, limit)
}
