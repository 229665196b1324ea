import { ScrollArea, Table, Text, Tooltip } from '@mantine/core'
import type { MappedFeedback } from '@shared/csv'
import { formatCount, formatMoney } from '@shared/format/money'
import { feedbackDateExact } from '@shared/format/feedbackDate'
import { TableHead, type HeadColumn } from '../../../ui/TableHead'

function revenueOf(row: MappedFeedback): string {
  if (row.revenue === undefined) return '—'
  return row.revenueCurrency ? formatMoney(row.revenue, row.revenueCurrency) : formatCount(row.revenue)
}

/** Columns not mapped to a field travel with the item as extra attributes; the tooltip names them. */
function ExtraColumns({ extra }: { extra: MappedFeedback['extra'] }) {
  const names = Object.keys(extra)
  if (names.length === 0) return <Text size="xs" c="dimmed">—</Text>
  return (
    <Tooltip label={names.join(', ')} multiline maw={360} openDelay={300}>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {formatCount(names.length)} {names.length === 1 ? 'column' : 'columns'}
      </Text>
    </Tooltip>
  )
}

/** The first rows exactly as they will be stored; revenue and rating appear when the file has them. */
export function PreviewRows({ rows }: { rows: MappedFeedback[] }) {
  const withRevenue = rows.some((row) => row.revenue !== undefined)
  const withRating = rows.some((row) => row.rating !== undefined)
  const columns: (string | HeadColumn)[] = [
    'Feedback',
    'Received',
    'Customer',
    'Company',
    ...(withRevenue ? [{ label: 'Revenue', numeric: true }] : []),
    ...(withRating ? [{ label: 'Rating', numeric: true }] : []),
    'Tags',
    'Extra'
  ]
  return (
    <ScrollArea>
      <Table aria-label="Preview of the first rows" striped verticalSpacing={4} miw={900}>
        <TableHead columns={columns} />
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.dedupeKey}>
              <Table.Td maw={420}>
                <Text size="sm" lineClamp={2}>
                  {row.title ? `${row.title} — ` : ''}
                  {row.text}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.undated ? '— (no date: the import’s time)' : feedbackDateExact(row)}</Table.Td>
              <Table.Td>{row.customerName ?? row.customerEmail ?? '—'}</Table.Td>
              <Table.Td>{row.company ?? '—'}</Table.Td>
              {withRevenue && <Table.Td ta="right">{revenueOf(row)}</Table.Td>}
              {withRating && <Table.Td ta="right">{row.rating !== undefined ? formatCount(row.rating) : '—'}</Table.Td>}
              <Table.Td>{row.importedTags.length > 0 ? row.importedTags.join(', ') : '—'}</Table.Td>
              <Table.Td>
                <ExtraColumns extra={row.extra} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  )
}
