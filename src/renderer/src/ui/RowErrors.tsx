import { Button, Card, Group, Table, Text } from '@mantine/core'
import { writeCsv } from '@shared/csv/writeCsv'
import { formatCount } from '@shared/format/money'
import { getBridge } from '../bridge'
import { notifyError } from './notify'
import { TableHead } from './TableHead'

/** A problem with one row of a file: its row number, the column when known, and a message a person can act on. */
export interface RowError {
  row: number
  column?: string
  message: string
}

const shownErrors = 100

/** The error list as the CSV a person opens in a spreadsheet: a message quoting a cell may hold a formula. */
export function rowErrorsCsv(errors: readonly RowError[]): string {
  return writeCsv(['row', 'column', 'message'], errors.map((error) => [error.row, error.column ?? '', error.message]))
}

async function downloadErrors(fileName: string, errors: RowError[]) {
  try {
    await getBridge().saveFile({ suggestedName: `${fileName.replace(/\.[^.]+$/, '')}-errors.csv`, filters: [{ name: 'CSV', extensions: ['csv'] }], data: rowErrorsCsv(errors) })
  } catch (error) {
    notifyError('Could not save the error list', error)
  }
}

/** Row errors as `row, column, message`: the first 100 here, all of them as a CSV download. */
export function RowErrors({ fileName, errors, total }: { fileName: string; errors: RowError[]; total: number }) {
  if (total === 0) return null
  const listed = Math.min(errors.length, shownErrors)
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text size="sm" fw={600}>
          {formatCount(total)} {total === 1 ? 'row' : 'rows'} cannot be imported
          {listed < total && (
            <Text span size="sm" c="dimmed" fw={400}>
              {' '}
              · the first {formatCount(listed)} are listed here
            </Text>
          )}
        </Text>
        <Button size="xs" variant="default" onClick={() => void downloadErrors(fileName, errors)} style={{ flexShrink: 0 }}>
          Download the error list (CSV)
        </Button>
      </Group>
      <Table aria-label="Row errors" striped verticalSpacing={4}>
        <TableHead columns={[{ label: 'Row', width: 80, numeric: true }, { label: 'Column', width: 180 }, 'Problem']} />
        <Table.Tbody>
          {errors.slice(0, listed).map((error, index) => (
            <Table.Tr key={`${error.row}-${index}`}>
              <Table.Td ta="right">{formatCount(error.row)}</Table.Td>
              <Table.Td>{error.column ?? '—'}</Table.Td>
              <Table.Td>{error.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  )
}
