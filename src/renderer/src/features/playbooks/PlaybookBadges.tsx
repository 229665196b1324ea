import { Badge, Group } from '@mantine/core'
import type { PlaybookBadge } from '@shared/domain/playbooks/reviewState'

const badgeLook: Record<PlaybookBadge, { label: string; color: string }> = {
  'review-due': { label: 'Review due', color: 'yellow' },
  stale: { label: 'Stale', color: 'red' },
  'no-owner': { label: 'No owner', color: 'orange' }
}

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
