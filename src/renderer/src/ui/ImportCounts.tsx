import { SimpleGrid, Paper, Text } from '@mantine/core'
import { formatCount } from '@shared/format/money'

export function ImportCounts({ created, updated, unchanged, rejected, verb }: { created: number; updated: number; unchanged: number; rejected: number; verb: 'will be' | 'were' }) {
  const tiles: [string, number, string][] = [
    ['New', created, 'teal'],
    ['Updated', updated, 'blue'],
    ['Unchanged', unchanged, 'gray'],
    ['Rejected', rejected, 'red']
  ]
  return (
    <SimpleGrid cols={4} spacing="sm" role="list" aria-label="Import counts">
      {tiles.map(([label, value, color]) => (
        <Paper key={label} withBorder p="sm" role="listitem" aria-label={`${label}: ${formatCount(value)}`}>
          <Text size="xl" fw={700} c={value > 0 ? color : undefined}>
            {formatCount(value)}
          </Text>
          <Text size="xs" c="dimmed">
            {label} {label === 'Rejected' ? `rows (${verb} skipped)` : `items ${verb === 'will be' ? 'to import' : ''}`}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  )
}
