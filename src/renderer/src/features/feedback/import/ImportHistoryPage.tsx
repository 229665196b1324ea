import { Anchor, Badge, Button, Table, Text, Tooltip } from '@mantine/core'
import { IconHistory } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { ImportBatch } from '@shared/domain/feedback/feedback'
import { formatCount } from '@shared/format/money'
import { exactTime, relativeTime } from '@shared/format/relativeTime'
import { listImportBatches } from '../../../db/feedbackImport'
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

export function ImportHistoryPage() {
  const batches = useLiveQuery(() => listImportBatches(), [])
  const now = new Date()
  const header = (
    <PageHeader
      title="Import history"
      description="Every file imported, with what it changed. Undo removes what an import created and restores what it updated."
      action={
        <Button component="a" href={toHash('feedback', 'import')}>
          Import CSV
        </Button>
      }
    />
  )
  if (batches?.length === 0) {
    return (
      <>
        {header}
        <TeachingEmptyState icon={<IconHistory size={28} />} title="No imports yet" description="Imported files appear here with their counts and mapping, ready to undo." actions={<Anchor href={toHash('feedback', 'import')}>Import a CSV export</Anchor>} />
      </>
    )
  }
  return (
    <>
      {header}
      <Table aria-label="Import history" highlightOnHover>
        <TableHead columns={['File', 'Source', 'When', 'New', 'Updated', 'Unchanged', 'Rejected', 'Status', { label: 'Actions', hidden: true }]} />
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
                  <Text size="sm">{relativeTime(batch.createdAt, now)}</Text>
                </Tooltip>
              </Table.Td>
              <Table.Td>{formatCount(batch.counts.created)}</Table.Td>
              <Table.Td>{formatCount(batch.counts.updated)}</Table.Td>
              <Table.Td>{formatCount(batch.counts.unchanged)}</Table.Td>
              <Table.Td>{formatCount(batch.counts.rejected)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={statusLook[batch.status].color}>
                  {statusLook[batch.status].label}
                </Badge>
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
