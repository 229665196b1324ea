import { z } from 'zod'
import { feedbackStatuses } from './feedback'
import type { FeedbackFilter } from './feedbackFilters'

const strings = z.array(z.string())
const bound = z.number().refine(Number.isFinite)

export const feedbackFilterSchema = z.object({
  status: z.array(z.enum(feedbackStatuses)).optional(),
  source: strings.optional(),
  themeId: strings.optional(),
  tag: strings.optional(),
  company: strings.optional(),
  plan: strings.optional(),
  dateFrom: z.string().optional(),
  dateTo: z.string().optional(),
  ratingMin: bound.optional(),
  ratingMax: bound.optional(),
  revenueMin: bound.optional(),
  revenueMax: bound.optional(),
  batchId: z.string().optional(),
  text: z.string().optional(),
  extra: z.record(z.string(), z.string()).optional(),
  merged: z.enum(['exclude', 'only']).optional()
})

/**
 * A filter read back from a saved view, field by field: a field that no
 * longer fits (an old status name, a number stored as text) is dropped rather
 * than losing the whole view. Unknown fields are dropped too.
 */
export function parseFeedbackFilter(value: unknown): FeedbackFilter {
  if (!value || typeof value !== 'object') return {}
  const filter: Record<string, unknown> = {}
  for (const [key, schema] of Object.entries(feedbackFilterSchema.shape)) {
    const field = (value as Record<string, unknown>)[key]
    if (field === undefined) continue
    const parsed = schema.safeParse(field)
    if (parsed.success) filter[key] = parsed.data
  }
  return filter as FeedbackFilter
}
