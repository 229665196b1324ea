import { Button, Card, Group, Table, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { formatCount } from '@shared/format/money'
import { getBridge } from '../bridge'
import { notifyError } from './notify'
import { TableHead, type HeadColumn } from './TableHead'

/** How many rows a list of row problems shows; the CSV download has them all. */
export const shownRows = 100

/** Saves a list of row problems as `<file>-<kind>.csv` through the bridge; a failure is said, never thrown. */
export async function saveRowList(fileName: string, kind: 'errors' | 'warnings', csv: string): Promise<void> {
  try {
    await getBridge().saveFile({ suggestedName: `${fileName.replace(/\.[^.]+$/, '')}-${kind}.csv`, filters: [{ name: 'CSV', extensions: ['csv'] }], data: csv })
  } catch (error) {
    notifyError(kind === 'errors' ? 'Could not save the error list' : 'Could not save the warning list', error)
  }
}

interface RowListCardProps {
  /** "12 rows cannot be imported": the count said the way its list needs. */
  title: ReactNode
  /** A line under the title, when the list needs one. */
  description?: ReactNode
  listed: number
  total: number
  downloadLabel: string
  onDownload: () => void
  tableLabel: string
  columns: (string | HeadColumn)[]
  /** The listed rows, as table rows. */
  children: ReactNode
}

/** The card of row errors and of row warnings: a title, the first rows in a table, and all of them as a CSV. */
export function RowListCard({ title, description, listed, total, downloadLabel, onDownload, tableLabel, columns, children }: RowListCardProps) {
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs" wrap="nowrap" align="flex-start">
        <div>
          <Text size="sm" fw={600}>
            {title}
            {listed < total && (
              <Text span size="sm" c="dimmed" fw={400}>
                {' '}
                · the first {formatCount(listed)} are listed here
              </Text>
            )}
          </Text>
          {description && (
            <Text size="xs" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        <Button size="xs" variant="default" onClick={onDownload} style={{ flexShrink: 0 }}>
          {downloadLabel}
        </Button>
      </Group>
      <Table aria-label={tableLabel} striped verticalSpacing={4}>
        <TableHead columns={columns} />
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Card>
  )
}
