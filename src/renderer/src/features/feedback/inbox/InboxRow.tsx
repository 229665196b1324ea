import { Checkbox } from '@mantine/core'
import { memo } from 'react'
import type { Feedback } from '@shared/domain/feedback/feedback'
import { cellStyle, type CellContext, type InboxColumn } from './inboxColumns'
import classes from './InboxTable.module.css'

export const ROW_HEIGHT = 44

export interface InboxRowProps {
  row: Feedback
  index: number
  /** Pixels from the top of the rows. */
  top: number
  columns: InboxColumn[]
  context: CellContext
  selected: boolean
  active: boolean
  onActivate: (id: string) => void
  onToggleSelect: (id: string) => void
}

/**
 * One row of the inbox. Memoised: while the table scrolls, rows already on
 * screen keep their props and are not drawn again; only rows coming into view are.
 */
export const InboxRow = memo(function InboxRow({ row, index, top, columns, context, selected, active, onActivate, onToggleSelect }: InboxRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      aria-current={active ? 'true' : undefined}
      data-active={active || undefined}
      data-selected={selected || undefined}
      className={classes.row}
      style={{ height: ROW_HEIGHT, transform: `translateY(${top}px)`, position: 'absolute', top: 0, left: 0, right: 0 }}
      onClick={() => onActivate(row.id)}
    >
      <div role="gridcell" className={classes.check} onClick={(event) => event.stopPropagation()}>
        <Checkbox
          size="xs"
          tabIndex={-1}
          checked={selected}
          aria-label={`Select: ${row.text.slice(0, 60)}`}
          onChange={(event) => {
            onToggleSelect(row.id)
            event.currentTarget.blur()
          }}
        />
      </div>
      {columns.map((column) => (
        <div key={column.id} role="gridcell" className={classes.cell} style={cellStyle(column)}>
          {column.render(row, context)}
        </div>
      ))}
    </div>
  )
})
