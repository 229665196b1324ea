import { ScrollArea, Table, Text } from '@mantine/core'
import type { MappedFeedback } from '@shared/csv'
import { TableHead } from '../../../ui/TableHead'

/** The first rows exactly as they will be stored. */
export function PreviewRows({ rows }: { rows: MappedFeedback[] }) {
  return (
    <ScrollArea>
      <Table aria-label="Preview of the first rows" striped verticalSpacing={4} miw={900}>
        <TableHead columns={['Feedback', 'Received', 'Customer', 'Company', 'Revenue', 'Rating', 'Tags', 'Extra']} />
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.dedupeKey}>
              <Table.Td maw={360}>
                <Text size="sm" lineClamp={2}>
                  {row.title ? `${row.title} — ` : ''}
                  {row.text}
                </Text>
              </Table.Td>
              <Table.Td>{row.receivedAt.slice(0, 16).replace('T', ' ')}</Table.Td>
              <Table.Td>{row.customerName ?? row.customerEmail ?? '—'}</Table.Td>
              <Table.Td>{row.company ?? '—'}</Table.Td>
              <Table.Td>{row.revenue !== undefined ? `${row.revenue} ${row.revenueCurrency ?? ''}` : '—'}</Table.Td>
              <Table.Td>{row.rating ?? '—'}</Table.Td>
              <Table.Td>{row.importedTags.join(', ')}</Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {Object.keys(row.extra).length} more
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  )
}
