import { Badge, Group } from '@mantine/core'
import type { PlaybookBadge } from '@shared/domain/playbooks/reviewState'
import { badgeLook } from './labels'

export function PlaybookBadges({ badges }: { badges: PlaybookBadge[] }) {
  return (
    <Group gap={4}>
      {badges.map((badge) => (
        <Badge key={badge} size="sm" variant="light" color={badgeLook[badge].color}>
          {badgeLook[badge].label}
        </Badge>
      ))}
    </Group>
  )
}
