import { lowUtilisation, overlaps, toolsWithoutOwner, unverifiedSeats } from '@shared/domain/tools/insights'
import type { Inventory } from './useInventory'

export const seatVerificationDays = 90

/** Everything the Attention tab lists, so the tab's badge and the lists agree. */
export function attentionFindings({ tools, settings, context }: Pick<Inventory, 'tools' | 'settings' | 'context'>) {
  return {
    noOwner: toolsWithoutOwner(tools),
    lowUse: lowUtilisation(tools, settings.lowUtilisationThreshold),
    unverified: unverifiedSeats(tools, context.today, seatVerificationDays),
    overlapping: overlaps(tools)
  }
}

export function attentionCount(findings: ReturnType<typeof attentionFindings>): number {
  return findings.noOwner.length + findings.lowUse.length + findings.unverified.length + findings.overlapping.length
}
