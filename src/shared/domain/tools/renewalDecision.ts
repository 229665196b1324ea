import { annualisedCost } from './cost'
import { addMonths, daysBetween, type IsoDate } from './isoDate'
import { cycleMonths } from './billingCycle'
import { renewalOutlook } from './renewal'
import type { RenewalDecision, RenewalDecisionKind, Tool } from './tool'

export const decisionLabels: Record<RenewalDecisionKind, string> = { renew: 'Renew', renegotiate: 'Renegotiate', downgrade: 'Downgrade', cancel: 'Cancel' }

/** True when the user has decided about the term that ends on `contractEnd`: its alerts are closed. */
export function isDecided(tool: Pick<Tool, 'renewalDecision'>, contractEnd: IsoDate): boolean {
  return tool.renewalDecision?.forContractEnd === contractEnd
}

/** New terms agreed with the decision; what is left out stays as it was. */
export interface DecisionTerms {
  amount?: number
  seatsPurchased?: number
  contractEnd?: IsoDate
}

export interface DecisionInput {
  kind: RenewalDecisionKind
  decidedBy: string
  decidedOn: IsoDate
  /** The end of the term decided about. */
  forContractEnd: IsoDate
  terms: DecisionTerms
  note?: string
}

/**
 * The changes a renewal decision makes to a tool: the decision itself (with
 * the annual cost before it, for the saving), the new terms, and for a
 * cancellation no further renewal.
 */
export function decisionChanges(tool: Tool, input: DecisionInput): Partial<Tool> {
  const decision: RenewalDecision = {
    kind: input.kind,
    decidedBy: input.decidedBy.trim(),
    decidedOn: input.decidedOn,
    forContractEnd: input.forContractEnd,
    previousAnnual: annualisedCost(tool),
    ...(input.note?.trim() ? { note: input.note.trim() } : {})
  }
  const changes: Partial<Tool> = { renewalDecision: decision }
  if (input.terms.amount !== undefined) changes.amount = input.terms.amount
  if (input.terms.seatsPurchased !== undefined) changes.seatsPurchased = input.terms.seatsPurchased
  if (input.terms.contractEnd !== undefined) changes.contractEnd = input.terms.contractEnd
  if (input.kind === 'cancel') {
    changes.autoRenew = false
    changes.status = tool.status === 'cancelled' ? 'cancelled' : 'deprecated'
  }
  return changes
}

/** Annual cost saved by the decision, in the tool's currency: the annual cost before it minus the one now; undefined when either is unknown. */
export function decisionSaving(tool: Tool): number | undefined {
  const before = tool.renewalDecision?.previousAnnual
  if (before === undefined) return undefined
  if (tool.renewalDecision?.kind === 'cancel') return before
  const now = annualisedCost(tool)
  return now === undefined ? undefined : before - now
}

/** What renewing costs: the price of one billing period for all the seats. */
export function termCost(tool: Pick<Tool, 'pricing' | 'amount' | 'billingCycle' | 'seatsPurchased'>): number | undefined {
  if (tool.billingCycle === 'free') return 0
  const units = tool.pricing === 'per-seat' ? tool.seatsPurchased : 1
  return units === undefined ? undefined : tool.amount * units
}

/** The length of the term in days, counted back from its end; undefined when the term length is not known. */
export function termDays(tool: Pick<Tool, 'billingCycle' | 'cycleMonths' | 'contractEnd'>): number | undefined {
  const months = cycleMonths(tool)
  if (months === undefined) return undefined
  if (tool.contractEnd) return daysBetween(addMonths(tool.contractEnd, -months), tool.contractEnd)
  return Math.round(months * 30.44)
}

export type ContractWarning = { kind: 'seats-over'; message: string } | { kind: 'notice-longer-than-term'; message: string }

/** What the numbers of a contract contradict: more seats used than bought, a notice period longer than the term. */
export function contractWarnings(tool: Pick<Tool, 'seatsPurchased' | 'seatsUsed' | 'noticeDays' | 'autoRenew' | 'billingCycle' | 'cycleMonths' | 'contractEnd'>): ContractWarning[] {
  const warnings: ContractWarning[] = []
  if (tool.seatsPurchased !== undefined && tool.seatsUsed !== undefined && tool.seatsUsed > tool.seatsPurchased) {
    warnings.push({ kind: 'seats-over', message: `${tool.seatsUsed} seats used but only ${tool.seatsPurchased} bought: ${tool.seatsUsed - tool.seatsPurchased} more than the contract pays for` })
  }
  const days = termDays(tool)
  if (tool.noticeDays !== undefined && days !== undefined && tool.noticeDays > days) {
    warnings.push({ kind: 'notice-longer-than-term', message: `The notice period (${tool.noticeDays} days) is longer than the term (${days} days): notice would be due before the term begins` })
  }
  return warnings
}

export interface OverdueNotice {
  tool: Tool
  deadline: IsoDate
  /** The day the contract renews unless notice is given. */
  contractEnd: IsoDate
  daysOverdue: number
  /** What the renewal costs, in the tool's currency: one billing period for all its seats. */
  atStake?: number
}

/**
 * Notice deadlines that passed while the renewal is still ahead and nobody has
 * decided: the most expensive items in the workspace, largest amount first.
 * Snoozing does not hide them; only a recorded decision does.
 */
export function overdueNotices(tools: readonly Tool[], today: IsoDate): OverdueNotice[] {
  const found: OverdueNotice[] = []
  for (const tool of tools) {
    const outlook = renewalOutlook(tool, today)
    if (outlook.kind !== 'notice' || !outlook.overdue) continue
    found.push({ tool, deadline: outlook.deadline.deadline, contractEnd: outlook.deadline.contractEnd, daysOverdue: daysBetween(outlook.deadline.deadline, today), atStake: termCost(tool) })
  }
  return found.sort((a, b) => (b.atStake ?? 0) - (a.atStake ?? 0) || b.daysOverdue - a.daysOverdue)
}

export interface EndOfTerm {
  tool: Tool
  contractEnd: IsoDate
  daysLeft: number
}

/** Contracts that do not renew and end within `withinDays`: no notice to give, but a decision to make before the tool stops. */
export function endsOfTerm(tools: readonly Tool[], today: IsoDate, withinDays: number): EndOfTerm[] {
  const found: EndOfTerm[] = []
  for (const tool of tools) {
    const outlook = renewalOutlook(tool, today)
    if (outlook.kind !== 'end-of-term' || outlook.ended || isDecided(tool, outlook.contractEnd)) continue
    const daysLeft = daysBetween(today, outlook.contractEnd)
    if (daysLeft <= withinDays) found.push({ tool, contractEnd: outlook.contractEnd, daysLeft })
  }
  return found.sort((a, b) => a.daysLeft - b.daysLeft)
}
