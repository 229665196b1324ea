import { Group, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

/** Title, one line of purpose, and the page's actions: the description wraps, the actions never do. */
export function PageHeader({ title, description, action }: { title: string; description: string; action?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="nowrap" gap="lg">
      <Stack gap={2} miw={0}>
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed" size="sm">
          {description}
        </Text>
      </Stack>
      {action && (
        <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
          {action}
        </Group>
      )}
    </Group>
  )
}
