import { parseRating, ratingKey } from './rowToFeedback'

/**
 * Categorical rating scales real exports use, each word with the number it stands for. A column's values are
 * given the first scale that knows every one of them. Numbers sit on the 1-5 scale of stars and CSAT, so that
 * averages across sources stay comparable; null means "no rating given" (a survey offered, not answered).
 */
export const ratingScales: Array<{ name: string; values: Record<string, number | null>; alwaysListed?: string[] }> = [
  {
    // Zendesk's satisfaction score (legacy CSAT): Good / Bad, with or without a comment.
    name: 'Good / Bad (Zendesk satisfaction)',
    values: {
      good: 5, 'good with comment': 5, goodwithcomment: 5, "good, i'm satisfied": 5, bad: 1, 'bad with comment': 1, badwithcomment: 1,
      "bad, i'm unsatisfied": 1, offered: null, unoffered: null, 'not offered': null,
      gut: 5, schlecht: 1, bon: 5, mauvais: 1, bueno: 5, malo: 1, bom: 5, ruim: 1, goed: 5, slecht: 1, buono: 5, cattivo: 1
    },
    alwaysListed: ['good', 'bad', 'offered', 'unoffered']
  },
  {
    name: 'Very satisfied … Very dissatisfied',
    values: {
      'very satisfied': 5, 'extremely satisfied': 5, satisfied: 4, 'somewhat satisfied': 4, neutral: 3, 'neither satisfied nor dissatisfied': 3,
      dissatisfied: 2, unsatisfied: 2, 'somewhat dissatisfied': 2, 'very dissatisfied': 1, 'very unsatisfied': 1, 'extremely dissatisfied': 1
    }
  },
  {
    // Intercom's conversation ratings, written out in words.
    name: 'Amazing … Terrible (Intercom)',
    values: { amazing: 5, great: 4, ok: 3, okay: 3, bad: 2, terrible: 1 }
  },
  {
    name: 'Excellent … Terrible',
    values: { excellent: 5, 'very good': 4, good: 4, average: 3, fair: 3, ok: 3, poor: 2, 'very poor': 1, terrible: 1, awful: 1 }
  },
  {
    name: 'Positive / Neutral / Negative',
    values: { positive: 5, 'thumbs up': 5, '👍': 5, neutral: 3, negative: 1, 'thumbs down': 1, '👎': 1 }
  },
  { name: 'Yes / No', values: { yes: 5, no: 1, ja: 5, nein: 1, oui: 5, non: 1, si: 5, sí: 5, sim: 5, não: 1, nao: 1, nee: 1 } }
]

/** The distinct values of a rating column that are not numbers, as value-map keys, in the order first seen. */
export function categoricalRatings(values: Iterable<string>): string[] {
  const found = new Set<string>()
  for (const value of values) {
    if (!value.trim() || parseRating(value).ok) continue
    found.add(ratingKey(value))
  }
  return [...found]
}

/** A value map for the words of a rating column, from the first known scale that has them all; undefined for numbers. */
export function defaultRatingValueMap(values: Iterable<string>): Record<string, number | null> | undefined {
  const words = categoricalRatings(values)
  if (words.length === 0) return undefined
  const scale = ratingScales.find((s) => words.every((w) => w in s.values))
  const map: Record<string, number | null> = {}
  if (!scale) return undefined
  for (const word of words) map[word] = scale.values[word] as number | null
  // Zendesk's other words too, so that values further into the file than the sample are known.
  const listed = scale.alwaysListed ?? []
  if (words.some((w) => listed.includes(w))) for (const word of listed) if (!(word in map)) map[word] = scale.values[word] as number | null
  return map
}
