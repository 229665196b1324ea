import { Button, Stack, Table, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import type { BackupEntry } from '@shared/bridge'
import { csvToDatabaseFactor, type BackupReason, type WorkspaceHeader } from '@shared/workspaceFile'
import { exactTime } from '@shared/format/relativeTime'
import { formatCount } from '@shared/format/money'
import { bridgeErrorMessage, getBridge } from '../../bridge'
import { appSchemaVersion, upgradePending } from '../../db/upgradeBackup'
import { notifyError, notifySuccess } from '../../ui/notify'
import { logCaughtError } from '../../ui/ErrorBoundary'
import { inspect, restore, snapshot, snapshotIfUpgrading } from './backupJobs'
import { backupsChanged } from './backupList'
import { markBackupEnded, markBackupStarted } from './interruptedBackup'
import { spaceProblem } from './freeSpace'
import { countedTables, formatBytes } from './describeTables'
import { exportWorkspaceToFile, workspaceFileFilters, workspaceFileName } from './exportWorkspace'

const chunkBytes = 8 * 1024 * 1024

/** Takes a backup and keeps it where backups go (the desktop's backups folder, or this browser's storage). */
export async function takeBackup(reason: BackupReason): Promise<BackupEntry> {
  markBackupStarted(reason)
  try {
    const { bytes } = await snapshot({ reason })
    const entry = await getBridge().writeBackup({ data: bytes as Uint8Array<ArrayBuffer> })
    backupsChanged()
    return entry
  } finally {
    markBackupEnded()
  }
}

/**
 * "Back up now": into the backups folder (the desktop's, or one a browser was granted); in a browser without
 * one, a download, and a copy kept in the browser for undo.
 */
export async function backUpNow(): Promise<void> {
  const id = notifications.show({ loading: true, autoClose: false, withCloseButton: false, message: 'Backing up the workspace…' })
  try {
    const bridge = getBridge()
    const location = await bridge.getBackupLocation()
    markBackupStarted('manual')
    const { bytes, header } = await snapshot({ reason: 'manual' }).finally(markBackupEnded)
    const entry = await bridge.writeBackup({ data: bytes.slice() as Uint8Array<ArrayBuffer> })
    backupsChanged()
    // Kept in this browser's storage (no folder, or one whose permission lapsed): the download is the real backup.
    const inBrowserStorage = location.kind === 'browser' || location.access === 'needs-permission'
    if (!inBrowserStorage) {
      const where = location.kind === 'chosen' ? ` into ${location.display}` : ''
      notifications.update({ id, loading: false, autoClose: 5000, color: 'teal', message: `Backed up and verified${where} (${formatBytes(entry.size)}).` })
      return
    }
    const saved = await bridge.saveFile({ title: 'Save backup', suggestedName: workspaceFileName(header), filters: workspaceFileFilters, data: bytes as Uint8Array<ArrayBuffer> })
    notifications.update({ id, loading: false, autoClose: 5000, color: 'teal', message: saved.saved ? `Backed up and verified: ${saved.name} (${formatBytes(entry.size)}).` : 'Backed up in this browser.' })
  } catch (error) {
    notifications.update({ id, loading: false, autoClose: false, color: 'red', title: 'The backup failed', message: bridgeErrorMessage(error) })
  }
}

export async function readBackupBytes(entry: BackupEntry): Promise<Uint8Array> {
  const bytes = new Uint8Array(entry.size)
  let offset = 0
  while (offset < entry.size) {
    const chunk = await getBridge().readBackupChunk({ id: entry.id, offset, length: Math.min(chunkBytes, entry.size - offset) })
    if (chunk.length === 0) break
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  if (offset !== entry.size) throw new Error(`The backup of ${exactTime(entry.createdAt)} is shorter than when it was written; it may have been changed on disk.`)
  return bytes
}

function RestorePreview({ header, current, currentVersion }: { header: WorkspaceHeader; current: Record<string, number>; currentVersion: number }) {
  const differs = (table: string) => (header.counts[table] ?? 0) !== (current[table] ?? 0)
  return (
    <Stack gap="sm">
      <Text size="sm">
        Made {exactTime(header.createdAt)} by Opsdeck {header.appVersion}, workspace version {header.schemaVersion}
        {header.schemaVersion < currentVersion ? ` (this copy uses version ${currentVersion}; the file is upgraded as it is restored).` : '.'}
      </Text>
      <Table withTableBorder striped aria-label="What the restore changes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Records</Table.Th>
            <Table.Th scope="col" ta="right">
              In the file
            </Table.Th>
            <Table.Th scope="col" ta="right">
              In the workspace now
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {countedTables.map(({ table, label }) => (
            <Table.Tr key={table} fw={differs(table) ? 600 : undefined}>
              <Table.Th scope="row" fw="inherit">
                {label}
              </Table.Th>
              <Table.Td ta="right">{formatCount(header.counts[table] ?? 0)}</Table.Td>
              <Table.Td ta="right">{formatCount(current[table] ?? 0)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm">Everything in the workspace is replaced by the file. A backup of the workspace as it is now is taken first, so the restore can be undone.</Text>
    </Stack>
  )
}

function refuse(message: string): void {
  modals.open({
    title: 'This file cannot be restored',
    centered: true,
    children: (
      <Stack gap="sm">
        <Text size="sm">{message}</Text>
        <Text size="sm" c="dimmed">
          Nothing in your workspace was changed.
        </Text>
      </Stack>
    )
  })
}

/** Preview, confirm, back up the current state, restore, and offer to undo. */
async function restoreBytes(bytes: Uint8Array, fileName: string): Promise<void> {
  const inspected = await inspect(bytes, fileName)
  if (!inspected.ok) return refuse(inspected.message)
  const { header, current } = inspected
  if (header.parts !== 'all') return refuse(`${fileName} holds only part of a workspace (${header.parts.join(', ')}), so it cannot replace a whole one.`)
  // The restored data sits beside the current data until the transaction commits, and a backup is taken first.
  const tooBig = await spaceProblem(`Restoring ${fileName}`, header.contentBytes * csvToDatabaseFactor + bytes.byteLength)
  if (tooBig) return refuse(tooBig)
  const confirmed = await new Promise<boolean>((resolve) => {
    modals.openConfirmModal({
      title: 'Restore this workspace?',
      centered: true,
      size: 'lg',
      children: <RestorePreview header={header} current={current} currentVersion={currentVersion()} />,
      labels: { confirm: 'Restore workspace', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      cancelProps: { 'data-autofocus': true },
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
      onClose: () => resolve(false)
    })
  })
  if (!confirmed) return
  const id = notifications.show({ loading: true, autoClose: false, withCloseButton: false, message: 'Backing up the current workspace…' })
  let safety: BackupEntry
  try {
    safety = await takeBackup('before-restore')
  } catch (error) {
    notifications.update({ id, loading: false, autoClose: false, color: 'red', title: 'Not restored', message: `The backup of the current workspace failed, so nothing was changed: ${bridgeErrorMessage(error)}` })
    return
  }
  try {
    notifications.update({ id, message: 'Restoring…' })
    await restore(bytes, fileName)
  } catch (error) {
    notifications.update({ id, loading: false, autoClose: false, color: 'red', title: 'Not restored', message: `${bridgeErrorMessage(error)} Nothing was changed.` })
    return
  }
  notifications.hide(id)
  offerUndo(safety, header)
}

function offerUndo(safety: BackupEntry, header: WorkspaceHeader): void {
  const id = `restore-${safety.id}`
  notifications.show({
    id,
    autoClose: false,
    color: 'teal',
    title: 'Workspace restored',
    message: (
      <Stack gap={6} align="flex-start">
        <Text size="sm">Restored the backup of {exactTime(header.createdAt)}.</Text>
        <UndoRestoreButton
          onUndo={async () => {
            notifications.hide(id)
            try {
              const bytes = await readBackupBytes(safety)
              await restore(bytes, 'the backup taken before the restore')
              notifySuccess('Restore undone: the workspace is as it was before.')
            } catch (error) {
              notifyError('Could not undo the restore', error)
            }
          }}
        />
      </Stack>
    )
  })
}

function UndoRestoreButton({ onUndo }: { onUndo: () => Promise<void> }) {
  return (
    <Button size="compact-sm" variant="light" onClick={() => void onUndo()}>
      Undo restore
    </Button>
  )
}

function currentVersion(): number {
  return appSchemaVersion()
}

/** Asks for a file and reads it whole; undefined when the dialog was cancelled or the file could not be read (which is said). */
export async function readChosenFile(title: string): Promise<{ bytes: Uint8Array; name: string } | undefined> {
  const bridge = getBridge()
  const files = await bridge.openFiles({ title, filters: [...workspaceFileFilters, { name: 'All files', extensions: ['*'] }] })
  const file = files?.[0]
  if (!file) return undefined
  try {
    const parts: Uint8Array[] = []
    let offset = 0
    for (;;) {
      const chunk = await bridge.readFileChunk({ token: file.token, offset, length: chunkBytes })
      if (chunk.length === 0) break
      parts.push(chunk)
      offset += chunk.length
    }
    const bytes = new Uint8Array(offset)
    let position = 0
    for (const part of parts) {
      bytes.set(part, position)
      position += part.length
    }
    return { bytes, name: file.name }
  } catch (error) {
    notifyError(`Could not read ${file.name}`, new Error(bridgeErrorMessage(error)))
    return undefined
  } finally {
    await bridge.closeFile({ token: file.token }).catch(() => undefined)
  }
}

export async function restoreFromFile(): Promise<void> {
  const chosen = await readChosenFile('Restore a workspace')
  if (chosen) await restoreBytes(chosen.bytes, chosen.name)
}

export async function restoreFromBackup(entry: BackupEntry): Promise<void> {
  try {
    await restoreBytes(await readBackupBytes(entry), `The backup of ${exactTime(entry.createdAt)}`)
  } catch (error) {
    notifyError('Could not read the backup', new Error(bridgeErrorMessage(error)))
  }
}

/** Main asks for this when the desktop app quits; it quits once the backup is written, or after a time limit. */
export async function backUpBeforeQuit(): Promise<void> {
  try {
    await takeBackup('quit')
  } catch (error) {
    notifyError('The backup on quit failed', new Error(bridgeErrorMessage(error)))
  }
}

export async function exportWorkspaceCommand(): Promise<void> {
  try {
    const name = await exportWorkspaceToFile()
    if (name) notifySuccess(`Exported ${name}`)
  } catch (error) {
    notifyError('The export failed', new Error(bridgeErrorMessage(error)))
  }
}

/**
 * Run before anything opens the database: when this version of Opsdeck is about to upgrade it, the
 * database as the previous version left it is backed up first. A failure is logged, not fatal: the app
 * must still open, and the upgrade itself is tested (test/web/upgrades.test.ts).
 */
export async function backUpBeforeUpgrade(): Promise<void> {
  try {
    if (!(await upgradePending(appSchemaVersion()))) return
    const before = await snapshotIfUpgrading(appSchemaVersion())
    if (before) {
      await getBridge().writeBackup({ data: before.bytes as Uint8Array<ArrayBuffer> })
      backupsChanged()
    }
  } catch (error) {
    logCaughtError('backup before a database upgrade', error)
  }
}
