import { Group, Stack, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { formatCount } from '@shared/format/money'
import { statusCounts } from '../../db/feedbackCounts'
import { db } from '../../db/db'
import { toHash } from '../../navigation/routes'
import { AllClear, DashboardCard } from '../../ui/DashboardCard'

/** How much feedback waits for triage, and the themes customers raise most. */
export function FeedbackInboxCard() {
  const untriaged = useLiveQuery(() => statusCounts().then((counts) => counts.new), [])
  const topThemes = useLiveQuery(async () => {
    const [themes, links] = await Promise.all([db.themes.toArray(), db.themeLinks.toArray()])
    const counts = new Map<string, number>()
    for (const link of links) counts.set(link.themeId, (counts.get(link.themeId) ?? 0) + 1)
    return themes
      .map((theme) => ({ theme, count: counts.get(theme.id) ?? 0 }))
      .filter((row) => row.count > 0)
      .sort((a, b) => b.count - a.count)
      .slice(0, 3)
  }, [])
  return (
    <DashboardCard title="Feedback" href={toHash('feedback')} linkLabel="Open inbox">
      <Stack gap="xs">
        <Text size="sm">
          <Text span fw={700}>
            {formatCount(untriaged ?? 0)}
          </Text>{' '}
          {untriaged === 1 ? 'item waits' : 'items wait'} for triage
        </Text>
        {topThemes?.length ? (
          topThemes.map(({ theme, count }) => (
            <Group key={theme.id} justify="space-between" wrap="nowrap">
              <Text size="sm">{theme.name}</Text>
              <Text size="sm" c="dimmed">
                {count} linked
              </Text>
            </Group>
          ))
        ) : (
          <AllClear>No themes yet.</AllClear>
        )}
      </Stack>
    </DashboardCard>
  )
}
