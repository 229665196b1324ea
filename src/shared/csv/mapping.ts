import { z } from 'zod'

/** The feedback fields a column can be mapped to (see ImportedFeedbackFields); every other column goes to `extra`. */
export const feedbackFields = [
  'text', 'title', 'receivedAt', 'customerName', 'customerEmail', 'company', 'plan', 'revenue', 'rating',
  'source', 'externalId', 'importedTags', 'url', 'voterCount'
] as const
export type FeedbackField = (typeof feedbackFields)[number]

const columns = z.array(z.string()).min(1)
/** 0..1: how sure auto-mapping is; 1 for known exports, presets and the user's own choices. */
const confidence = z.number().min(0).max(1).optional()
const decimalSeparator = z.enum([',', '.']).optional()
const plain = z.object({ columns, confidence })

/**
 * Which column(s) feed each field, with the options that field needs. Several columns are joined:
 * text with a blank line between them (title + body), other text fields with a space (first + last name),
 * tags from all of them. Plain JSON, so an ImportBatch or a MappingPreset can store it as is.
 */
export const mappingSchema = z.object({
  text: plain.optional(),
  title: plain.optional(),
  receivedAt: z
    .object({
      columns,
      confidence,
      /** For numeric dates like 03/04/2026; left out when the column does not need it or could not tell. */
      dayMonthOrder: z.enum(['day-first', 'month-first']).optional(),
      /** For values without an offset: "UTC+01:00" or an IANA name; from the header when it names one. */
      timeZone: z.string().optional()
    })
    .optional(),
  customerName: plain.optional(),
  customerEmail: plain.optional(),
  company: plain.optional(),
  plan: plain.optional(),
  revenue: z
    .object({
      columns,
      confidence,
      /** ARR is divided by 12 on import: feedback stores MRR. */
      kind: z.enum(['mrr', 'arr']),
      /** Used when a value carries no symbol or code of its own. */
      currency: z.string().regex(/^[A-Z]{3}$/).optional(),
      decimalSeparator
    })
    .optional(),
  rating: z
    .object({
      columns,
      confidence,
      decimalSeparator,
      /**
       * Words to numbers for categorical ratings (Zendesk's "Good"/"Bad", "Very satisfied"…), keyed by the value
       * lower-cased and trimmed; null leaves the rating empty on purpose ("Offered", "Unoffered") with no warning.
       */
      valueMap: z.record(z.string(), z.number().nullable()).optional()
    })
    .optional(),
  source: plain.optional(),
  externalId: plain.optional(),
  importedTags: z
    .object({
      columns,
      confidence,
      /** 'punctuation' splits on , ; | (the default); 'whitespace' also on spaces (Zendesk tags). */
      split: z.enum(['punctuation', 'whitespace']).optional()
    })
    .optional(),
  url: plain.optional(),
  voterCount: z.object({ columns, confidence, decimalSeparator }).optional()
})
export type Mapping = z.infer<typeof mappingSchema>

/** A stored mapping (preset, import batch) read back, or undefined when it no longer fits the schema. */
export function readMapping(stored: unknown): Mapping | undefined {
  const parsed = mappingSchema.safeParse(stored)
  return parsed.success ? parsed.data : undefined
}

/** Every column some field reads; the rest become extra attributes. */
export function mappedColumns(mapping: Mapping): Set<string> {
  const used = new Set<string>()
  for (const field of feedbackFields) for (const column of mapping[field]?.columns ?? []) used.add(column)
  return used
}

/** Columns a mapping names that the file does not have (a preset made for another version of the export). */
export function missingColumns(mapping: Mapping, headers: string[]): string[] {
  const present = new Set(headers)
  return [...mappedColumns(mapping)].filter((column) => !present.has(column))
}

/** Lower-case, accents and punctuation dropped, words single-spaced: "Created at (UTC)" → "created at utc". */
export function normaliseHeader(header: string): string {
  const words = header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
  return words || header.trim()
}

/** MappingPreset.headerSignature: the same header, however it is spelled or punctuated, gives the same signature. */
export function headerSignature(headers: string[]): string {
  return headers.map(normaliseHeader).join('|')
}
