/**
 * Full-text search over feedback with FlexSearch, environment-agnostic (a
 * Web Worker, the page or Node). Indexes each row's text, title, customer,
 * e-mail, company and extra values under its id; matches words by prefix
 * ("expo" finds "export"), case- and accent-insensitively; every word of a
 * query must match.
 *
 * Export gives chunks of bounded size, one IndexedDB record each, with a meta
 * chunk that records the format: an export made with other settings is
 * refused on import (rebuild the index instead). FlexSearch turns off its
 * "fastupdate" registry on import, so the index is built without it too: an
 * update or removal then costs a pass over the index (~50 ms at 100k rows).
 */
import { Index, type IndexOptions } from 'flexsearch'
import type { Feedback } from './feedback'

export type SearchableFeedback = Pick<Feedback, 'id' | 'text'> & Partial<Pick<Feedback, 'title' | 'customerName' | 'customerEmail' | 'company' | 'extra'>>

export interface SearchIndexChunk {
  key: string
  data: string
}

export interface ExportOptions {
  /** Longest `data` of one chunk, in characters. Default 1,000,000. */
  maxChunkChars?: number
}

export interface FeedbackSearchIndex {
  /** Adds a row, or replaces what was indexed for it. */
  add(row: SearchableFeedback): void
  update(row: SearchableFeedback): void
  remove(id: string): void
  has(id: string): boolean
  /** Ids of matching rows, best first. An empty query finds nothing. */
  search(query: string, limit?: number): string[]
  readonly size: number
  export(options?: ExportOptions): SearchIndexChunk[]
}

export type SearchIndexImport = { ok: true; index: FeedbackSearchIndex } | { ok: false; reason: string }

/** Bump when the options or the indexed text change: older exports are then rebuilt. */
export const searchIndexFormat = 'opsdeck-feedback-v1'
const metaKey = 'meta'
const indexOptions: IndexOptions = { tokenize: 'forward', encoder: 'Normalize', resolution: 9 }

export function feedbackSearchText(row: SearchableFeedback): string {
  return [row.title, row.text, row.customerName, row.customerEmail, row.company, ...Object.values(row.extra ?? {})]
    .filter((value): value is string => typeof value === 'string' && value.trim().length > 0)
    .join('\n')
}

function wrap(index: Index, initialSize: number): FeedbackSearchIndex {
  let size = initialSize
  const api: FeedbackSearchIndex = {
    add(row) {
      const text = feedbackSearchText(row)
      if (index.contain(row.id)) index.update(row.id, text)
      else {
        index.add(row.id, text)
        size++
      }
    },
    update(row) {
      api.add(row)
    },
    remove(id) {
      if (!index.contain(id)) return
      index.remove(id)
      size--
    },
    has(id) {
      return index.contain(id)
    },
    search(query, limit = 100) {
      if (!query.trim()) return []
      return index.search(query, { limit }).map(String)
    },
    get size() {
      return size
    },
    export({ maxChunkChars = 1_000_000 } = {}) {
      const chunks: SearchIndexChunk[] = [{ key: metaKey, data: JSON.stringify({ format: searchIndexFormat, size }) }]
      index.export((key, data) => {
        if (data === undefined || data === null) return
        const text = String(data)
        const parts = Math.max(1, Math.ceil(text.length / maxChunkChars))
        for (let part = 0; part < parts; part++) chunks.push({ key: `${key}#${part}`, data: text.slice(part * maxChunkChars, (part + 1) * maxChunkChars) })
      })
      return chunks
    }
  }
  return api
}

export function createFeedbackSearchIndex(rows: Iterable<SearchableFeedback> = []): FeedbackSearchIndex {
  const index = wrap(new Index(indexOptions), 0)
  for (const row of rows) index.add(row)
  return index
}

/** Rebuilds an index from exported chunks, in any order. */
export function importFeedbackSearchIndex(chunks: readonly SearchIndexChunk[]): SearchIndexImport {
  const meta = chunks.find((c) => c.key === metaKey)
  if (!meta) return { ok: false, reason: 'The saved search index has no format record: rebuild it.' }
  let parsed: { format?: unknown; size?: unknown }
  try {
    parsed = JSON.parse(meta.data) as { format?: unknown; size?: unknown }
  } catch {
    return { ok: false, reason: 'The saved search index format record is unreadable: rebuild it.' }
  }
  if (parsed.format !== searchIndexFormat) return { ok: false, reason: `The saved search index is in format ${String(parsed.format)}, not ${searchIndexFormat}: rebuild it.` }

  const parts = new Map<string, { part: number; data: string }[]>()
  for (const chunk of chunks) {
    if (chunk.key === metaKey) continue
    const hash = chunk.key.lastIndexOf('#')
    const key = hash < 0 ? chunk.key : chunk.key.slice(0, hash)
    const part = hash < 0 ? 0 : Number(chunk.key.slice(hash + 1))
    parts.set(key, [...(parts.get(key) ?? []), { part, data: chunk.data }])
  }
  const index = new Index(indexOptions)
  // FlexSearch needs the registry of ids before the map that refers to them.
  const order = (key: string) => (key.endsWith('reg') ? 0 : key.endsWith('cfg') ? 1 : key.endsWith('map') ? 2 : 3)
  try {
    for (const key of [...parts.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b, 'en', { numeric: true }))) {
      const data = (parts.get(key) ?? []).sort((a, b) => a.part - b.part).map((p) => p.data).join('')
      index.import(key, data)
    }
  } catch (error) {
    return { ok: false, reason: `The saved search index could not be read (${error instanceof Error ? error.message : String(error)}): rebuild it.` }
  }
  return { ok: true, index: wrap(index, typeof parsed.size === 'number' ? parsed.size : 0) }
}
