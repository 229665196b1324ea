import { Alert, Badge, Button, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { IconFileImport, IconFolderOpen, IconUsersPlus } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type DragEvent, type ReactNode } from 'react'
import type { ImportPlan, PlanRow } from '@shared/playbookImport/planImport'
import { applyImportPlan, getPlaybookImport, undoPlaybookImport } from '../../../db/playbookImport'
import { navigate } from '../../../navigation/useRoute'
import { confirmAction } from '../../../ui/confirm'
import { notifyError, notifySuccess } from '../../../ui/notify'
import { PageHeader } from '../../../ui/PageHeader'
import { collectDropped } from './collectFiles'
import { ImportFileTable } from './ImportFileTable'
import { usePlaybookImport } from './playbookImportStore'
import { importPlaybookFolder, importPlaybooks, previewBatch } from './startImport'

const plural = (count: number, one: string, many = `${one}s`): string => `${count.toLocaleString()} ${count === 1 ? one : many}`

function countsOf(rows: PlanRow[]) {
  const count = (status: PlanRow['status']) => rows.filter((row) => row.status === status).length
  return { created: count('new'), updated: count('update'), skipped: count('skipped') + count('unused'), refused: count('refused'), images: count('image') }
}

function Summary({ rows, people, mode }: { rows: PlanRow[]; people: number; mode: 'preview' | 'report' }) {
  const counts = countsOf(rows)
  const past = mode === 'report'
  const badges: [number, string, string][] = [
    [counts.created, `${plural(counts.created, 'new playbook')}${past ? ' created' : ''}`, 'teal'],
    [counts.updated, `${plural(counts.updated, 'update')} of earlier imports`, 'blue'],
    [people, `${plural(people, 'new person', 'new people')}${past ? ' added' : ''}`, 'orange'],
    [counts.images, plural(counts.images, 'image'), 'grape'],
    [counts.skipped, `${plural(counts.skipped, 'file')} skipped`, 'gray'],
    [counts.refused, `${plural(counts.refused, 'file')} refused`, 'red']
  ]
  return (
    <Group gap="xs" mb="md" aria-label="Summary">
      {badges
        .filter(([count], index) => count > 0 || index === 0)
        .map(([, text, color]) => (
          <Badge key={text} variant="light" color={color}>
            {text}
          </Badge>
        ))}
    </Group>
  )
}

function NewPeople({ plan }: { plan: ImportPlan }) {
  if (plan.people.length === 0) return null
  return (
    <Alert variant="light" color="orange" icon={<IconUsersPlus size={18} aria-hidden />} title={`${plural(plan.people.length, 'person', 'people')} not in People yet, added on import`} mb="md">
      <List size="sm" spacing={2}>
        {plan.people.map((person) => (
          <List.Item key={person.id}>
            {person.name}
            {person.email ? ` (${person.email})` : ''}, named in {person.files.join(', ')}
          </List.Item>
        ))}
      </List>
    </Alert>
  )
}

/** Drop files, a folder or a .zip here; the buttons are the keyboard way to the same thing. */
function DropArea({ children }: { children: ReactNode }) {
  const [over, setOver] = useState(false)
  const onDrop = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return
    event.preventDefault()
    setOver(false)
    const count = event.dataTransfer.items?.length ?? event.dataTransfer.files.length
    const name = event.dataTransfer.files[0]?.name ?? 'dropped files'
    void previewBatch(() => collectDropped(event.dataTransfer), count === 1 ? name : `${count} dropped items`, count)
  }
  return (
    <div
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return
        event.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      style={{ outline: over ? '2px dashed var(--mantine-primary-color-filled)' : undefined, outlineOffset: 4, borderRadius: 8 }}
    >
      {children}
    </div>
  )
}

export { DropArea as PlaybookDropArea }

function ChooseButtons({ primary }: { primary: boolean }) {
  return (
    <>
      <Button variant={primary ? 'filled' : 'default'} leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => void importPlaybooks()}>
        Choose files or a .zip…
      </Button>
      <Button variant="default" leftSection={<IconFolderOpen size={16} aria-hidden />} onClick={() => void importPlaybookFolder()}>
        Choose a folder…
      </Button>
    </>
  )
}

const description = 'Bring in a whole Notion, Confluence or Obsidian space: check what each file becomes before anything is written.'

function Preview() {
  const stage = usePlaybookImport((state) => state.stage)
  const setStage = usePlaybookImport((state) => state.set)
  const reset = usePlaybookImport((state) => state.reset)
  if (stage.kind === 'reading') {
    return (
      <>
        <PageHeader title="Import playbooks" description={description} />
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>
            Reading {stage.name} ({plural(stage.files, 'file')})…
          </Text>
        </Group>
      </>
    )
  }
  if (stage.kind === 'failed') {
    return (
      <DropArea>
        <PageHeader title="Import playbooks" description={description} action={<ChooseButtons primary />} />
        <Alert color="red" title="Nothing was imported">
          {stage.message}
        </Alert>
      </DropArea>
    )
  }
  if (stage.kind === 'idle') {
    return (
      <DropArea>
        <PageHeader title="Import playbooks" description={description} />
        <Paper withBorder p="xl" radius="md" style={{ borderStyle: 'dashed', borderWidth: 2 }}>
          <Stack align="center" gap="sm">
            <Title order={2} size="h4">
              Drop an export here, or choose it
            </Title>
            <Text c="dimmed" size="sm" ta="center" maw={560}>
              A Notion “Markdown &amp; CSV” export (.zip), a Confluence HTML space export (.zip or its folder), an Obsidian vault, Markdown files or Opsdeck JSON. You see every file’s title, owner and checklist before anything is written, and one click undoes the whole import.
            </Text>
            <Group>
              <ChooseButtons primary />
            </Group>
          </Stack>
        </Paper>
      </DropArea>
    )
  }
  const { prepared } = stage
  const { plan } = prepared
  const importable = plan.playbooks.length + prepared.json.length
  const writing = stage.kind === 'writing'
  const runImport = async () => {
    setStage({ kind: 'writing', prepared })
    try {
      const record = await applyImportPlan(plan, prepared.name, prepared.json)
      reset()
      navigate('playbooks', 'import', record.id)
    } catch (error) {
      setStage({ kind: 'preview', prepared })
      notifyError('Nothing was imported', error)
    }
  }
  return (
    <DropArea>
      <PageHeader
        title="Import playbooks"
        description={`Preview of ${prepared.name}: nothing is written until you import.`}
        action={
          <>
            <Button variant="default" onClick={() => reset()} disabled={writing}>
              Cancel
            </Button>
            <Button onClick={() => void runImport()} loading={writing} disabled={importable === 0}>
              {importable === 0 ? 'Nothing to import' : `Import ${plural(importable, 'playbook')}`}
            </Button>
          </>
        }
      />
      <Summary rows={plan.rows} people={plan.people.length} mode="preview" />
      <NewPeople plan={plan} />
      <ImportFileTable rows={plan.rows} mode="preview" label="Files to import" />
    </DropArea>
  )
}

function Report({ recordId }: { recordId: string }) {
  const record = useLiveQuery(() => getPlaybookImport(recordId), [recordId], null)
  if (record === null) return <PageHeader title="Import report" description="Loading…" />
  if (!record) {
    return (
      <>
        <PageHeader title="Import report" description="This import is no longer recorded." />
        <Button variant="default" onClick={() => navigate('playbooks')}>
          Back to playbooks
        </Button>
      </>
    )
  }
  const undo = async () => {
    const created = record.createdPlaybookIds.length
    const restored = record.previousPlaybooks.length
    const message = [
      created > 0 ? `Delete ${plural(created, 'playbook')} created by this import` : undefined,
      restored > 0 ? `put back ${plural(restored, 'updated playbook')} as ${restored === 1 ? 'it was' : 'they were'}` : undefined,
      record.personIds.length > 0 ? `remove ${plural(record.personIds.length, 'person', 'people')} it added` : undefined
    ]
      .filter(Boolean)
      .join(', ')
    if (!(await confirmAction({ title: 'Undo this import?', message: `${message}.`, confirmLabel: 'Undo import', destructive: true }))) return
    try {
      await undoPlaybookImport(record.id)
      notifySuccess(`Undid the import of ${record.name}`)
    } catch (error) {
      notifyError('Could not undo the import', error)
    }
  }
  const when = new Date(record.createdAt)
  return (
    <DropArea>
      <PageHeader
        title="Import report"
        description={`${record.name}, imported ${when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}${record.undoneAt ? ' — undone' : ''}.`}
        action={
          <>
            {!record.undoneAt && (
              <Button variant="default" color="red" onClick={() => void undo()}>
                Undo import
              </Button>
            )}
            <Button onClick={() => navigate('playbooks')}>Back to playbooks</Button>
          </>
        }
      />
      {record.undoneAt && (
        <Alert color="gray" mb="md" title="This import was undone">
          Its playbooks, people and images were removed and updated playbooks put back.
        </Alert>
      )}
      <Summary rows={record.rows} people={record.personIds.length} mode="report" />
      <ImportFileTable rows={record.rows} mode="report" label="Imported files" />
    </DropArea>
  )
}

/** '#/playbooks/import': choose or drop a batch and see its preview; '#/playbooks/import/<id>': the report of one import. */
export function PlaybookImportPage({ recordId }: { recordId?: string }) {
  return recordId ? <Report recordId={recordId} /> : <Preview />
}
