import { Badge, Button, Table, Text, Tooltip } from '@mantine/core'
import { IconFileImport, IconHistory } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { ImportBatch } from '@shared/domain/feedback/feedback'
import { formatCount } from '@shared/format/money'
import { exactTime, relativeTime } from '@shared/format/relativeTime'
import { listImportBatches, reversedWithoutRecord } from '../../../db/feedbackImport'
import { toHash } from '../../../navigation/routes'
import { PageHeader } from '../../../ui/PageHeader'
import { TeachingEmptyState } from '../../../ui/TeachingEmptyState'
import { undoImport } from './undoImport'
import { TableHead } from '../../../ui/TableHead'

const statusLook: Record<ImportBatch['status'], { label: string; color: string }> = {
  'in-progress': { label: 'In progress', color: 'blue' },
  completed: { label: 'Imported', color: 'teal' },
  cancelled: { label: 'Cancelled', color: 'gray' },
  'rolled-back': { label: 'Rolled back', color: 'orange' },
  undone: { label: 'Undone', color: 'gray' }
}

const countColumns = [
  ['New', 'created'],
  ['Updated', 'updated'],
  ['Unchanged', 'unchanged'],
  ['Rejected', 'rejected']
] as const

/** The batch's status; one reversed on a full disk shows as reversed, and that its record waits for room. */
function StatusBadge({ batch }: { batch: ImportBatch }) {
  const reversed = batch.status === 'in-progress' ? reversedWithoutRecord(batch.id) : undefined
  const look = statusLook[reversed ?? batch.status]
  const badge = (
    <Badge variant="light" color={look.color}>
      {reversed ? `${look.label} · disk full` : look.label}
    </Badge>
  )
  return reversed ? <Tooltip label="Every row it wrote was removed. Its record is closed when the disk has room again.">{badge}</Tooltip> : badge
}

export function ImportHistoryPage() {
  const batches = useLiveQuery(() => listImportBatches(), [])
  const now = new Date()
  const importAction = (
    <Button component="a" href={toHash('feedback', 'import')} leftSection={<IconFileImport size={16} aria-hidden />}>
      Import CSV
    </Button>
  )
  const header = (
    <PageHeader
      title="Import history"
      description="Every file imported, with what it changed. Undo removes what an import created and restores what it updated."
      action={batches?.length ? importAction : undefined}
    />
  )
  if (batches?.length === 0) {
    return (
      <>
        {header}
        <TeachingEmptyState icon={<IconHistory size={28} />} title="No imports yet" description="Imported files appear here with their counts and mapping, ready to undo." actions={importAction} />
      </>
    )
  }
  return (
    <>
      {header}
      <Table aria-label="Import history" highlightOnHover>
        <TableHead columns={['File', 'Source', 'When', ...countColumns.map(([label]) => ({ label, numeric: true })), 'Status', { label: 'Actions', hidden: true }]} />
        <Table.Tbody>
          {batches?.map((batch) => (
            <Table.Tr key={batch.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {batch.fileName}
                </Text>
              </Table.Td>
              <Table.Td>{batch.source}</Table.Td>
              <Table.Td>
                <Tooltip label={exactTime(batch.createdAt)}>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {relativeTime(batch.createdAt, now)}
                  </Text>
                </Tooltip>
              </Table.Td>
              {countColumns.map(([, key]) => (
                <Table.Td key={key} ta="right">
                  {formatCount(batch.counts[key])}
                </Table.Td>
              ))}
              <Table.Td>
                <StatusBadge batch={batch} />
              </Table.Td>
              <Table.Td>
                {batch.status === 'completed' && (
                  <Button size="compact-sm" variant="light" color="red" onClick={() => void undoImport(batch)} aria-label={`Undo the import of ${batch.fileName}`}>
                    Undo
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  )
}
