/**
 * The key that makes a re-import update rows instead of duplicating them:
 * `source:externalId` when the export has ids, else `source:h<hash>:<occurrence>` where the hash covers the
 * normalised text, the date to the minute and the customer, and the occurrence keeps identical rows of one
 * file apart (the second identical row is `:2` in every import of that file).
 */

export interface KeyParts {
  /** The import's source ('zendesk', 'csv', …): ids are only unique within one tool. */
  source: string
  externalId?: string
  text: string
  /** ISO timestamp from the row itself (not an import-time fallback), if it had one. */
  receivedAt?: string
  customerEmail?: string
  customerName?: string
}

export interface OccurrenceCounter {
  /** 1 the first time a content hash is seen in this file, 2 the next, … */
  next(hash: string): number
}

export function dedupeKey(parts: KeyParts, occurrences: OccurrenceCounter): string {
  const id = parts.externalId?.trim()
  if (id) return `${parts.source}:${id}`
  const hash = contentHash(parts)
  return `${parts.source}:h${hash}:${occurrences.next(hash)}`
}

export function contentHash(parts: Pick<KeyParts, 'text' | 'receivedAt' | 'customerEmail' | 'customerName'>): string {
  const customer = parts.customerEmail?.trim().toLowerCase() || normaliseForKey(parts.customerName ?? '')
  const minute = parts.receivedAt ? parts.receivedAt.slice(0, 16) : ''
  return hash64(`${normaliseForKey(parts.text)}\u0000${minute}\u0000${customer}`)
}

const nonAscii = /[^ -~\s]/

/** Trim, lower-case and collapse whitespace (and compose accents), so that re-saved exports hash the same. */
export function normaliseForKey(text: string): string {
  const composed = nonAscii.test(text) ? text.normalize('NFC') : text
  return composed.trim().toLowerCase().replace(/\s+/g, ' ')
}

/**
 * One number per distinct hash-keyed row is remembered (identical rows may be far apart in a file), so this
 * is the one structure that grows with the file: about 40 bytes a row. Rows keyed by external id skip it.
 */
export function createOccurrenceCounter(): OccurrenceCounter {
  // 52 bits of the hash as a number: half the memory of the hex string, and exact in a double.
  const seen = new Set<number>()
  const repeats = new Map<number, number>()
  return {
    next(hash) {
      const key = Number.parseInt(hash.slice(0, 13), 16)
      if (!seen.has(key)) {
        seen.add(key)
        return 1
      }
      const n = (repeats.get(key) ?? 1) + 1
      repeats.set(key, n)
      return n
    }
  }
}

/**
 * A 64-bit non-cryptographic hash as 16 hex digits: two 32-bit lanes of cyrb53-style mixing
 * (multiply-xorshift over UTF-16 code units). Fast, stable across platforms, pure TypeScript.
 */
export function hash64(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0')
}
