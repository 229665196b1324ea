import { Anchor, Group, Stack, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { calendarDay } from '@shared/domain/playbooks/calendarDay'
import { progress } from '@shared/domain/playbooks/runProgress'
import { badges, type PlaybookBadge } from '@shared/domain/playbooks/reviewState'
import type { Playbook } from '@shared/domain/playbooks/playbook'
import { listActiveRuns, listPlaybooks } from '../../db/playbooks'
import { listRecoverableDrafts } from './editor/recoverableDrafts'
import { toHash } from '../../navigation/routes'
import { AllClear, DashboardCard } from '../../ui/DashboardCard'
import { sessionStartedAt } from './editor/session'
import { PlaybookBadges } from './PlaybookBadges'
import { runHref } from './runs/RunsTable'

/** Playbooks that need a review or an owner, runs in flight, and edits recovered after a crash. */
export function PlaybookReviewCard() {
  const playbooks = useLiveQuery(() => listPlaybooks(), []) ?? []
  const runs = useLiveQuery(() => listActiveRuns(), []) ?? []
  const leftovers = useLiveQuery(() => listRecoverableDrafts(sessionStartedAt), []) ?? []
  const today = calendarDay(new Date())
  const needAttention = playbooks.flatMap((playbook): { playbook: Playbook; badges: PlaybookBadge[]; problem: string | undefined }[] => {
    // One playbook with unreadable dates (an old import) is listed as such; the others are still shown.
    try {
      const found = badges(playbook, today)
      return found.length > 0 ? [{ playbook, badges: found, problem: undefined }] : []
    } catch (error) {
      return [{ playbook, badges: [], problem: error instanceof Error ? error.message : String(error) }]
    }
  })
  return (
    <DashboardCard title="Playbooks" href={toHash('playbooks')} linkLabel="All playbooks">
      <Stack gap="xs">
        {leftovers.map(({ draft, playbook }) => (
          <Text key={draft.playbookId} size="sm" c="yellow.8">
            Recovered unsaved changes in <Anchor href={toHash('playbooks', playbook.id)}>{playbook.title}</Anchor>
          </Text>
        ))}
        {needAttention.length === 0 ? (
          <AllClear>Every playbook has an owner and is reviewed on time.</AllClear>
        ) : (
          needAttention.map(({ playbook, badges: found, problem }) => (
            <Group key={playbook.id} justify="space-between" wrap="nowrap">
              <Anchor href={toHash('playbooks', playbook.id)} size="sm">
                {playbook.title}
              </Anchor>
              {problem ? (
                <Text size="xs" c="red">
                  Review dates unreadable: {problem}
                </Text>
              ) : (
                <PlaybookBadges badges={found} />
              )}
            </Group>
          ))
        )}
        {runs.map((run) => {
          const { done, total } = progress(run)
          return (
            <Text key={run.id} size="sm" c="dimmed">
              Run <Anchor href={runHref(run.id)} size="sm">“{run.title}”</Anchor>: {done} of {total} steps done
            </Text>
          )
        })}
      </Stack>
    </DashboardCard>
  )
}
