import type { ReactNode } from 'react'
import type { Feedback, FeedbackStatus } from '@shared/domain/feedback/feedback'
import { formatCount, formatMoney } from '@shared/format/money'
import { feedbackDateExact, feedbackDateLabel, feedbackDateValue } from '@shared/format/feedbackDate'
import type { FeedbackSortKey } from '../../../db/feedbackPages'
import cells from './inboxCells.module.css'

export const statusColor: Record<FeedbackStatus, string> = { new: 'blue', reviewed: 'grape', linked: 'teal', archived: 'gray' }

export interface CellContext {
  now: Date
  themeNames: ReadonlyMap<string, string>
}

export interface InboxColumn {
  id: string
  label: string
  /** Pixels; the text column takes what is left. */
  width?: number
  align?: 'right'
  sortKey?: FeedbackSortKey
  render: (row: Feedback, context: CellContext) => ReactNode
}

const EXTRA_PREFIX = 'extra:'

/** A column's box: fixed columns keep their width, the text column takes what is left. Shared by the header and the rows. */
export function cellStyle(column: InboxColumn) {
  return column.width ? { width: column.width, flex: `0 0 ${column.width}px`, justifyContent: column.align === 'right' ? 'flex-end' : undefined } : { flex: '1 1 240px', minWidth: 240 }
}

const dash = <span className={cells.dimmed}>—</span>

const plain = (value: string | undefined): ReactNode => (value ? <span className={cells.text}>{value}</span> : dash)

export const builtInColumns: InboxColumn[] = [
  {
    id: 'text',
    label: 'Feedback',
    render: (row) => (
      <span className={cells.text}>
        {row.title ? <strong>{row.title} · </strong> : null}
        {row.text}
      </span>
    )
  },
  { id: 'customer', label: 'Customer', width: 150, render: (row) => plain(row.customerName ?? row.customerEmail) },
  { id: 'company', label: 'Company', width: 150, render: (row) => plain(row.company) },
  { id: 'plan', label: 'Plan', width: 100, render: (row) => plain(row.plan) },
  {
    id: 'revenue',
    label: 'MRR',
    width: 100,
    align: 'right',
    sortKey: 'revenue',
    render: (row) => (row.revenue !== undefined ? plain(formatMoney(row.revenue, row.revenueCurrency ?? 'USD')) : dash)
  },
  { id: 'rating', label: 'Rating', width: 80, align: 'right', sortKey: 'rating', render: (row) => (row.rating !== undefined ? plain(formatCount(row.rating)) : dash) },
  { id: 'source', label: 'Source', width: 110, render: (row) => plain(row.source) },
  {
    id: 'status',
    label: 'Status',
    width: 100,
    render: (row) => (
      <span className={cells.status} style={{ background: `var(--mantine-color-${statusColor[row.status]}-light)`, color: `var(--mantine-color-${statusColor[row.status]}-light-color)` }}>
        {row.status}
      </span>
    )
  },
  {
    id: 'themes',
    label: 'Themes',
    width: 170,
    render: (row, { themeNames }) => plain(row.themeIds.map((id) => themeNames.get(id)).filter(Boolean).join(', ') || undefined)
  },
  { id: 'tags', label: 'Tags', width: 140, render: (row) => plain([...row.tags, ...row.importedTags].join(', ') || undefined) },
  {
    id: 'receivedAt',
    label: 'Received',
    width: 130,
    sortKey: 'receivedAt',
    render: (row, { now }) => (
      <time className={cells.text} dateTime={feedbackDateValue(row)} title={feedbackDateExact(row)}>
        {feedbackDateLabel(row, now)}
      </time>
    )
  }
]

export const defaultColumnIds = ['text', 'customer', 'company', 'revenue', 'source', 'status', 'receivedAt']

export function extraColumnId(name: string): string {
  return `${EXTRA_PREFIX}${name}`
}

function extraColumn(id: string): InboxColumn {
  const name = id.slice(EXTRA_PREFIX.length)
  return { id, label: name, width: 140, render: (row) => plain(row.extra[name]) }
}

/** The columns to draw, in the user's order; an extra attribute's column is made on demand. */
export function resolveColumns(ids: readonly string[]): InboxColumn[] {
  return ids.flatMap((id) => {
    if (id.startsWith(EXTRA_PREFIX)) return [extraColumn(id)]
    const column = builtInColumns.find((candidate) => candidate.id === id)
    return column ? [column] : []
  })
}
