import { SegmentedControl } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { feedbackStatuses, type FeedbackStatus } from '@shared/domain/feedback/feedback'
import { formatCount } from '@shared/format/money'
import { statusCounts } from '../../../db/feedbackCounts'
import { inboxUiActions, useInboxUi } from './inboxUiStore'

const label = (status: FeedbackStatus) => status[0]?.toUpperCase() + status.slice(1)

/** One status at a time (or all), each with its count from the status index. */
export function StatusTabs({ counted = true }: { counted?: boolean }) {
  const status = useInboxUi((state) => state.filter.status)
  const counts = useLiveQuery(() => (counted ? statusCounts() : undefined), [counted])
  const value = status?.length === 1 ? (status[0] as string) : status?.length ? 'several' : 'all'
  const withCount = (text: string, count: number | undefined) => (count === undefined ? text : `${text} ${formatCount(count)}`)
  const data = [{ value: 'all', label: withCount('All', counts?.all) }, ...feedbackStatuses.map((s) => ({ value: s, label: withCount(label(s), counts?.[s]) }))]
  if (value === 'several') data.push({ value: 'several', label: status?.map(label).join(' + ') ?? '' })
  return (
    <SegmentedControl
      aria-label="Status"
      value={value}
      onChange={(next) => next !== 'several' && inboxUiActions.setFilter({ status: next === 'all' ? undefined : [next as FeedbackStatus] })}
      data={data}
    />
  )
}
