import { Group, Progress, Text } from '@mantine/core'
import { formatCount, formatPercent } from '@shared/format/money'
import type { Tool } from '@shared/domain/tools/tool'

function utilisationColor(share: number, threshold: number): string {
  if (share > 1) return 'grape'
  if (share < threshold) return 'orange'
  return 'teal'
}

/** Seats used against seats purchased, as a bar and a percent. */
export function UtilisationBar({ tool, utilisation, threshold }: { tool: Tool; utilisation?: number; threshold: number }) {
  if (utilisation === undefined) {
    return (
      <Text size="sm" c="dimmed">
        Unknown
      </Text>
    )
  }
  const seats = `${formatCount(tool.seatsUsed ?? 0)} of ${formatCount(tool.seatsPurchased ?? 0)} seats`
  return (
    <div>
      <Group gap={6} wrap="nowrap" justify="space-between">
        <Text size="sm" fw={500}>
          {formatPercent(utilisation)}
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {seats}
        </Text>
      </Group>
      <Progress
        value={Math.min(100, Math.round(utilisation * 100))}
        color={utilisationColor(utilisation, threshold)}
        size="sm"
        mt={4}
        aria-label={`Utilisation of ${tool.name}: ${seats} used`}
      />
    </div>
  )
}
