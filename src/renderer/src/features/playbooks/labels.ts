import type { EffectiveRunStatus, PlaybookCategory, PlaybookStatus, RaciRole } from '@shared/domain/playbooks/playbook'
import type { PlaybookBadge, ReviewState } from '@shared/domain/playbooks/reviewState'

export const categoryLabel: Record<PlaybookCategory, string> = { process: 'Process', 'best-practice': 'Best practice', training: 'Training' }

export const statusLabel: Record<PlaybookStatus, string> = { draft: 'Draft', published: 'Published', archived: 'Archived' }

export const statusColor: Record<PlaybookStatus, string> = { draft: 'gray', published: 'teal', archived: 'dark' }

export const raciLabel: Record<RaciRole, string> = { responsible: 'Responsible', accountable: 'Accountable', consulted: 'Consulted', informed: 'Informed' }

export const reviewStateLabel: Record<ReviewState, string> = { ok: 'Reviewed on time', due: 'Review due', stale: 'Stale', 'no-cadence': 'No review cadence' }

export const badgeLook: Record<PlaybookBadge, { label: string; color: string }> = {
  'review-due': { label: 'Review due', color: 'yellow' },
  stale: { label: 'Stale', color: 'red' },
  'no-owner': { label: 'No owner', color: 'orange' }
}

export const runStatusLook: Record<EffectiveRunStatus, { label: string; color: string }> = {
  active: { label: 'Active', color: 'blue' },
  blocked: { label: 'Blocked', color: 'orange' },
  done: { label: 'Done', color: 'teal' },
  overdue: { label: 'Overdue', color: 'red' }
}
