import type { EntityBase } from '../entity'
import type { IsoDate } from './isoDate'

/** The categories a new workspace starts with; users may add their own, so `Tool.category` is any string. */
export const defaultToolCategories = [
  'analytics',
  'feedback',
  'roadmapping',
  'design',
  'project management',
  'documentation',
  'communication',
  'experimentation',
  'support',
  'other'
] as const

export const toolStatuses = ['evaluating', 'trial', 'active', 'deprecated', 'cancelled'] as const
export type ToolStatus = (typeof toolStatuses)[number]

export const toolPricings = ['per-seat', 'flat'] as const
export type ToolPricing = (typeof toolPricings)[number]

/** 'free' costs nothing and, like 'annual', renews yearly when it renews at all. */
export const billingCycles = ['monthly', 'quarterly', 'annual', 'multi-year', 'free'] as const
export type BillingCycle = (typeof billingCycles)[number]

export const dataClassifications = ['public', 'internal', 'confidential', 'restricted'] as const
export type DataClassification = (typeof dataClassifications)[number]

export interface ToolReminderSettings {
  /** No reminder before this day; it comes back on the day itself. */
  snoozedUntil?: IsoDate
  /** The notice deadline the user dismissed; the next deadline reminds again. */
  dismissedFor?: IsoDate
}

export const renewalDecisionKinds = ['renew', 'renegotiate', 'downgrade', 'cancel'] as const
export type RenewalDecisionKind = (typeof renewalDecisionKinds)[number]

/** What the user decided about a renewal, by whom and when; it closes that term's deadline alerts. */
export interface RenewalDecision {
  kind: RenewalDecisionKind
  decidedBy: string
  decidedOn: IsoDate
  /** The end of the term the decision was about. */
  forContractEnd: IsoDate
  /** Annual cost before the decision, in the tool's currency: the saving is measured against it. */
  previousAnnual?: number
  note?: string
}

export interface Tool extends EntityBase {
  name: string
  vendor: string
  category: string
  description: string
  website: string
  /** The person who administers the tool. */
  ownerId?: string
  /** The person who answers for its budget. */
  businessOwnerId?: string
  teams: string[]
  status: ToolStatus
  statusReason?: string
  seatsPurchased?: number
  seatsUsed?: number
  /** The day the seat counts were last checked. */
  seatsVerifiedAt?: IsoDate
  pricing: ToolPricing
  /** Price per billing cycle, in `currency`; per seat when `pricing` is 'per-seat'. */
  amount: number
  /** ISO 4217 code. */
  currency: string
  billingCycle: BillingCycle
  /** Length of a multi-year term in months (e.g. 36); ignored for the other cycles. */
  cycleMonths?: number
  contractStart?: IsoDate
  /** The last day of the current term. */
  contractEnd?: IsoDate
  autoRenew: boolean
  noticeDays?: number
  sso: boolean
  dataClassification: DataClassification
  /** Ids of other tools in the inventory this one is connected to. */
  integrationIds: string[]
  notes: string
  reminder?: ToolReminderSettings
  renewalDecision?: RenewalDecision
}
