import { Badge, Button, Table, Text, Tooltip } from '@mantine/core'
import { IconMessages, IconPlus } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { FeedbackStatus } from '@shared/domain/feedback/feedback'
import { formatCount, formatMoney } from '@shared/format/money'
import { exactTime, relativeTime } from '@shared/format/relativeTime'
import { listRecentFeedback } from '../../db/feedback'
import { db } from '../../db/db'
import { PageHeader } from '../../ui/PageHeader'
import { TeachingEmptyState } from '../../ui/TeachingEmptyState'
import { openFeedbackEditor } from './FeedbackForm'

const statusColor: Record<FeedbackStatus, string> = { new: 'blue', reviewed: 'grape', linked: 'teal', archived: 'gray' }

export function FeedbackPage() {
  const items = useLiveQuery(() => listRecentFeedback(100), [])
  const total = useLiveQuery(() => db.feedback.count(), [])
  const action = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => openFeedbackEditor()}>
      New feedback
    </Button>
  )
  const description = 'What customers ask for, from every channel, grouped into themes and ranked by reach and revenue.'
  if (total === 0) {
    return (
      <>
        <PageHeader title="Feedback" description={description} />
        <TeachingEmptyState
          icon={<IconMessages size={28} />}
          title="Hear every customer in one place"
          description="Collect feedback from support tickets, app reviews, surveys and sales calls. Write down what you heard, then group it into themes to see which requests matter most."
          actions={action}
        />
      </>
    )
  }
  const now = new Date()
  return (
    <>
      <PageHeader title="Feedback" description={description} action={action} />
      <Text size="sm" c="dimmed" mb="xs">
        {total === undefined ? '' : `${formatCount(total)} items, newest first`}
      </Text>
      <Table highlightOnHover aria-label="Feedback">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Feedback</Table.Th>
            <Table.Th>Customer</Table.Th>
            <Table.Th>Revenue</Table.Th>
            <Table.Th>Source</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Received</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items?.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td maw={420}>
                <Text size="sm" lineClamp={2}>
                  {item.text}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.customerName ?? '—'}</Text>
                <Text size="xs" c="dimmed">
                  {item.company}
                </Text>
              </Table.Td>
              <Table.Td>{item.revenue !== undefined ? formatMoney(item.revenue, item.revenueCurrency ?? 'USD') : '—'}</Table.Td>
              <Table.Td>{item.source}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={statusColor[item.status]}>
                  {item.status}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Tooltip label={exactTime(item.receivedAt)}>
                  <Text size="sm">{relativeTime(item.receivedAt, now)}</Text>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  )
}
