import { ScrollArea, Table, Text, Tooltip } from '@mantine/core'
import type { MappedFeedback } from '@shared/csv'
import { formatCount, formatMoney } from '@shared/format/money'
import { feedbackDateExact } from '@shared/format/feedbackDate'
import { dateFormat } from '@shared/format/intlCache'
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

/** The clock time of an instant in the file's zone, or nothing when the runtime cannot show that zone. */
function timeInZone(iso: string, zone: string): string | undefined {
  try {
    return dateFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(new Date(iso))
  } catch {
    return undefined
  }
}

function Received({ row, fileZone }: { row: MappedFeedback; fileZone?: string }) {
  if (row.undated) return <>— (no date: the import’s time)</>
  const inFile = fileZone && !row.receivedDate ? timeInZone(row.receivedAt, fileZone) : undefined
  return (
    <>
      {feedbackDateExact(row)}
      {inFile && (
        <Text size="xs" c="dimmed">
          {inFile} in {fileZone}
        </Text>
      )}
    </>
  )
}

/**
 * The first rows exactly as they will be stored; revenue and rating appear when the file has them.
 * Times show on the user's clock, and on the file's too when its zone is another.
 */
export function PreviewRows({ rows, fileZone }: { rows: MappedFeedback[]; fileZone?: string }) {
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
              <Table.Td style={{ whiteSpace: 'nowrap' }}><Received row={row} fileZone={fileZone} /></Table.Td>
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
