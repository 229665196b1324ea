import { Box, Group, Loader, Text, UnstyledButton } from '@mantine/core'
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import type { Feedback } from '@shared/domain/feedback/feedback'
import type { FeedbackSort, FeedbackSortKey } from '../../../db/feedbackPages'
import { cellStyle, type CellContext, type InboxColumn } from './inboxColumns'
import { InboxRow, ROW_HEIGHT } from './InboxRow'
import classes from './InboxTable.module.css'

const HEADER_HEIGHT = 38
/** Ask for the next page this many rows before the end, so scrolling never waits. */
const PREFETCH_ROWS = 40

export interface InboxTableProps {
  rows: Feedback[]
  hasMore: boolean
  /** True while the first rows of a new filter are on their way: no "nothing matches" yet. */
  loading?: boolean
  onNeedMore: () => void
  columns: InboxColumn[]
  context: CellContext
  sort: FeedbackSort
  onSort: (key: FeedbackSortKey) => void
  activeId?: string
  selection: ReadonlySet<string>
  onActivate: (id: string) => void
  onToggleSelect: (id: string) => void
  /** The number of matching rows when known, for assistive technology. */
  total?: number
}

function SortIcon({ sort, sortKey }: { sort: FeedbackSort; sortKey: FeedbackSortKey }) {
  if (sort.key !== sortKey) return <IconSelector size={14} aria-hidden />
  return sort.direction === 'asc' ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />
}

/**
 * Only the rows in view are in the DOM, so a million rows scroll like fifty.
 * Rows arrive in pages as the user nears the end.
 */
export function InboxTable({ rows, hasMore, loading, onNeedMore, columns, context, sort, onSort, activeId, selection, onActivate, onToggleSelect, total }: InboxTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // The virtualizer hands back fresh functions each render by design; this component does not need memoizing.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length + (hasMore ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    initialRect: { width: 1000, height: 600 },
    getItemKey: (index) => rows[index]?.id ?? 'loading'
  })
  const items = virtualizer.getVirtualItems()
  const lastIndex = items[items.length - 1]?.index ?? 0

  useEffect(() => {
    if (hasMore && lastIndex >= rows.length - PREFETCH_ROWS) onNeedMore()
  }, [hasMore, lastIndex, rows.length, onNeedMore])

  const activeIndex = activeId ? rows.findIndex((row) => row.id === activeId) : -1
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
  }, [activeIndex, virtualizer])

  const minWidth = 48 + columns.reduce((sum, column) => sum + (column.width ?? 240), 0)
  return (
    <div
      ref={scrollRef}
      className={classes.scroller}
      role="grid"
      aria-label="Feedback"
      aria-multiselectable
      aria-rowcount={total !== undefined ? total + 1 : -1}
      aria-colcount={columns.length + 1}
    >
      <div role="rowgroup" className={classes.head} style={{ height: HEADER_HEIGHT, minWidth }}>
        <div role="row" aria-rowindex={1} className={classes.row}>
          <div role="columnheader" className={classes.check} aria-label="Selected" />
          {columns.map((column) => (
            <div
              key={column.id}
              role="columnheader"
              className={classes.cell}
              style={cellStyle(column)}
              aria-sort={column.sortKey && sort.key === column.sortKey ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              {column.sortKey ? (
                <UnstyledButton onClick={() => onSort(column.sortKey as FeedbackSortKey)} aria-label={`Sort by ${column.label}`}>
                  <Group gap={4} wrap="nowrap">
                    <Text size="sm" fw={600} span>
                      {column.label}
                    </Text>
                    <SortIcon sort={sort} sortKey={column.sortKey} />
                  </Group>
                </UnstyledButton>
              ) : (
                <Text size="sm" fw={600} truncate="end" span>
                  {column.label}
                </Text>
              )}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), minWidth, position: 'relative' }}>
        {items.map((item) => {
          const row = rows[item.index]
          const style = { height: ROW_HEIGHT, transform: `translateY(${item.start - HEADER_HEIGHT}px)` }
          if (!row) {
            return (
              <div key={item.key} role="row" aria-rowindex={item.index + 2} className={classes.row} style={{ ...style, position: 'absolute', top: 0, left: 0, right: 0 }}>
                <div role="gridcell" className={classes.cell}>
                  <Group gap="xs">
                    <Loader size="xs" aria-hidden />
                    <Text size="sm" c="dimmed">
                      Loading more…
                    </Text>
                  </Group>
                </div>
              </div>
            )
          }
          return (
            <InboxRow
              key={item.key}
              row={row}
              index={item.index}
              top={item.start - HEADER_HEIGHT}
              columns={columns}
              context={context}
              selected={selection.has(row.id)}
              active={row.id === activeId}
              onActivate={onActivate}
              onToggleSelect={onToggleSelect}
            />
          )
        })}
      </div>
      {rows.length === 0 && !hasMore && !loading && (
        <Box p="lg">
          <Text size="sm" c="dimmed">
            No feedback matches these filters.
          </Text>
        </Box>
      )}
    </div>
  )
}
