import { cycleMonths } from './billingCycle'
import { addDays, addMonths, isIsoDate, type IsoDate } from './isoDate'
import type { Tool } from './tool'

type RenewalFields = Pick<Tool, 'contractEnd' | 'noticeDays' | 'autoRenew' | 'billingCycle' | 'cycleMonths'>

export interface NoticeDeadline {
  /** The last day to give notice: contract end − notice days. */
  deadline: IsoDate
  /** The end of the term this deadline belongs to; for an auto-renewing contract, the day before it renews. */
  contractEnd: IsoDate
  /** True when the contract renews itself after `contractEnd` unless notice is given. */
  renews: boolean
  noticeDays: number
}

/**
 * Term ends, first the recorded one, then (auto-renew only) one billing cycle
 * after another. Each is counted from the recorded end, so a contract ending
 * Jan 31 renews on Feb 28 and then Mar 31, not Mar 28.
 */
function* termEnds(tool: RenewalFields): Generator<IsoDate> {
  const end = tool.contractEnd
  if (end === undefined || !isIsoDate(end)) return
  yield end
  const months = cycleMonths(tool)
  if (!tool.autoRenew || months === undefined) return
  for (let term = 1; ; term++) yield addMonths(end, term * months)
}

function deadlineFor(tool: RenewalFields, contractEnd: IsoDate): NoticeDeadline {
  // No notice period means notice can be given up to the last day.
  // A contract that does not renew needs no notice: the day to decide by is the end of its term.
  const noticeDays = tool.autoRenew && tool.noticeDays !== undefined && tool.noticeDays > 0 ? tool.noticeDays : 0
  return { deadline: addDays(contractEnd, -noticeDays), contractEnd, renews: tool.autoRenew, noticeDays }
}

/**
 * The notice deadline of the term that is current on `today`. A contract
 * without an end date has none. When it renews automatically and its recorded
 * end has passed, the end is rolled forward by the billing cycle (the renewal
 * term) until it is today or later. Without auto-renew the deadline stays on
 * the recorded end, read as the last day to decide, even once it has passed.
 */
export function noticeDeadline(tool: RenewalFields, today: IsoDate): NoticeDeadline | undefined {
  let last: IsoDate | undefined
  for (const end of termEnds(tool)) {
    last = end
    if (end >= today) break
  }
  return last === undefined ? undefined : deadlineFor(tool, last)
}

/**
 * The deadline worth reminding about on `today`: none for a cancelled tool or
 * a contract that is over (ended without renewing), else `noticeDeadline`.
 */
export function trackedDeadline(tool: RenewalFields & Pick<Tool, 'status'> & Partial<Pick<Tool, 'renewalDecision'>>, today: IsoDate): NoticeDeadline | undefined {
  if (tool.status === 'cancelled') return undefined
  const current = noticeDeadline(tool, today)
  // A decision recorded for this term closes its alerts.
  if (current && tool.renewalDecision?.forContractEnd === current.contractEnd) return undefined
  return current && current.contractEnd >= today ? current : undefined
}

/** Every notice deadline that falls within [from, to], one per term, in order. */
export function deadlinesBetween(tool: RenewalFields, from: IsoDate, to: IsoDate): NoticeDeadline[] {
  const found: NoticeDeadline[] = []
  for (const end of termEnds(tool)) {
    const term = deadlineFor(tool, end)
    if (term.deadline > to) break
    if (term.deadline >= from) found.push(term)
  }
  return found
}

/**
 * What a tool's contract asks of the user on `today`. An auto-renewing contract
 * has a notice deadline, overdue once it has passed while the renewal is still
 * ahead. A contract that does not renew has no notice to give: its end of term
 * is the day to decide by.
 */
export type RenewalOutlook =
  | { kind: 'notice'; deadline: NoticeDeadline; overdue: boolean }
  | { kind: 'end-of-term'; contractEnd: IsoDate; ended: boolean }
  | { kind: 'none'; reason: string }

export function renewalOutlook(tool: RenewalFields & Pick<Tool, 'status'> & Partial<Pick<Tool, 'renewalDecision'>>, today: IsoDate): RenewalOutlook {
  if (tool.status === 'cancelled') return { kind: 'none', reason: 'Cancelled' }
  if (tool.contractEnd === undefined || !isIsoDate(tool.contractEnd)) return { kind: 'none', reason: 'No contract end' }
  if (!tool.autoRenew) return { kind: 'end-of-term', contractEnd: tool.contractEnd, ended: tool.contractEnd < today }
  const deadline = noticeDeadline(tool, today)
  if (!deadline) return { kind: 'none', reason: 'No contract end' }
  const decided = tool.renewalDecision?.forContractEnd === deadline.contractEnd
  return { kind: 'notice', deadline, overdue: !decided && deadline.deadline < today && deadline.contractEnd >= today }
}
