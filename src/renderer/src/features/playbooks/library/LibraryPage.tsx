import { Badge, Button, Group, Tabs, Text } from '@mantine/core'
import { IconFileImport, IconNotebook, IconPlus } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { calendarDay } from '@shared/domain/playbooks/calendarDay'
import { reviewState } from '@shared/domain/playbooks/reviewState'
import { listActiveRuns, listPlaybooks } from '../../../db/playbooks'
import { PageHeader } from '../../../ui/PageHeader'
import { TeachingEmptyState } from '../../../ui/TeachingEmptyState'
import { usePeopleNames } from '../../people'
import { PlaybookDropArea } from '../import/PlaybookImportPage'
import { importPlaybooks } from '../import/startImport'
import { ActiveRunsTab } from '../runs/ActiveRunsTab'
import { openNewPlaybook } from '../templates/openNewPlaybook'
import { libraryTabs, usePlaybooksUi, type LibraryTab } from '../playbooksUiStore'
import { allTags, filterPlaybooks } from './filterPlaybooks'
import { LeftoverDraftsAlert } from './LeftoverDraftsAlert'
import { LibraryFilters } from './LibraryFilters'
import { PlaybookTable } from './PlaybookTable'
import { ReviewTab } from './ReviewTab'

const description = "Your team's processes, best practices and onboarding, kept current and run as checklists."

function CountBadge({ count, color }: { count: number; color: string }) {
  return count > 0 ? (
    <Badge size="xs" variant="light" color={color} ml={4}>
      {count}
    </Badge>
  ) : null
}

export function LibraryPage() {
  const playbooks = useLiveQuery(() => listPlaybooks(), [])
  const activeRuns = useLiveQuery(() => listActiveRuns(), []) ?? []
  const names = usePeopleNames()
  const tab = usePlaybooksUi((state) => state.tab)
  const setTab = usePlaybooksUi((state) => state.setTab)
  const filter = usePlaybooksUi((state) => state.filter)
  const now = new Date()
  const today = calendarDay(now)

  const newButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => openNewPlaybook()}>
      New playbook
    </Button>
  )
  const importButton = (
    <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => void importPlaybooks()}>
      Import…
    </Button>
  )
  if (playbooks === undefined) return <PageHeader title="Playbooks" description={description} />
  if (playbooks.length === 0) {
    return (
      <PlaybookDropArea>
        <PageHeader title="Playbooks" description={description} />
        <LeftoverDraftsAlert />
        <TeachingEmptyState
          icon={<IconNotebook size={28} />}
          title="Write down how your team works"
          description="A playbook is a process, a best practice or an onboarding plan. Start from one of ten templates written for product ops, give it an owner and a review cadence so it never goes stale, and turn its checklist into a tracked run whenever it is used."
          actions={
            <Group>
              {newButton}
              {importButton}
            </Group>
          }
        />
      </PlaybookDropArea>
    )
  }

  const live = playbooks.filter((playbook) => playbook.status !== 'archived')
  const needReview = live.filter((playbook) => ['due', 'stale'].includes(reviewState(playbook, today)) || !playbook.ownerId).length
  const shown = filterPlaybooks(playbooks, filter, today, names)
  return (
    <PlaybookDropArea>
      <PageHeader
        title="Playbooks"
        description={description}
        action={
          <Group gap="sm" wrap="nowrap">
            {importButton}
            {newButton}
          </Group>
        }
      />
      <LeftoverDraftsAlert />
      <Tabs value={tab} onChange={(value) => setTab((libraryTabs as readonly string[]).includes(value ?? '') ? (value as LibraryTab) : 'library')} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="library">Library</Tabs.Tab>
          <Tabs.Tab value="review" rightSection={<CountBadge count={needReview} color="yellow" />}>
            Review
          </Tabs.Tab>
          <Tabs.Tab value="runs" rightSection={<CountBadge count={activeRuns.length} color="blue" />}>
            Active runs
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="library">
          <LibraryFilters tags={allTags(playbooks)} people={names} />
          {shown.length === 0 ? (
            <Text c="dimmed" size="sm">
              No playbook matches these filters.
            </Text>
          ) : (
            <PlaybookTable playbooks={shown} names={names} today={today} now={now} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="review">
          <ReviewTab playbooks={playbooks} names={names} today={today} now={now} />
        </Tabs.Panel>
        <Tabs.Panel value="runs">
          <ActiveRunsTab playbooks={playbooks} names={names} today={today} />
        </Tabs.Panel>
      </Tabs>
    </PlaybookDropArea>
  )
}
