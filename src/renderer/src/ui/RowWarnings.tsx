import { Table } from '@mantine/core'
import { writeCsv } from '@shared/csv/writeCsv'
import { formatCount } from '@shared/format/money'
import { RowListCard, saveRowList, shownRows } from './RowListCard'

/** A cell of a row that is imported, but without that value (or not as written): row, column, the cell and why. */
export interface RowWarning {
  row: number
  column?: string
  value?: string
  /** The whole sentence, "Row 7, column "Seats used": …"; the list shows it without its row and column. */
  message: string
}

/** The warning list as the CSV a person opens in a spreadsheet: writeCsv guards cells that look like formulas. */
export function rowWarningsCsv(warnings: readonly RowWarning[]): string {
  return writeCsv(['row', 'column', 'value', 'message'], warnings.map((warning) => [warning.row, warning.column ?? '', warning.value ?? '', warning.message]))
}

const withoutPlace = (message: string) => message.replace(/^Row \d+(?:, column "[^"]*")?(?:, |: )/, '')

/** Warnings of rows that are imported, as `row, column, value, problem`: the first 100 here, all of them as a CSV download. */
export function RowWarnings({ fileName, warnings }: { fileName: string; warnings: readonly RowWarning[] }) {
  if (warnings.length === 0) return null
  const rows = new Set(warnings.map((warning) => warning.row)).size
  const listed = Math.min(warnings.length, shownRows)
  return (
    <RowListCard
      title={`Warnings: ${formatCount(warnings.length)} in ${formatCount(rows)} ${rows === 1 ? 'row' : 'rows'}`}
      description="These rows are imported; each value named here is left empty or stored as the problem says. Fix the cell in the file and import it again, or edit the record afterwards."
      listed={listed}
      total={warnings.length}
      downloadLabel="Download the warning list (CSV)"
      onDownload={() => void saveRowList(fileName, 'warnings', rowWarningsCsv(warnings))}
      tableLabel="Row warnings"
      columns={[{ label: 'Row', width: 80, numeric: true }, { label: 'Column', width: 180 }, { label: 'Value', width: 180 }, 'Problem']}
    >
      {warnings.slice(0, listed).map((warning, index) => (
        <Table.Tr key={`${warning.row}-${index}`}>
          <Table.Td ta="right">{formatCount(warning.row)}</Table.Td>
          <Table.Td>{warning.column ?? '—'}</Table.Td>
          <Table.Td style={{ overflowWrap: 'anywhere' }}>{warning.value ?? '—'}</Table.Td>
          <Table.Td>{withoutPlace(warning.message)}</Table.Td>
        </Table.Tr>
      ))}
    </RowListCard>
  )
}
