import { Anchor, Card, Group, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

/** One card of the dashboard: a title, a link to the page behind it, and what needs attention. */
export function DashboardCard({ title, href, linkLabel, children }: { title: string; href: string; linkLabel: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Anchor href={href} size="sm">
          {linkLabel}
        </Anchor>
      </Group>
      {children}
    </Card>
  )
}

export function AllClear({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  )
}
