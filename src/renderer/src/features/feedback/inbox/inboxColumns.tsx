import { Badge, Text, Tooltip } from '@mantine/core'
import type { ReactNode } from 'react'
import type { Feedback, FeedbackStatus } from '@shared/domain/feedback/feedback'
import { formatCount, formatMoney } from '@shared/format/money'
import { exactTime, relativeTime } from '@shared/format/relativeTime'
import type { FeedbackSortKey } from '../../../db/feedbackPages'

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

const dash = (
  <Text size="sm" c="dimmed" span>
    —
  </Text>
)

const plain = (value: string | undefined): ReactNode =>
  value ? (
    <Text size="sm" truncate="end" span>
      {value}
    </Text>
  ) : (
    dash
  )

export const builtInColumns: InboxColumn[] = [
  {
    id: 'text',
    label: 'Feedback',
    render: (row) => (
      <Text size="sm" truncate="end" span>
        {row.title ? <strong>{row.title} · </strong> : null}
        {row.text}
      </Text>
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
      <Badge variant="light" color={statusColor[row.status]}>
        {row.status}
      </Badge>
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
    width: 120,
    sortKey: 'receivedAt',
    render: (row, { now }) => (
      <Tooltip label={exactTime(row.receivedAt)} openDelay={400}>
        <Text size="sm" span>
          {relativeTime(row.receivedAt, now)}
        </Text>
      </Tooltip>
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
