import { Anchor, Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft, IconDownload, IconPencil, IconTrash } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { riceScore, revenueScore } from '@shared/domain/feedback/scoring'
import { computeThemeStats } from '@shared/domain/feedback/themeStats'
import { getSetting } from '../../../db/settings'
import { getTheme, loadThemeData, loadThemeEvidence } from '../../../db/themes'
import { toHash } from '../../../navigation/routes'
import { navigate } from '../../../navigation/useRoute'
import { usePeopleNames } from '../../people'
import { exportThemeBrief } from '../feedbackExports'
import { inboxUiActions } from '../inbox/inboxUiStore'
import { ScoreBreakdownView } from './ScoreBreakdownView'
import { deleteThemeWithConfirmation } from './themeActions'
import { openThemeEditor } from './ThemeForm'
import { themeStatusColor, themeStatusLabel } from './themeLabels'
import { ThemeLinkedFeedback } from './ThemeLinkedFeedback'
import { ThemeStatsGrid } from './ThemeStatsGrid'
import { useThemesUi } from './themesUiStore'

async function loadDetail(themeId: string) {
  const [data, baseCurrency, rates] = await Promise.all([loadThemeData(themeId), getSetting('baseCurrency'), getSetting('exchangeRates')])
  const parent = data.theme?.parentId ? await getTheme(data.theme.parentId) : undefined
  return { ...data, parent, money: { baseCurrency: baseCurrency ?? 'USD', rates: rates ?? {} } }
}

/** One theme: its live numbers, both scores with their breakdowns, the linked feedback, and the brief. */
export function ThemeDetailPage({ themeId }: { themeId: string }) {
  const detail = useLiveQuery(() => loadDetail(themeId), [themeId])
  const { reachDays, weights, method } = useThemesUi(useShallow((state) => ({ reachDays: state.reachDays, weights: state.weights, method: state.method })))
  const people = usePeopleNames()
  const scored = useMemo(() => {
    if (!detail?.theme) return undefined
    const stats = computeThemeStats({ links: detail.links, feedback: detail.rows, now: new Date(), money: detail.money })
    const options = { reachDays, weights }
    return { stats, rice: riceScore(detail.theme, stats, options), revenue: revenueScore(detail.theme, stats, options) }
  }, [detail, reachDays, weights])

  if (!detail) return <Loader aria-label="Opening the theme" />
  const { theme } = detail
  if (!theme || !scored) {
    return (
      <Stack>
        <Title order={1} size="h2">
          Theme not found
        </Title>
        <Text>It may have been deleted. <Anchor href={toHash('feedback', 'themes')}>Back to themes</Anchor></Text>
      </Stack>
    )
  }
  const ownerName = theme.ownerId ? people.get(theme.ownerId) : undefined
  const brief = async () =>
    exportThemeBrief({
      theme,
      stats: scored.stats,
      breakdown: method === 'revenue' ? scored.revenue : scored.rice,
      evidence: await loadThemeEvidence(theme.id),
      links: detail.links,
      ownerName,
      parentName: detail.parent?.name
    })
  const openInInbox = () => {
    inboxUiActions.replaceFilter({ themeId: [theme.id] })
    navigate('feedback')
  }
  return (
    <Stack gap="md">
      <Anchor href={toHash('feedback', 'themes')} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden /> All themes
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={1} size="h2">
              {theme.name}
            </Title>
            <Badge variant="light" color={themeStatusColor[theme.status]}>
              {themeStatusLabel[theme.status]}
            </Badge>
          </Group>
          {theme.description && <Text c="dimmed">{theme.description}</Text>}
          <Text size="sm" c="dimmed">
            {[
              ownerName ? `Owner: ${ownerName}` : 'No owner',
              theme.effort !== undefined ? `Effort: ${theme.effort} person-weeks` : 'Effort not set',
              theme.confidence !== undefined ? `Confidence: ${Math.round(theme.confidence * 100)}%` : 'Confidence not set',
              detail.parent ? `Part of ${detail.parent.name}` : ''
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => openThemeEditor(theme)}>
            Edit
          </Button>
          <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void brief()}>
            Export brief
          </Button>
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => void deleteThemeWithConfirmation(theme)}>
            Delete
          </Button>
        </Group>
      </Group>
      <ThemeStatsGrid stats={scored.stats} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="md" radius="md">
          <ScoreBreakdownView breakdown={scored.rice} title="RICE score" />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <ScoreBreakdownView breakdown={scored.revenue} title="Revenue-weighted score" />
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            Linked feedback
          </Title>
          <Button size="compact-sm" variant="subtle" onClick={openInInbox}>
            Open in the inbox
          </Button>
        </Group>
        <ThemeLinkedFeedback theme={theme} links={detail.links} newest={detail.newest} />
      </Paper>
    </Stack>
  )
}
