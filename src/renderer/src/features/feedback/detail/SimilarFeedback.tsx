import { Button, Group, Loader, Stack, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { customerLabel } from '@shared/domain/feedback/customerKey'
import type { Feedback } from '@shared/domain/feedback/feedback'
import { mergeFeedback } from '@shared/domain/feedback/merge'
import { similarFeedback } from '@shared/domain/feedback/similarity'
import type { TriageChanges } from '@shared/domain/feedback/triage'
import { mergedInto, sameCustomerOrCompany } from '../../../db/feedbackPages'
import { runTriage } from '../inbox/triageActions'

function mergeInto(target: Feedback, duplicateIds: string[]) {
  return runTriage([target.id, ...duplicateIds], (rows, links): TriageChanges => {
    const found = rows.find((row) => row.id === target.id)
    if (!found) throw new Error('That feedback no longer exists.')
    const result = mergeFeedback(found, rows.filter((row) => row.id !== target.id), { links })
    if (!result.ok) throw new Error(result.error)
    return result.changes
  })
}

function unmerge(row: Feedback) {
  return runTriage([row.id], () => ({ label: 'Unmerged 1 item', feedback: [{ id: row.id, before: { mergedIntoId: row.mergedIntoId }, after: { mergedIntoId: undefined } }], links: [] }))
}

const snippet = (row: Feedback) => (row.text.length > 140 ? `${row.text.slice(0, 139)}…` : row.text)

/**
 * Feedback from the same customer or company that says much the same thing.
 * Merging keeps the others as evidence: they count once per customer, through this row.
 */
export function SimilarFeedback({ row }: { row: Feedback }) {
  const similar = useLiveQuery(async () => similarFeedback(row, await sameCustomerOrCompany(row), { limit: 5 }), [row.id, row.updatedAt])
  const evidence = useLiveQuery(() => mergedInto(row.id), [row.id, row.updatedAt]) ?? []
  if (row.mergedIntoId) {
    return (
      <Group justify="space-between">
        <Text size="sm">This item is merged into another as evidence.</Text>
        <Button size="compact-xs" variant="default" onClick={() => void unmerge(row)}>
          Unmerge
        </Button>
      </Group>
    )
  }
  return (
    <Stack gap="xs">
      {similar === undefined && (
        <Group gap="xs">
          <Loader size="xs" aria-hidden />
          <Text size="sm" c="dimmed">
            Looking for similar feedback…
          </Text>
        </Group>
      )}
      {similar?.length === 0 && evidence.length === 0 && (
        <Text size="sm" c="dimmed">
          Nothing similar from the same customer or company.
        </Text>
      )}
      {similar?.map((match) => (
        <Group key={match.row.id} gap="xs" wrap="nowrap" align="flex-start" role="group" aria-label={`Similar: ${snippet(match.row)}`}>
          <div style={{ flex: 1, minWidth: 0 }}>
            <Text size="sm">{snippet(match.row)}</Text>
            <Text size="xs" c="dimmed">
              {customerLabel(match.row)}
              {match.row.company ? ` · ${match.row.company}` : ''} · {Math.round(match.score * 100)}% alike ({match.sharedTerms.slice(0, 4).join(', ')}) · {match.sameCustomer ? 'same customer' : 'same company'}
            </Text>
          </div>
          <Button size="compact-xs" variant="light" onClick={() => void mergeInto(row, [match.row.id])}>
            Merge here
          </Button>
        </Group>
      ))}
      {evidence.length > 0 && (
        <Text size="xs" fw={600} mt="xs">
          Merged evidence ({evidence.length})
        </Text>
      )}
      {evidence.map((item) => (
        <Group key={item.id} gap="xs" wrap="nowrap" align="flex-start">
          <div style={{ flex: 1, minWidth: 0 }}>
            <Text size="sm">{snippet(item)}</Text>
            <Text size="xs" c="dimmed">
              {customerLabel(item)}
              {item.company ? ` · ${item.company}` : ''}
            </Text>
          </div>
          <Button size="compact-xs" variant="default" onClick={() => void unmerge(item)}>
            Unmerge
          </Button>
        </Group>
      ))}
    </Stack>
  )
}
