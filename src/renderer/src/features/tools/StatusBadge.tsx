import { Badge } from '@mantine/core'
import { fittingBadge } from './badgeFit'
import type { ToolStatus } from '@shared/domain/tools/tool'

const statusColor: Record<ToolStatus, string> = {
  evaluating: 'blue',
  trial: 'cyan',
  active: 'teal',
  deprecated: 'yellow',
  cancelled: 'gray'
}

export const statusLabel: Record<ToolStatus, string> = {
  evaluating: 'Evaluating',
  trial: 'Trial',
  active: 'Active',
  deprecated: 'Deprecated',
  cancelled: 'Cancelled'
}

export function StatusBadge({ status }: { status: ToolStatus }) {
  return (
    <Badge variant="outline" color={statusColor[status]} styles={fittingBadge} style={{ flexShrink: 0 }}>
      {statusLabel[status]}
    </Badge>
  )
}
