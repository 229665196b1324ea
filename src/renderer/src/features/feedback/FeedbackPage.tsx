import { Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core'
import { IconFileImport, IconMessages, IconPlus } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { FeedbackStatus } from '@shared/domain/feedback/feedback'
import { formatCount, formatMoney } from '@shared/format/money'
import { exactTime, relativeTime } from '@shared/format/relativeTime'
import { listRecentFeedback } from '../../db/feedback'
import { db } from '../../db/db'
import { PageHeader } from '../../ui/PageHeader'
import { TeachingEmptyState } from '../../ui/TeachingEmptyState'
import { openFeedbackEditor } from './FeedbackForm'
import { ImportHistoryPage, ImportPage } from './import'
import { importFeedbackFile } from './importFeedbackFile'
import { useRoute } from '../../navigation/useRoute'
import { toHash } from '../../navigation/routes'
import { TableHead } from '../../ui/TableHead'

const statusColor: Record<FeedbackStatus, string> = { new: 'blue', reviewed: 'grape', linked: 'teal', archived: 'gray' }

export function FeedbackPage() {
  const route = useRoute()
  if (route.params[0] === 'import') return <ImportPage />
  if (route.params[0] === 'imports') return <ImportHistoryPage />
  return <FeedbackList />
}

function FeedbackList() {
  const items = useLiveQuery(() => listRecentFeedback(100), [])
  const total = useLiveQuery(() => db.feedback.count(), [])
  const action = (
    <Group gap="xs">
      <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => openFeedbackEditor()}>
        New feedback
      </Button>
      <Button leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => void importFeedbackFile()}>
        Import CSV
      </Button>
    </Group>
  )
  const description = 'What customers ask for, from every channel, grouped into themes and ranked by reach and revenue.'
  if (total === 0) {
    return (
      <>
        <PageHeader title="Feedback" description={description} />
        <TeachingEmptyState
          icon={<IconMessages size={28} />}
          title="Hear every customer in one place"
          description="Import the CSV exports of your support desk, app stores, surveys and CRM — or drop a file anywhere on the window. Then group feedback into themes to see which requests matter most."
          actions={action}
        />
      </>
    )
  }
  const now = new Date()
  return (
    <>
      <PageHeader title="Feedback" description={description} action={action} />
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed">
          {total === undefined ? '' : `${formatCount(total)} items, newest first`}
        </Text>
        <Button component="a" href={toHash('feedback', 'imports')} variant="subtle" size="compact-sm">
          Import history
        </Button>
      </Group>
      <Table highlightOnHover aria-label="Feedback">
        <TableHead columns={['Feedback', 'Customer', 'Revenue', 'Source', 'Status', 'Received']} />
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
