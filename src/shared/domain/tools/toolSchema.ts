import { z } from 'zod'
import { isIsoDate } from './isoDate'
import { billingCycles, dataClassifications, renewalDecisionKinds, toolPricings, toolStatuses, type Tool } from './tool'

const isoDate = z
  .string()
  .trim()
  .refine(isIsoDate, { error: (issue) => `${JSON.stringify(issue.input)} is not a date (YYYY-MM-DD)` })

const count = z.number().int('must be a whole number').nonnegative('cannot be negative')

const toolShape = {
  id: z.string().min(1),
  name: z.string().trim().min(1, 'A tool needs a name'),
  vendor: z.string().trim().default(''),
  category: z.string().trim().min(1).default('other'),
  description: z.string().default(''),
  website: z.string().trim().default(''),
  ownerId: z.string().min(1).optional(),
  businessOwnerId: z.string().min(1).optional(),
  teams: z.array(z.string().trim().min(1)).default([]),
  status: z.enum(toolStatuses).default('active'),
  statusReason: z.string().optional(),
  seatsPurchased: count.optional(),
  seatsUsed: count.optional(),
  seatsVerifiedAt: isoDate.optional(),
  pricing: z.enum(toolPricings).default('flat'),
  amount: z.number().nonnegative('cannot be negative').default(0),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as EUR or USD'),
  billingCycle: z.enum(billingCycles).default('annual'),
  cycleMonths: z.number().int('must be a whole number').min(1).optional(),
  contractStart: isoDate.optional(),
  contractEnd: isoDate.optional(),
  autoRenew: z.boolean().default(false),
  noticeDays: count.optional(),
  sso: z.boolean().default(false),
  dataClassification: z.enum(dataClassifications).default('internal'),
  integrationIds: z.array(z.string().min(1)).default([]),
  notes: z.string().default(''),
  reminder: z.object({ snoozedUntil: isoDate.optional(), dismissedFor: isoDate.optional() }).optional(),
  renewalDecision: z
    .object({
      kind: z.enum(renewalDecisionKinds),
      decidedBy: z.string().trim().min(1, 'Say who decided'),
      decidedOn: isoDate,
      forContractEnd: isoDate,
      previousAnnual: z.number().nonnegative().optional(),
      note: z.string().optional()
    })
    .optional(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true })
}

interface CrossFieldInput {
  billingCycle: string
  cycleMonths?: number
  contractStart?: string
  contractEnd?: string
}

function checkCrossFields(tool: CrossFieldInput, ctx: z.RefinementCtx): void {
  if (tool.billingCycle === 'multi-year' && tool.cycleMonths === undefined) {
    ctx.addIssue({ code: 'custom', path: ['cycleMonths'], message: 'A multi-year contract needs its length in months (e.g. 36)' })
  }
  if (tool.contractStart && tool.contractEnd && tool.contractEnd < tool.contractStart) {
    ctx.addIssue({
      code: 'custom',
      path: ['contractEnd'],
      message: `The contract ends (${tool.contractEnd}) before it starts (${tool.contractStart})`
    })
  }
}

const toolObject = z.object(toolShape)

/** A stored tool, e.g. from a backup or an import of our own export. */
export const toolSchema = toolObject.superRefine(checkCrossFields)

/** What a form or a CSV row supplies: everything but the fields the repository sets. */
export const toolFieldsSchema = toolObject.omit({ id: true, createdAt: true, updatedAt: true }).superRefine(checkCrossFields)

// Fails to compile when the schema and the Tool type drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _schemaMatchesType: Same<z.output<typeof toolSchema>, Tool> = true
void _schemaMatchesType
