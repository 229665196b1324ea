import { Table, VisuallyHidden } from '@mantine/core'

export interface HeadColumn {
  label: string
  /** For action columns: named for screen readers, blank on screen. */
  hidden?: boolean
  width?: number
  /** Numbers line up on the right, under a right-aligned heading. */
  numeric?: boolean
}

/** The header row of a data table, from a list of column names. */
export function TableHead({ columns }: { columns: (string | HeadColumn)[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column) => {
          const { label, hidden, width, numeric } = typeof column === 'string' ? { label: column } : column
          return (
            <Table.Th key={label} w={width} ta={numeric ? 'right' : undefined}>
              {hidden ? <VisuallyHidden>{label}</VisuallyHidden> : label}
            </Table.Th>
          )
        })}
      </Table.Tr>
    </Table.Thead>
  )
}
