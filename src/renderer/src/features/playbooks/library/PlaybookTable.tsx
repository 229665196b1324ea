import { Anchor, Badge, Table, Text, Tooltip } from '@mantine/core'
import { formatDay } from '@shared/format/day'
import type { Playbook } from '@shared/domain/playbooks/playbook'
import { badges } from '@shared/domain/playbooks/reviewState'
import { exactTime, relativeTime } from '@shared/format/relativeTime'
import { toHash } from '../../../navigation/routes'
import { categoryLabel, statusColor, statusLabel } from '../labels'
import { PlaybookBadges } from '../PlaybookBadges'

export function PlaybookTable({ playbooks, names, today, now }: { playbooks: Playbook[]; names: ReadonlyMap<string, string>; today: string; now: Date }) {
  return (
    <Table highlightOnHover aria-label="Playbooks" verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Playbook</Table.Th>
          <Table.Th>Category</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Owner</Table.Th>
          <Table.Th>Attention</Table.Th>
          <Table.Th>Next review</Table.Th>
          <Table.Th>Updated</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {playbooks.map((playbook) => (
          <Table.Tr key={playbook.id}>
            <Table.Td maw={380}>
              <Anchor href={toHash('playbooks', playbook.id)} fw={500} size="sm">
                {playbook.title || 'Untitled playbook'}
              </Anchor>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {playbook.summary}
              </Text>
            </Table.Td>
            <Table.Td>{categoryLabel[playbook.category]}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={statusColor[playbook.status]}>
                {statusLabel[playbook.status]}
              </Badge>
            </Table.Td>
            <Table.Td>{playbook.ownerId ? (names.get(playbook.ownerId) ?? 'Unknown person') : <Text size="sm" c="dimmed">—</Text>}</Table.Td>
            <Table.Td>
              <PlaybookBadges badges={badges(playbook, today)} />
            </Table.Td>
            <Table.Td>
              <Text size="sm">{playbook.nextReviewAt ? formatDay(playbook.nextReviewAt) : '—'}</Text>
            </Table.Td>
            <Table.Td>
              <Tooltip label={exactTime(playbook.updatedAt)}>
                <Text size="sm">{relativeTime(playbook.updatedAt, now)}</Text>
              </Tooltip>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
