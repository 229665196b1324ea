import { SimpleGrid, Paper, Text } from '@mantine/core'
import { formatCount } from '@shared/format/money'

/** What an import will do or did, as four tiles; `noun` names the records ("items", "tools"). */
export function ImportCounts({ created, updated, unchanged, rejected, verb, noun = 'items' }: { created: number; updated: number; unchanged: number; rejected: number; verb: 'will be' | 'were'; noun?: string }) {
  const tiles: [string, number, string][] = [
    ['New', created, 'teal'],
    ['Updated', updated, 'blue'],
    ['Unchanged', unchanged, 'gray'],
    ['Rejected', rejected, 'red']
  ]
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" role="list" aria-label="Import counts">
      {tiles.map(([label, value, color]) => (
        <Paper key={label} withBorder p="sm" role="listitem" aria-label={`${label}: ${formatCount(value)}`}>
          <Text size="xl" fw={700} c={value > 0 ? color : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatCount(value)}
          </Text>
          <Text size="xs" c="dimmed">
            {label === 'Rejected' ? `Rejected rows (${verb} skipped)` : `${label} ${noun}${verb === 'will be' ? ' to import' : ''}`}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  )
}
