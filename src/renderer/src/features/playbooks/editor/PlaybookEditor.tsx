import { Alert, Grid, Tabs } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import type { Playbook, PlaybookDoc } from '@shared/domain/playbooks/playbook'
import { listPlaybooks, listRunsOfPlaybook, listVersions } from '../../../db/playbooks'
import { usePeopleNames } from '../../people'
import { allTags } from '../library/filterPlaybooks'
import { openStartRunModal } from '../runs/StartRunForm'
import { PlaybookRunsTab } from '../runs/PlaybookRunsTab'
import { TrainingTab } from '../training/TrainingTab'
import { HistoryTab } from '../versions/HistoryTab'
import { openPublishModal } from '../versions/PublishForm'
import { ConflictModal } from './ConflictModal'
import { EditorHeader } from './EditorHeader'
import { MetadataPanel } from './MetadataPanel'
import { PlaybookRichTextEditor } from './PlaybookRichTextEditor'
import { RecoveredDraftAlert } from './RecoveredDraftAlert'
import { usePlaybookEditing } from './usePlaybookEditing'
import { useSaveShortcut } from './useSaveShortcut'

type EditorTab = 'document' | 'history' | 'runs' | 'training'

/** The editor page of one playbook: its text and details, versions, runs and (for training) who completed it. */
export function PlaybookEditor({ initial }: { initial: Playbook }) {
  const editing = usePlaybookEditing(initial)
  const { editor, working, stored, snapshot } = editing
  const names = usePeopleNames()
  const versions = useLiveQuery(() => listVersions(initial.id), [initial.id]) ?? []
  const runs = useLiveQuery(() => listRunsOfPlaybook(initial.id), [initial.id]) ?? []
  const knownTags = useLiveQuery(async () => allTags(await listPlaybooks()), []) ?? []
  const [tab, setTab] = useState<EditorTab>('document')
  useSaveShortcut(() => void editing.save())

  const publish = () => openPublishModal({ playbook: stored, versions, names, saveFirst: editing.save })
  const startRun = () => openStartRunModal({ playbook: working, latestVersion: versions[0], saveFirst: editing.save })
  const mine = { title: working.title, content: (snapshot.pending.content ?? stored.content) as PlaybookDoc }

  return (
    <>
      <EditorHeader editing={editing} versions={versions} names={names} onPublish={publish} onStartRun={startRun} />
      {editing.deleted && (
        <Alert color="red" mb="md" title="This playbook was deleted">
          It was deleted in another window. Your text is still here: copy what you need before leaving the page.
        </Alert>
      )}
      {editing.recovered && <RecoveredDraftAlert draft={editing.recovered} onKeep={editing.keepRecovered} onDiscard={() => void editing.discardRecovered()} />}
      <Tabs value={tab} onChange={(value) => setTab((value as EditorTab | null) ?? 'document')}>
        <Tabs.List mb="md">
          <Tabs.Tab value="document">Document</Tabs.Tab>
          <Tabs.Tab value="history">History ({versions.length})</Tabs.Tab>
          <Tabs.Tab value="runs">Runs ({runs.length})</Tabs.Tab>
          {working.category === 'training' && <Tabs.Tab value="training">Training</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="document">
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <PlaybookRichTextEditor editor={editor} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <MetadataPanel working={working} stored={stored} names={names} knownTags={knownTags} change={editing.change} save={() => void editing.save()} />
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        {/* Only the open tab renders: the history diff is worth computing only when someone looks at it. */}
        <Tabs.Panel value="history">{tab === 'history' && <HistoryTab versions={versions} working={{ ...working, content: mine.content }} names={names} saveFirst={editing.save} />}</Tabs.Panel>
        <Tabs.Panel value="runs">{tab === 'runs' && <PlaybookRunsTab runs={runs} names={names} />}</Tabs.Panel>
        {working.category === 'training' && <Tabs.Panel value="training">{tab === 'training' && <TrainingTab playbook={stored} runs={runs} versions={versions} names={names} />}</Tabs.Panel>}
      </Tabs>
      {snapshot.status === 'conflict' && snapshot.theirs && (
        <ConflictModal theirs={snapshot.theirs} mine={mine} pending={snapshot.pending} onKeepMine={editing.keepMine} onTakeTheirs={editing.takeTheirs} />
      )}
    </>
  )
}
