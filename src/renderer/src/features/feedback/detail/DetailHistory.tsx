import { Text, Timeline, Tooltip } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Feedback } from '@shared/domain/feedback/feedback'
import { exactTime, relativeTime } from '@shared/format/relativeTime'
import { feedbackHistory } from '../../../db/triage'

/** What people changed on the row, newest first, and when it arrived. */
export function DetailHistory({ row }: { row: Feedback }) {
  const entries = useLiveQuery(() => feedbackHistory(row.id), [row.id, row.updatedAt]) ?? []
  const now = new Date()
  return (
    <Timeline bulletSize={10} lineWidth={1} aria-label="History">
      {entries.map((entry) => (
        <Timeline.Item key={entry.id} title={<Text size="sm">{entry.summary}</Text>}>
          <Tooltip label={exactTime(entry.at)}>
            <Text size="xs" c="dimmed" span>
              {relativeTime(entry.at, now)}
            </Text>
          </Tooltip>
        </Timeline.Item>
      ))}
      <Timeline.Item title={<Text size="sm">{row.batchId ? 'Imported' : 'Added'}</Text>}>
        <Text size="xs" c="dimmed">
          {exactTime(row.createdAt || row.receivedAt)}
        </Text>
      </Timeline.Item>
    </Timeline>
  )
}
