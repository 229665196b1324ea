import { Button, Group, Loader, Menu, Stack } from '@mantine/core'
import { IconBulb, IconDownload, IconPlus } from '@tabler/icons-react'
import { PageHeader } from '../../../ui/PageHeader'
import { TeachingEmptyState } from '../../../ui/TeachingEmptyState'
import { exportThemesCsv } from '../feedbackExports'
import { FeedbackTabs } from '../FeedbackTabs'
import { ScoringControls } from './ScoringControls'
import { ThemeCharts } from './ThemeCharts'
import { openThemeEditor } from './ThemeForm'
import { ThemeRankingTable } from './ThemeRankingTable'
import { ThemeSuggestionsList } from './ThemeSuggestionsList'
import { useThemeRanking } from './useThemeRanking'

const description = 'Customer problems worth solving, ranked by reach and revenue, every score explained.'

/** Themes ranked by the chosen score, with the charts and the suggestions that feed them. */
export function ThemesPage() {
  const { ranked, data } = useThemeRanking()
  const newTheme = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => openThemeEditor()}>
      New theme
    </Button>
  )
  return (
    <>
      <PageHeader title="Themes" description={description} action={newTheme} />
      <FeedbackTabs active="themes" />
      {!ranked || !data ? (
        <Loader aria-label="Ranking themes" />
      ) : ranked.length === 0 ? (
        <TeachingEmptyState
          icon={<IconBulb size={28} />}
          title="Group feedback into themes"
          description="A theme is a customer problem: “Scheduled exports”, “SSO for every plan”. Link feedback to it with an importance, and Opsdeck ranks themes by how many customers ask and what they pay."
          actions={newTheme}
        />
      ) : (
        <Stack gap="md">
          <ScoringControls />
          <Group justify="flex-end">
            <Menu position="bottom-end">
              <Menu.Target>
                <Button size="compact-sm" variant="subtle" leftSection={<IconDownload size={14} aria-hidden />}>
                  Export themes
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => void exportThemesCsv(data.themes, ranked, false)}>Themes with scores as CSV (UTF-8)</Menu.Item>
                <Menu.Item onClick={() => void exportThemesCsv(data.themes, ranked, true)}>Themes with scores as CSV for Excel (with BOM)</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
          <ThemeRankingTable ranked={ranked} />
          <ThemeCharts ranked={ranked} links={data.links} rows={data.rows} />
          <ThemeSuggestionsList />
        </Stack>
      )}
    </>
  )
}
