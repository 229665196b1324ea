import { ActionIcon, Button, Card, Group, Menu, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core'
import { IconAlertTriangle, IconChevronDown, IconCircleCheck, IconDatabaseExport, IconFolder, IconFolderOpen, IconRestore } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import type { AppInfo, BackupEntry, BackupLocation } from '@shared/bridge'
import type { WorkspacePart } from '@shared/workspaceFile'
import { exactTime, relativeTime } from '@shared/format/relativeTime'
import { bridgeErrorMessage, getBridge } from '../../bridge'
import { notifyError, notifySuccess } from '../../ui/notify'
import { backUpNow, restoreFromBackup, restoreFromFile } from './backupActions'
import { useBackupList } from './backupList'
import { changeBackupLocation, useBackupLocation } from './backupLocation'
import { formatBytes, reasonLabel, summariseCounts } from './describeTables'
import { exportWorkspaceToFile } from './exportWorkspace'
import { mergeFromFile } from './mergeFlow'
import { automaticBackupHours } from './useAutomaticBackups'

interface StorageFacts {
  persisted: boolean | undefined
  usage: number | undefined
  quota: number | undefined
}

function useStorageFacts(): StorageFacts | undefined {
  const [facts, setFacts] = useState<StorageFacts>()
  useEffect(() => {
    const storage = navigator.storage
    void Promise.all([storage?.persisted?.().catch(() => undefined), storage?.estimate?.().catch(() => undefined)]).then(([persisted, estimate]) =>
      setFacts({ persisted, usage: estimate?.usage, quota: estimate?.quota })
    )
  }, [])
  return facts
}

/** What the browser promised about this workspace's storage, in plain words. */
function StorageLine({ facts, desktop }: { facts: StorageFacts | undefined; desktop: boolean }) {
  if (!facts) return null
  const persistence =
    facts.persisted === true
      ? `Storage is persistent: ${desktop ? 'Opsdeck' : 'the browser'} keeps this workspace even when the disk runs low.`
      : facts.persisted === false
        ? 'Storage is not persistent: the browser may clear this workspace when the disk runs low. Keep a backup outside it: a download, or a backup folder.'
        : 'This browser does not say whether it keeps this workspace under storage pressure.'
  const space = facts.usage !== undefined && facts.quota !== undefined ? ` Using ${formatBytes(facts.usage)} of the ${formatBytes(facts.quota)} it allows.` : ''
  return (
    <Text size="xs" c="dimmed">
      {persistence}
      {space}
    </Text>
  )
}

async function changeFolder(change: () => Promise<BackupLocation | null>, failure: string): Promise<void> {
  try {
    const next = await changeBackupLocation(change)
    // The list shows the backups of the folder in use; the ones taken before are not moved, nor deleted.
    if (next?.kind === 'chosen' && next.access === 'ready') notifySuccess(`Backups now go to ${next.display}. Those taken before stay where they were.`)
  } catch (error) {
    notifyError(failure, new Error(bridgeErrorMessage(error)))
  }
}

const chooseFolder = () => changeFolder(() => getBridge().chooseBackupFolder(), 'The backups folder was not changed')
const resetToDefaultFolder = () => changeFolder(() => getBridge().useDefaultBackupFolder(), 'The backups folder was not changed')
const reconnectFolder = () => changeFolder(() => getBridge().reconnectBackupFolder(), 'Access to the backups folder was not granted')

/** What the line says about where backups go, and which actions it offers. */
function describeLocation(location: BackupLocation, desktop: boolean): { where: string; note: string; warning?: string; actions: ('choose' | 'change' | 'default' | 'reconnect' | 'retry')[] } {
  if (location.kind === 'default') return { where: location.display, note: 'The backups folder in Opsdeck’s data folder.', actions: ['change'] }
  if (location.kind === 'browser') {
    return location.canChooseFolder
      ? { where: 'this browser', note: 'Choose a folder on this computer, and Opsdeck backs up into it automatically while it is open.', actions: ['choose'] }
      : { where: 'this browser', note: 'Automatic backups need the desktop app or a browser with folder access (such as Chrome or Edge).', actions: [] }
  }
  if (location.access === 'needs-permission') {
    return {
      where: `the folder “${location.display}”`,
      note: 'A folder you chose on this computer.',
      warning: 'The browser needs your permission again before Opsdeck can write there. Until then, automatic backups are paused and Back up now downloads a file.',
      actions: ['reconnect', 'change', 'default']
    }
  }
  if (location.access === 'unavailable') {
    return { where: location.display, note: 'A folder you chose.', warning: `${location.problem ?? 'This folder cannot be written now.'} Backups fail until it can be written again.`, actions: ['retry', 'change', 'default'] }
  }
  return { where: desktop ? location.display : `the folder “${location.display}”`, note: desktop ? 'A folder you chose.' : 'A folder you chose on this computer.', actions: ['change', 'default'] }
}

function LocationLine({ location, desktop }: { location: BackupLocation; desktop: boolean }) {
  const { where, note, warning, actions } = describeLocation(location, desktop)
  return (
    <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm" role="group" aria-label="Where backups go">
      <Group gap="xs" wrap="nowrap" align="flex-start" miw={0}>
        <IconFolderOpen size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
        <Stack gap={2} miw={0}>
          <Text size="sm">
            Backups go to{' '}
            <Text span fw={600} style={{ overflowWrap: 'anywhere' }}>
              {where}
            </Text>
          </Text>
          <Text size="xs" c="dimmed">
            {note}
          </Text>
          {warning && (
            <Text size="xs" c="orange.8" role="status">
              {warning}
            </Text>
          )}
        </Stack>
      </Group>
      {actions.length > 0 && (
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          {actions.includes('reconnect') && (
            <Button size="xs" variant="light" onClick={() => void reconnectFolder()}>
              Grant access again
            </Button>
          )}
          {actions.includes('retry') && (
            <Button size="xs" variant="light" onClick={() => void reconnectFolder()}>
              Try again
            </Button>
          )}
          {actions.includes('choose') && (
            <Button size="xs" variant="default" onClick={() => void chooseFolder()}>
              Choose a backup folder…
            </Button>
          )}
          {actions.includes('change') && (
            <Button size="xs" variant="default" onClick={() => void chooseFolder()}>
              Change…
            </Button>
          )}
          {actions.includes('default') && (
            <Button size="xs" variant="subtle" onClick={() => void resetToDefaultFolder()}>
              Use default
            </Button>
          )}
        </Group>
      )}
    </Group>
  )
}

function scheduleText(location: BackupLocation | undefined, desktop: boolean): string {
  const keeping = 'It keeps every backup of the last day, one a day for two weeks and one a week for eight weeks.'
  if (desktop) return `Opsdeck backs up this workspace every ${automaticBackupHours} hours while it is open and before every restore. Each backup is read back and verified. ${keeping} It never removes a file it did not write.`
  if (location?.kind === 'chosen' && location.access === 'ready')
    return `Opsdeck backs up this workspace into your folder every ${automaticBackupHours} hours while it is open in this browser, and before every restore. Each backup is read back and verified. ${keeping} It only ever removes files it named “Opsdeck backup …”.`
  return 'In the browser, Back up now downloads a verified backup file; keep it somewhere safe. Copies taken before a restore or Delete everything are kept in this browser (up to 5) for undo, and go when the site’s data is cleared.'
}

const exportChoices: { label: string; parts?: WorkspacePart[]; withFeedbackHistory?: boolean }[] = [
  { label: 'Whole workspace' },
  { label: 'Playbooks only', parts: ['playbooks'] },
  { label: 'Tools only', parts: ['tools'] },
  { label: 'Feedback only', parts: ['feedback'] },
  { label: 'Feedback without its history', parts: ['feedback'], withFeedbackHistory: false }
]

async function exportChoice(choice: (typeof exportChoices)[number]): Promise<void> {
  try {
    const name = await exportWorkspaceToFile(choice)
    if (name) notifySuccess(`Exported ${name}`)
  } catch (error) {
    notifyError('The export failed', new Error(bridgeErrorMessage(error)))
  }
}

function BackupRow({ entry, desktop, newestVerified }: { entry: BackupEntry; desktop: boolean; newestVerified: boolean }) {
  const when = exactTime(entry.createdAt)
  return (
    <Table.Tr>
      <Table.Td miw={150}>
        <Tooltip label={when}>
          <Text size="sm">{relativeTime(entry.createdAt, new Date())}</Text>
        </Tooltip>
        <Text size="xs" c="dimmed">
          {reasonLabel[entry.reason] ?? entry.reason} · {formatBytes(entry.size)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="xs">{summariseCounts(entry.counts)}</Text>
      </Table.Td>
      <Table.Td>
        {entry.verified ? (
          <Group gap={4} wrap="nowrap">
            <IconCircleCheck size={16} color="var(--mantine-color-teal-text)" aria-hidden />
            <Text size="xs" c="teal">
              {newestVerified ? 'Verified, newest' : 'Verified'}
            </Text>
          </Group>
        ) : (
          <Group gap={4} wrap="nowrap">
            <IconAlertTriangle size={16} color="var(--mantine-color-red-text)" aria-hidden />
            <Text size="xs" c="red">
              Not verified
            </Text>
          </Group>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap" justify="flex-end">
          <Button size="compact-sm" variant="subtle" leftSection={<IconRestore size={14} aria-hidden />} aria-label={`Restore the backup of ${when}`} onClick={() => void restoreFromBackup(entry)}>
            Restore…
          </Button>
          {desktop && (
            <Tooltip label="Show in folder">
              <ActionIcon
                variant="subtle"
                aria-label={`Show the backup of ${when} in its folder`}
                onClick={() => void getBridge().showBackupInFolder({ id: entry.id }).catch((error: unknown) => notifyError('Could not show the backup', new Error(bridgeErrorMessage(error))))}
              >
                <IconFolder size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  )
}

export function BackupsSection({ info }: { info: AppInfo | undefined }) {
  const { list, error } = useBackupList()
  const location = useBackupLocation()
  const facts = useStorageFacts()
  const desktop = info?.desktop ?? false
  const newestVerified = list?.backups.find((entry) => entry.verified)?.id
  return (
    <Card withBorder component="section" aria-labelledby="backups-title">
      <Group justify="space-between" mb="xs" wrap="nowrap" align="flex-start">
        <Title order={2} size="h4" id="backups-title">
          Backups
        </Title>
        <Group gap="xs" wrap="nowrap">
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" size="xs" leftSection={<IconDatabaseExport size={14} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />}>
                Export
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {exportChoices.map((choice) => (
                <Menu.Item key={choice.label} onClick={() => void exportChoice(choice)}>
                  {choice.label}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          <Button variant="default" size="xs" onClick={() => void mergeFromFile()}>
            Merge from file…
          </Button>
          <Button variant="default" size="xs" onClick={() => void restoreFromFile()}>
            Restore from file…
          </Button>
          <Button size="xs" onClick={() => void backUpNow()}>
            Back up now
          </Button>
        </Group>
      </Group>
      <Stack gap={6}>
        <Text size="sm">{scheduleText(location, desktop)}</Text>
        {location && <LocationLine location={location} desktop={desktop} />}
        <StorageLine facts={facts} desktop={desktop} />
        {list?.freeBytes !== undefined && list.location === 'folder' && (
          <Text size="xs" c="dimmed">
            {formatBytes(list.freeBytes)} free on the disk that holds the backups.
          </Text>
        )}
      </Stack>
      {error && (
        <Text size="sm" c="red" mt="sm">
          The backups could not be listed: {bridgeErrorMessage(new Error(error))}
        </Text>
      )}
      {list && list.backups.length === 0 && (
        <Text size="sm" c="dimmed" mt="sm">
          No backups yet. {desktop ? 'The first automatic one is taken a minute after the app opens.' : 'Back up now to download one.'}
        </Text>
      )}
      {list && list.backups.length > 0 && (
        <Table mt="sm" aria-label={list.location === 'folder' ? 'Backups in the backups folder' : 'Backups kept in this browser'} verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Taken</Table.Th>
              <Table.Th scope="col">Holds</Table.Th>
              <Table.Th scope="col">Check</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.backups.map((entry) => (
              <BackupRow key={entry.id} entry={entry} desktop={desktop} newestVerified={entry.id === newestVerified} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  )
}
