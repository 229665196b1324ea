import { Button, Card, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { ErrorBoundary } from './ErrorBoundary'

/** A dashboard card that fails shows why in its own place; the other cards carry on. */
export function CardBoundary({ title, children }: { title: string; children: ReactNode }) {
  return (
    <ErrorBoundary
      where={`Dashboard card ${title}`}
      fallback={(error, retry) => (
        <Card withBorder radius="md" padding="lg" component="section" aria-label={title}>
          <Title order={2} size="h4" mb="xs">
            {title}
          </Title>
          <Text size="sm" c="red">
            This card could not be shown: {error.message}
          </Text>
          <Button size="compact-sm" variant="subtle" mt="xs" onClick={retry}>
            Try again
          </Button>
        </Card>
      )}
    >
      {children}
    </ErrorBoundary>
  )
}
