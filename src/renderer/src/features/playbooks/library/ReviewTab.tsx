import { Anchor, Group, Paper, Select, Stack, Table, Text, Title, Tooltip } from '@mantine/core'
import { formatDay } from '@shared/format/day'
import type { Playbook } from '@shared/domain/playbooks/playbook'
import { reviewState } from '@shared/domain/playbooks/reviewState'
import { exactTime, relativeTime } from '@shared/format/relativeTime'
import { setPlaybookOwner } from '../../../db/playbooks'
import { toHash } from '../../../navigation/routes'
import { AllClear } from '../../../ui/DashboardCard'
import { notifyError } from '../../../ui/notify'
import { MarkReviewedButton } from './MarkReviewedButton'

interface Section {
  title: string
  description: string
  empty: string
  playbooks: Playbook[]
  kind: 'review' | 'owner'
}

function LastReview({ playbook, names, now }: { playbook: Playbook; names: ReadonlyMap<string, string>; now: Date }) {
  if (!playbook.lastReviewedAt) return <Text size="sm" c="dimmed">Never reviewed</Text>
  const by = playbook.lastReviewedBy ? names.get(playbook.lastReviewedBy) : undefined
  return (
    <Tooltip label={exactTime(playbook.lastReviewedAt)}>
      <Text size="sm">
        {relativeTime(playbook.lastReviewedAt, now)}
        {by ? ` by ${by}` : ''}
      </Text>
    </Tooltip>
  )
}

function ReviewSection({ section, names, now }: { section: Section; names: ReadonlyMap<string, string>; now: Date }) {
  const owners = [...names].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label))
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {section.title} ({section.playbooks.length})
        </Title>
        <Text size="sm" c="dimmed">
          {section.description}
        </Text>
      </Group>
      {section.playbooks.length === 0 ? (
        <AllClear>{section.empty}</AllClear>
      ) : (
        <Table aria-label={section.title} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Playbook</Table.Th>
              <Table.Th>Owner</Table.Th>
              <Table.Th>Last review</Table.Th>
              <Table.Th>Next review</Table.Th>
              <Table.Th aria-label="Actions" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {section.playbooks.map((playbook) => (
              <Table.Tr key={playbook.id}>
                <Table.Td>
                  <Anchor href={toHash('playbooks', playbook.id)} size="sm" fw={500}>
                    {playbook.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {section.kind === 'owner' ? (
                    <Select
                      aria-label={`Owner of ${playbook.title}`}
                      placeholder="Choose an owner"
                      data={owners}
                      value={null}
                      searchable
                      size="xs"
                      w={220}
                      nothingFoundMessage="No one by that name"
                      onChange={(id) => id && setPlaybookOwner(playbook.id, id).catch((error: unknown) => notifyError('Could not set the owner', error))}
                    />
                  ) : (
                    <Text size="sm">{playbook.ownerId ? names.get(playbook.ownerId) : '—'}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <LastReview playbook={playbook} names={names} now={now} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{playbook.nextReviewAt ? formatDay(playbook.nextReviewAt) : '—'}</Text>
                </Table.Td>
                <Table.Td ta="right">{section.kind === 'review' && <MarkReviewedButton playbook={playbook} />}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  )
}

/** The review dashboard: what is due, what went stale, what nobody owns. */
export function ReviewTab({ playbooks, names, today, now }: { playbooks: Playbook[]; names: ReadonlyMap<string, string>; today: string; now: Date }) {
  const live = playbooks.filter((playbook) => playbook.status !== 'archived')
  const byNextReview = (a: Playbook, b: Playbook) => (a.nextReviewAt ?? '').localeCompare(b.nextReviewAt ?? '')
  const sections: Section[] = [
    {
      title: 'Due for review',
      description: 'Review day within the next two weeks',
      empty: 'Nothing is due for review in the next two weeks.',
      playbooks: live.filter((playbook) => reviewState(playbook, today) === 'due').sort(byNextReview),
      kind: 'review'
    },
    {
      title: 'Stale',
      description: 'Not reviewed within their cadence',
      empty: 'No playbook has gone past its review day.',
      playbooks: live.filter((playbook) => reviewState(playbook, today) === 'stale').sort(byNextReview),
      kind: 'review'
    },
    {
      title: 'No owner',
      description: 'Someone should keep each of these current',
      empty: 'Every playbook has an owner.',
      playbooks: live.filter((playbook) => !playbook.ownerId),
      kind: 'owner'
    }
  ]
  return (
    <Stack>
      {sections.map((section) => (
        <ReviewSection key={section.title} section={section} names={names} now={now} />
      ))}
    </Stack>
  )
}
