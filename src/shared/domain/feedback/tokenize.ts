/**
 * Text analysis shared by theme suggestions and similar-feedback detection:
 * lowercase, accents and punctuation stripped, English stop words and numbers
 * dropped, and a light suffix stemmer so that "export", "exports", "exported"
 * and "exporting" meet on one term.
 */

const englishStopWords = [
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'am', 'an', 'and', 'any', 'are', 'as', 'at',
  'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by',
  'can', 'cannot', 'cant', 'could', 'couldnt', 'did', 'didnt', 'do', 'does', 'doesnt', 'doing', 'dont', 'down', 'during',
  'each', 'either', 'else', 'etc', 'even', 'ever', 'every', 'few', 'for', 'from', 'further',
  'had', 'hadnt', 'has', 'hasnt', 'have', 'havent', 'having', 'he', 'her', 'here', 'hers', 'herself', 'him', 'himself', 'his', 'how',
  'i', 'id', 'if', 'im', 'in', 'into', 'is', 'isnt', 'it', 'its', 'itself', 'ive', 'just', 'let', 'lets', 'll',
  'me', 'more', 'most', 'much', 'must', 'my', 'myself', 'no', 'nor', 'not', 'now', 'of', 'off', 'on', 'once', 'one', 'only', 'or',
  'other', 'our', 'ours', 'ourselves', 'out', 'over', 'own', 're', 'same', 'shall', 'she', 'should', 'shouldnt', 'so', 'some', 'such',
  'than', 'that', 'thats', 'the', 'their', 'theirs', 'them', 'themselves', 'then', 'there', 'these', 'they', 'this', 'those', 'through', 'to', 'too',
  'under', 'until', 'up', 'us', 've', 'very', 'was', 'wasnt', 'we', 'were', 'werent', 'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'why',
  'will', 'with', 'without', 'won', 'wont', 'would', 'wouldnt', 'yet', 'you', 'your', 'yours', 'yourself', 'yourselves',
  // Words of politeness and emphasis that every piece of feedback shares.
  'also', 'hello', 'hey', 'hi', 'like', 'please', 'really', 'thank', 'thanks', 'get', 'got', 'still', 'way'
]

export const stopWords: ReadonlySet<string> = new Set(englishStopWords)

const vowel = /[aeiouy]/
const doubleConsonant = /([b-df-hj-km-np-tv-xz])\1$/

/**
 * Strips the last `suffix.length` letters when what is left is a plausible
 * stem: 3+ letters, with a vowel unless the suffix is a plural "s" (so "pdfs"
 * becomes "pdf" but "string" keeps its "ing").
 */
function strip(word: string, suffix: string): string | undefined {
  if (!word.endsWith(suffix)) return undefined
  const rest = word.slice(0, word.length - suffix.length)
  return rest.length >= 3 && (suffix === 's' || vowel.test(rest)) ? rest : undefined
}

function undouble(word: string): string {
  return doubleConsonant.test(word) && !/(ll|ss|zz)$/.test(word) ? word.slice(0, -1) : word
}

/**
 * A deliberately small stemmer (plural, -ing, -ed, -ly, final -e). Porter's
 * full algorithm buys little on short feedback and makes reasons harder to read.
 */
export function stem(word: string): string {
  let w = word
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`
  else if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = strip(w, 's') ?? w

  const verbal = w.endsWith('eed') ? undefined : (strip(w, 'ing') ?? strip(w, 'ed'))
  if (verbal !== undefined) w = undouble(verbal)
  else if (w.length > 5) w = strip(w, 'ly') ?? w

  if (w.endsWith('e') && !w.endsWith('ee')) w = strip(w, 'e') ?? w
  return w
}

/** Lowercased words without accents or apostrophes, in order; punctuation and symbols separate words. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
}

function isContentWord(word: string): boolean {
  return word.length >= 2 && !stopWords.has(word) && !/^\p{N}+$/u.test(word)
}

/** The stemmed content terms of a text, in order, repeats kept (term frequency matters to TF-IDF). */
export function tokenize(text: string): string[] {
  const terms: string[] = []
  for (const word of words(text)) if (isContentWord(word)) terms.push(stem(word))
  return terms
}

/** Each content word of a text with its stemmed term, in order. */
export function termsWithWords(text: string): { term: string; word: string }[] {
  const pairs: { term: string; word: string }[] = []
  for (const word of words(text)) if (isContentWord(word)) pairs.push({ term: stem(word), word })
  return pairs
}

/** For each stemmed term, the first word of the text that produced it: "schedul" -> "scheduled". Used to show reasons in the user's words. */
export function surfaceForms(text: string): Map<string, string> {
  const forms = new Map<string, string>()
  for (const word of words(text)) {
    if (!isContentWord(word)) continue
    const term = stem(word)
    if (!forms.has(term)) forms.set(term, word)
  }
  return forms
}
