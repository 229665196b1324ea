import { Badge } from '@mantine/core'
import type { EffectiveRunStatus } from '@shared/domain/playbooks/playbook'
import { runStatusLook } from '../labels'

export function RunStatusBadge({ status }: { status: EffectiveRunStatus }) {
  return (
    <Badge variant="light" color={runStatusLook[status].color}>
      {runStatusLook[status].label}
    </Badge>
  )
}
