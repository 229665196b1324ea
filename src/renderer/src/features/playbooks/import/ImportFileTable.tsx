import { Anchor, Badge, List, Table, Text } from '@mantine/core'
import { sourceToolLabel } from '@shared/playbookImport/pages'
import type { PlanRow, PlanRowStatus } from '@shared/playbookImport/planImport'
import { inAppPlaybookHref } from '@shared/playbookImport/references'

const previewLabel: Record<PlanRowStatus, { label: string; color: string }> = {
  new: { label: 'New playbook', color: 'teal' },
  update: { label: 'Updates earlier import', color: 'blue' },
  skipped: { label: 'Skipped', color: 'gray' },
  refused: { label: 'Refused', color: 'red' },
  image: { label: 'Image', color: 'grape' },
  unused: { label: 'Not imported', color: 'gray' }
}

const reportLabel: Record<PlanRowStatus, { label: string; color: string }> = {
  ...previewLabel,
  new: { label: 'Created', color: 'teal' },
  update: { label: 'Updated', color: 'blue' },
  image: { label: 'Image stored', color: 'grape' }
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count.toLocaleString()} ${count === 1 ? one : many}`

function linkSummary(row: PlanRow): string {
  const parts: string[] = []
  if (row.links.toBatch > 0) parts.push(`${plural(row.links.toBatch, 'link')} to imported pages`)
  if (row.links.web > 0) parts.push(`${row.links.web.toLocaleString()} web`)
  if (row.outsideLinks.length > 0) parts.push(`${row.outsideLinks.length.toLocaleString()} outside`)
  return parts.join(', ') || '—'
}

/** What a page holds: its steps, images and links, in one short list. */
function found(row: PlanRow): string[] {
  return [row.checklist.items > 0 ? `${plural(row.checklist.items, 'step')}, ${row.checklist.done.toLocaleString()} done` : 'No steps', ...(row.images > 0 ? [plural(row.images, 'image')] : []), ...(linkSummary(row) !== '—' ? [linkSummary(row)] : [])]
}

/** One row per file of the batch, with what becomes (or became) of it; used by the preview and by the report. */
export function ImportFileTable({ rows, mode, label }: { rows: PlanRow[]; mode: 'preview' | 'report'; label: string }) {
  const labels = mode === 'preview' ? previewLabel : reportLabel
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table aria-label={label} verticalSpacing="sm" striped highlightOnHover layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="25%">File</Table.Th>
            <Table.Th w={160}>What happens</Table.Th>
            <Table.Th w="13%">Owner</Table.Th>
            <Table.Th w="10%">Tags</Table.Th>
            <Table.Th w="15%">Found</Table.Th>
            <Table.Th>Notes</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const status = labels[row.status]
            const isPlaybook = row.status === 'new' || row.status === 'update'
            const reason = row.reason ? row.reason.charAt(0).toUpperCase() + row.reason.slice(1) : undefined
            const notes = [...(reason ? [row.line ? `Line ${row.line}: ${row.reason}` : reason] : []), ...row.outsideLinks, ...row.notes]
            return (
              <Table.Tr key={row.path}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {row.title &&
                    (isPlaybook && mode === 'report' && row.playbookId ? (
                      <Anchor href={inAppPlaybookHref(row.playbookId)} size="sm" fw={600}>
                        {row.title}
                      </Anchor>
                    ) : (
                      <Text size="sm" fw={600}>
                        {row.title}
                      </Text>
                    ))}
                  <Text size="xs" c="dimmed" ff="monospace">
                    {row.path}
                  </Text>
                  {row.tool && (
                    <Text size="xs" c="dimmed">
                      {sourceToolLabel[row.tool]}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={status.color} styles={{ label: { overflow: 'visible' } }}>
                    {status.label}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {row.owner ? (
                    <>
                      <Text size="sm">{row.owner.name}</Text>
                      {row.owner.isNew && (
                        <Badge size="xs" variant="outline" color="orange" styles={{ label: { overflow: 'visible' } }}>
                          {mode === 'preview' ? 'new person' : 'added to People'}
                        </Badge>
                      )}
                    </>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {isPlaybook ? 'None given' : '—'}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{row.tags.join(', ') || '—'}</Text>
                </Table.Td>
                <Table.Td>
                  {isPlaybook ? (
                    found(row).map((line) => (
                      <Text size="sm" key={line}>
                        {line}
                      </Text>
                    ))
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {notes.length > 0 ? (
                    <List size="xs" spacing={2}>
                      {notes.map((note) => (
                        <List.Item key={note}>{note}</List.Item>
                      ))}
                    </List>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
