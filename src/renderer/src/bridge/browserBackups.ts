import { Dexie, type EntityTable } from 'dexie'
import { BRIDGE_ERROR_PREFIX, type BackupBridge, type BackupEntry, type BackupLocation } from '@shared/bridge'
import { newBackupId, planRetention, verifyBackupBytes } from '@shared/workspaceFile'
import { chooseFolder, chosenFolder, folderAccessSupported, folderPermission, forgetFolder, listFolder, readFromFolder, readyFolder, requestFolderAccess, writeToFolder } from './browserBackupFolder'

/**
 * Backups of the browser build. In a folder the user granted (browserBackupFolder.ts) when there is one and
 * the browser still allows it; otherwise kept in a database of their own beside the workspace, where they
 * serve "Undo restore" and the copy taken before "Delete everything". That database shares the site's
 * storage, so clearing the site's data clears them too, which Settings says; downloads are then the real backups.
 */
interface StoredBackup extends BackupEntry {
  /** Bytes, not a Blob: every IndexedDB (and fake-indexeddb in tests) keeps an ArrayBuffer as it is. */
  data: ArrayBuffer
}

class BrowserBackupsDatabase extends Dexie {
  backups!: EntityTable<StoredBackup, 'id'>
  constructor() {
    super('opsdeck-browser-backups')
    this.version(1).stores({ backups: 'id, createdAt' })
  }
}

/** Storage is shared with the workspace itself: a few copies, not a history. */
const maxKept = 5

let database: BrowserBackupsDatabase | undefined
const backupsDb = () => (database ??= new BrowserBackupsDatabase())

function newId(now: Date): string {
  return newBackupId(now, crypto.getRandomValues(new Uint8Array(4)))
}

async function describeLocation(): Promise<BackupLocation> {
  const canChooseFolder = folderAccessSupported()
  const folder = canChooseFolder ? await chosenFolder() : null
  if (!folder) return { kind: 'browser', display: 'this browser', access: 'ready', canChooseFolder, automatic: false }
  const permission = await folderPermission(folder)
  return permission === 'granted'
    ? { kind: 'chosen', display: folder.name, access: 'ready', canChooseFolder, automatic: true }
    : { kind: 'chosen', display: folder.name, access: 'needs-permission', canChooseFolder, automatic: false }
}

const userError = (message: string) => new Error(BRIDGE_ERROR_PREFIX + message)

export const browserBackups: BackupBridge = {
  async writeBackup({ data }) {
    const now = new Date()
    const id = newId(now)
    const table = backupsDb().backups
    const verified = await verifyBackupBytes(data, `Backup ${id}`)
    if (!verified.ok) throw userError(`The backup did not verify: ${verified.problem.message}`)
    const { header } = verified
    const entry: BackupEntry = { id, createdAt: header.createdAt, size: data.byteLength, reason: header.reason, appVersion: header.appVersion, schemaVersion: header.schemaVersion, counts: header.counts, verified: false }
    // A folder whose permission lapsed cannot be asked from here (no click): the copy stays in this browser meanwhile.
    const folder = await readyFolder()
    if (folder) return writeToFolder(folder, id, data, entry, now)
    await table.put({ ...entry, data: data.slice().buffer })
    // Read back from storage before it counts as verified.
    const stored = await table.get(id)
    const readBack = stored ? await verifyBackupBytes(new Uint8Array(stored.data), `Backup ${id}`) : undefined
    if (!readBack?.ok) {
      await table.delete(id)
      throw userError('The backup could not be read back from the browser storage and was removed.')
    }
    await table.update(id, { verified: true })
    const all = await table.orderBy('createdAt').reverse().toArray()
    const plan = planRetention(all.map(({ id: candidate, createdAt, verified: ok }) => ({ id: candidate, createdAt, verified: ok, ours: true })), new Date())
    const kept = new Set(plan.keep.slice(0, maxKept))
    await table.bulkDelete(all.filter((backup) => !kept.has(backup.id) && backup.id !== id).map((backup) => backup.id))
    return { ...entry, verified: true }
  },
  async listBackups() {
    const folder = await readyFolder()
    if (folder) return { location: 'folder', backups: await listFolder(folder) }
    const backups = (await backupsDb().backups.orderBy('createdAt').reverse().toArray()).map(({ data: _data, ...entry }) => entry)
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined)
    const freeBytes = estimate?.quota !== undefined && estimate.usage !== undefined ? estimate.quota - estimate.usage : undefined
    return { location: 'browser', backups, freeBytes }
  },
  async readBackupChunk({ id, offset, length }) {
    const folder = await readyFolder()
    const fromFolder = folder ? await readFromFolder(folder, id, offset, length) : undefined
    if (fromFolder) return fromFolder
    const stored = await backupsDb().backups.get(id)
    if (!stored) throw userError('That backup is no longer kept in this browser.')
    return new Uint8Array(stored.data.slice(offset, offset + length))
  },
  async showBackupInFolder() {
    // A page cannot open the system's file manager, for the site's storage or a granted folder alike.
  },
  getBackupLocation: describeLocation,
  async chooseBackupFolder() {
    return (await chooseFolder()) ? describeLocation() : null
  },
  async useDefaultBackupFolder() {
    await forgetFolder()
    return describeLocation()
  },
  async reconnectBackupFolder() {
    await requestFolderAccess()
    return describeLocation()
  }
}
