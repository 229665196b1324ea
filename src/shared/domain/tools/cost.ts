import { cycleMonths } from './billingCycle'
import type { Tool } from './tool'

type CostFields = Pick<Tool, 'pricing' | 'amount' | 'billingCycle' | 'cycleMonths' | 'seatsPurchased'>
type SeatFields = Pick<Tool, 'seatsPurchased' | 'seatsUsed'>

export type CostProblem =
  | { kind: 'no-seat-count'; message: string }
  | { kind: 'no-term-length'; message: string }

export type AnnualCost = { ok: true; amount: number } | { ok: false; problem: CostProblem }

/** Cost per year in the tool's currency, or why it cannot be known. */
export function annualCost(tool: CostFields): AnnualCost {
  if (tool.billingCycle === 'free') return { ok: true, amount: 0 }
  const months = cycleMonths(tool)
  if (months === undefined) {
    return { ok: false, problem: { kind: 'no-term-length', message: 'Billed multi-year, but the length of the term in months is missing.' } }
  }
  const units = tool.pricing === 'per-seat' ? tool.seatsPurchased : 1
  if (units === undefined) {
    return { ok: false, problem: { kind: 'no-seat-count', message: 'Priced per seat, but the number of seats purchased is missing.' } }
  }
  // Multiply before dividing, so whole amounts stay whole.
  return { ok: true, amount: (tool.amount * units * 12) / months }
}

/** Cost per year in the tool's currency; undefined when a per-seat price has no seat count or a multi-year term no length. */
export function annualisedCost(tool: CostFields): number | undefined {
  const cost = annualCost(tool)
  return cost.ok ? cost.amount : undefined
}

/** seatsUsed / seatsPurchased (above 1 when over-used); undefined when either count is unknown or nothing was purchased. */
export function utilisation(tool: SeatFields): number | undefined {
  const { seatsPurchased, seatsUsed } = tool
  if (seatsPurchased === undefined || seatsUsed === undefined || seatsPurchased <= 0) return undefined
  return seatsUsed / seatsPurchased
}

/** Annual cost divided by the seats in use. */
export function costPerUsedSeat(tool: CostFields & SeatFields): number | undefined {
  const cost = annualisedCost(tool)
  if (cost === undefined || tool.seatsUsed === undefined || tool.seatsUsed <= 0) return undefined
  return cost / tool.seatsUsed
}

/**
 * Annual cost of the seats nobody uses. For a flat price this is the share of
 * the fee that pays for idle seats: the money would not come back by removing
 * them, but it says how much of the contract is wasted.
 */
export function unusedSeatCost(tool: CostFields & SeatFields): number | undefined {
  const cost = annualisedCost(tool)
  const { seatsPurchased, seatsUsed } = tool
  if (cost === undefined || seatsPurchased === undefined || seatsUsed === undefined || seatsPurchased <= 0) return undefined
  const unused = Math.max(0, seatsPurchased - seatsUsed)
  return (cost * unused) / seatsPurchased
}
