import { EmptyState, Paper } from '@mantine/core'
import type { ReactNode } from 'react'

/** What the page is for and the first thing to do, instead of a blank table. */
export function TeachingEmptyState({ icon, title, description, actions }: { icon: ReactNode; title: string; description: ReactNode; actions: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="xl">
      <EmptyState variant="light" maw={560} mx="auto">
        <EmptyState.Indicator>{icon}</EmptyState.Indicator>
        <EmptyState.Title order={2}>{title}</EmptyState.Title>
        <EmptyState.Description>{description}</EmptyState.Description>
        <EmptyState.Actions>{actions}</EmptyState.Actions>
      </EmptyState>
    </Paper>
  )
}
