import { SegmentedControl } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { feedbackStatuses, type FeedbackStatus } from '@shared/domain/feedback/feedback'
import { isOpenWork, openStatuses } from '@shared/domain/feedback/feedbackFilters'
import { formatCount } from '@shared/format/money'
import { statusCounts } from '../../../db/feedbackCounts'
import { inboxUiActions, useInboxUi } from './inboxUiStore'

const label = (status: FeedbackStatus) => status[0]?.toUpperCase() + status.slice(1)

function tabOf(status: readonly FeedbackStatus[] | undefined): string {
  if (isOpenWork(status)) return 'open'
  if (!status?.length) return 'all'
  return status.length === 1 ? (status[0] as string) : 'several'
}

function statusesOf(tab: string): FeedbackStatus[] | undefined {
  if (tab === 'open') return [...openStatuses]
  return tab === 'all' ? undefined : [tab as FeedbackStatus]
}

/**
 * Open (the default: everything not archived), one status, or all, each with its count from the status index.
 * Archived items have their own tab, so archiving takes an item out of the open work.
 */
export function StatusTabs({ counted = true }: { counted?: boolean }) {
  const status = useInboxUi((state) => state.filter.status)
  const counts = useLiveQuery(() => (counted ? statusCounts() : undefined), [counted])
  const value = tabOf(status)
  const withCount = (text: string, count: number | undefined) => (count === undefined ? text : `${text} ${formatCount(count)}`)
  const open = counts ? openStatuses.reduce((sum, s) => sum + counts[s], 0) : undefined
  const data = [{ value: 'open', label: withCount('Open', open) }, ...feedbackStatuses.map((s) => ({ value: s, label: withCount(label(s), counts?.[s]) })), { value: 'all', label: withCount('All', counts?.all) }]
  if (value === 'several') data.push({ value: 'several', label: status?.map(label).join(' + ') ?? '' })
  return <SegmentedControl aria-label="Status" value={value} onChange={(next) => next !== 'several' && inboxUiActions.setFilter({ status: statusesOf(next) })} data={data} />
}
