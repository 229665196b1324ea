import { Badge, CloseButton, Group, Kbd, Text } from '@mantine/core'
import type { Feedback } from '@shared/domain/feedback/feedback'
import { removeTags } from '@shared/domain/feedback/triage'
import { runTriage } from '../inbox/triageActions'

export function DetailTags({ row }: { row: Feedback }) {
  if (row.tags.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No tags. Press <Kbd>T</Kbd> to add some.
      </Text>
    )
  }
  return (
    <Group gap={6}>
      {row.tags.map((tag) => (
        <Badge
          key={tag}
          variant="light"
          rightSection={<CloseButton size="xs" aria-label={`Remove tag ${tag}`} onClick={() => void runTriage([row.id], (rows) => removeTags(rows, { tags: [tag] }))} />}
        >
          {tag}
        </Badge>
      ))}
    </Group>
  )
}
