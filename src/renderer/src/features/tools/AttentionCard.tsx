import { Badge, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconCircleCheck } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { formatCount } from '@shared/format/money'

/** One list of tools that need a look: why it matters, the list, or a teaching empty state when it is clear. */
export function AttentionCard({
  title,
  description,
  count,
  empty,
  controls,
  children
}: {
  title: string
  description: string
  count: number
  empty: ReactNode
  controls?: ReactNode
  children: ReactNode
}) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb={4}>
        <Title order={2} size="h5">
          {title}
        </Title>
        <Badge variant="light" color={count > 0 ? 'orange' : 'teal'} aria-label={`${formatCount(count)} found`}>
          {formatCount(count)}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {description}
      </Text>
      {controls}
      {count === 0 ? (
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" color="teal" radius="xl" size="lg" aria-hidden>
            <IconCircleCheck size={18} />
          </ThemeIcon>
          <Text size="sm">{empty}</Text>
        </Group>
      ) : (
        <Stack gap="xs">{children}</Stack>
      )}
    </Card>
  )
}
