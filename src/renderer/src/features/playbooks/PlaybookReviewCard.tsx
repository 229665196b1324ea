import { Group, Stack, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { calendarDay } from '@shared/domain/playbooks/calendarDay'
import { progress } from '@shared/domain/playbooks/runProgress'
import { badges } from '@shared/domain/playbooks/reviewState'
import { listActiveRuns, listPlaybooks } from '../../db/playbooks'
import { toHash } from '../../navigation/routes'
import { AllClear, DashboardCard } from '../../ui/DashboardCard'
import { PlaybookBadges } from './PlaybookBadges'

/** Playbooks that need a review or an owner, and runs in flight. */
export function PlaybookReviewCard() {
  const playbooks = useLiveQuery(() => listPlaybooks(), []) ?? []
  const runs = useLiveQuery(() => listActiveRuns(), []) ?? []
  const today = calendarDay(new Date())
  const needAttention = playbooks.map((playbook) => ({ playbook, badges: badges(playbook, today) })).filter((row) => row.badges.length > 0)
  return (
    <DashboardCard title="Playbooks" href={toHash('playbooks')} linkLabel="All playbooks">
      <Stack gap="xs">
        {needAttention.length === 0 ? (
          <AllClear>Every playbook has an owner and is reviewed on time.</AllClear>
        ) : (
          needAttention.map(({ playbook, badges: found }) => (
            <Group key={playbook.id} justify="space-between" wrap="nowrap">
              <Text size="sm">{playbook.title}</Text>
              <PlaybookBadges badges={found} />
            </Group>
          ))
        )}
        {runs.map((run) => {
          const { done, total } = progress(run)
          return (
            <Text key={run.id} size="sm" c="dimmed">
              Run “{run.title}”: {done} of {total} steps done
            </Text>
          )
        })}
      </Stack>
    </DashboardCard>
  )
}
