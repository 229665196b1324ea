import { Table } from '@mantine/core'
import { writeCsv } from '@shared/csv/writeCsv'
import { formatCount } from '@shared/format/money'
import { RowListCard, saveRowList, shownRows } from './RowListCard'

/** A problem with one row of a file: its row number, the column when known, and a message a person can act on. */
export interface RowError {
  row: number
  column?: string
  message: string
}

/** The error list as the CSV a person opens in a spreadsheet: a message quoting a cell may hold a formula. */
export function rowErrorsCsv(errors: readonly RowError[]): string {
  return writeCsv(['row', 'column', 'message'], errors.map((error) => [error.row, error.column ?? '', error.message]))
}

/** Row errors as `row, column, message`: the first 100 here, all of them as a CSV download. */
export function RowErrors({ fileName, errors, total }: { fileName: string; errors: RowError[]; total: number }) {
  if (total === 0) return null
  const listed = Math.min(errors.length, shownRows)
  return (
    <RowListCard
      title={`${formatCount(total)} ${total === 1 ? 'row' : 'rows'} cannot be imported`}
      listed={listed}
      total={total}
      downloadLabel="Download the error list (CSV)"
      onDownload={() => void saveRowList(fileName, 'errors', rowErrorsCsv(errors))}
      tableLabel="Row errors"
      columns={[{ label: 'Row', width: 80, numeric: true }, { label: 'Column', width: 180 }, 'Problem']}
    >
      {errors.slice(0, listed).map((error, index) => (
        <Table.Tr key={`${error.row}-${index}`}>
          <Table.Td ta="right">{formatCount(error.row)}</Table.Td>
          <Table.Td>{error.column ?? '—'}</Table.Td>
          <Table.Td>{error.message}</Table.Td>
        </Table.Tr>
      ))}
    </RowListCard>
  )
}
