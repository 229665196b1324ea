import { lowUtilisation, overlaps, toolsWithoutOwner, unverifiedSeats } from '@shared/domain/tools/insights'
import { contractWarnings, endsOfTerm, overdueNotices } from '@shared/domain/tools/renewalDecision'
import type { Inventory } from './useInventory'

export const seatVerificationDays = 90
export const endOfTermDays = 60

/** Everything the Attention tab lists, so the tab's badge and the lists agree. */
export function attentionFindings({ tools, settings, context }: Pick<Inventory, 'tools' | 'settings' | 'context'>) {
  return {
    overdue: overdueNotices(tools, context.today),
    endOfTerm: endsOfTerm(tools, context.today, endOfTermDays),
    warnings: tools.filter((tool) => tool.status !== 'cancelled').flatMap((tool) => contractWarnings(tool).map((warning) => ({ tool, warning }))),
    noOwner: toolsWithoutOwner(tools),
    lowUse: lowUtilisation(tools, settings.lowUtilisationThreshold),
    unverified: unverifiedSeats(tools, context.today, seatVerificationDays),
    overlapping: overlaps(tools)
  }
}

export function attentionCount(findings: ReturnType<typeof attentionFindings>): number {
  return findings.overdue.length + findings.endOfTerm.length + findings.warnings.length + findings.noOwner.length + findings.lowUse.length + findings.unverified.length + findings.overlapping.length
}
