import { Center, Loader, useComputedColorScheme, useMantineColorScheme } from '@mantine/core'
import { spotlight } from '@mantine/spotlight'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, type ComponentType } from 'react'
import { useCommandHost, type CommandHandlers } from './commands/useCommandHost'
import { getSetting } from './db/settings'
import { hasAnyRecords } from './db/workspace'
import { DashboardPage } from './features/dashboard'
import { FeedbackNavLinks, FeedbackPage, importFeedbackFile, inboxCommandHandlers, openFeedbackEditor, useFeedbackStartup } from './features/feedback'
import { MetricsPage, openMetricEditor } from './features/metrics'
import { FirstRunScreen } from './features/onboarding'
import { PeoplePage, openPersonEditor } from './features/people'
import { PlaybooksPage, openNewPlaybook } from './features/playbooks'
import { importPlaybooks } from './features/playbooks'
import { CommandPalette } from './features/search'
import { SettingsPage, loadSampleWithConfirmation } from './features/settings'
import { ToolsPage, exportNoticeCalendar, openToolEditor, useToolReminders } from './features/tools'
import type { PageId } from './navigation/routes'
import { navigate, useRoute } from './navigation/useRoute'
import { AppLayout } from './ui/AppLayout'
import { ErrorBoundary } from './ui/ErrorBoundary'
import { PageErrorScreen } from './ui/PageErrorScreen'
import { backUpBeforeQuit, backUpNow, exportWorkspaceCommand, exportWorkspaceToFile, restoreFromFile, useAutomaticBackups } from './features/backups'
import { pages } from './navigation/pages'
import { openShortcutsModal } from './ui/ShortcutsModal'

const pageComponents: Record<PageId, ComponentType> = {
  dashboard: DashboardPage,
  feedback: FeedbackPage,
  playbooks: PlaybooksPage,
  tools: ToolsPage,
  metrics: MetricsPage,
  people: PeoplePage,
  settings: SettingsPage
}

function useFirstRun(): boolean | undefined {
  return useLiveQuery(async () => {
    if (await getSetting('onboarding')) return false
    return !(await hasAnyRecords())
  }, [])
}

export function App() {
  const route = useRoute()
  const firstRun = useFirstRun()
  const { setColorScheme } = useMantineColorScheme()
  const computed = useComputedColorScheme('light')
  useToolReminders()

  const handlers = useMemo(
    (): CommandHandlers => ({
      'go.dashboard': () => navigate('dashboard'),
      'go.feedback': () => navigate('feedback'),
      'go.playbooks': () => navigate('playbooks'),
      'go.tools': () => navigate('tools'),
      'go.metrics': () => navigate('metrics'),
      'go.people': () => navigate('people'),
      'go.settings': () => navigate('settings'),
      'feedback.import': () => void importFeedbackFile(),
      'feedback.new': () => openFeedbackEditor(),
      'playbooks.new': () => openNewPlaybook(),
      'playbooks.import': () => void importPlaybooks(),
      'tools.new': () => openToolEditor(),
      'tools.exportCalendar': () => void exportNoticeCalendar(),
      'metrics.new': () => openMetricEditor(),
      'people.new': () => openPersonEditor(),
      'workspace.loadSample': () => void loadSampleWithConfirmation(),
      'workspace.backUpNow': () => void backUpNow(),
      'workspace.restore': () => void restoreFromFile(),
      'workspace.export': () => void exportWorkspaceCommand(),
      'app.backUpBeforeQuit': () => void backUpBeforeQuit(),
      'app.commandPalette': () => spotlight.open(),
      'app.toggleColorScheme': () => setColorScheme(computed === 'dark' ? 'light' : 'dark'),
      'app.shortcuts': () => openShortcutsModal(),
      ...inboxCommandHandlers
    }),
    [computed, setColorScheme]
  )
  useCommandHost(handlers)
  useFeedbackStartup()
  useAutomaticBackups()

  if (firstRun === undefined) {
    return (
      <Center mih="100vh">
        <Loader aria-label="Opening your workspace" />
      </Center>
    )
  }
  if (firstRun) return <FirstRunScreen />

  const Page = pageComponents[route.page]
  return (
    <>
      <AppLayout page={route.page} onOpenPalette={() => spotlight.open()} onToggleColorScheme={handlers['app.toggleColorScheme']} navChildren={{ feedback: <FeedbackNavLinks /> }}>
        <ErrorBoundary
          key={route.page}
          where={`${route.page} page`}
          fallback={(error, retry) => <PageErrorScreen pageLabel={pages.find((entry) => entry.id === route.page)?.label ?? 'This page'} error={error} onRetry={retry} onExport={() => exportWorkspaceToFile()} />}
        >
          <Page />
        </ErrorBoundary>
      </AppLayout>
      <CommandPalette handlers={handlers} />
    </>
  )
}
