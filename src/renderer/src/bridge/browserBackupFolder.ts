import { BRIDGE_ERROR_PREFIX, type BackupEntry } from '@shared/bridge'
import { backupFileName, backupIdOfFileName, backupIdTime, gunzip, planRetention, verifyBackupBytes, workspaceHeaderSchema } from '@shared/workspaceFile'

/**
 * A backups folder in the browser build: one the user granted through the File System Access API
 * (showDirectoryPicker, Chromium browsers). Its handle is kept in a tiny IndexedDB database of its own; the
 * browser may let the permission lapse between visits, and asking again needs a click (Grant access again).
 * Files are written with createWritable, which Chromium commits atomically on close, then read back and
 * verified. Retention only removes files named like the ones Opsdeck writes (backupFileName.ts).
 */

type Permission = 'granted' | 'denied' | 'prompt'

/** The parts of the File System Access API used here: what Chromium's handles have, and what tests fake. */
export interface BackupFileHandle {
  readonly kind: 'file'
  readonly name: string
  getFile(): Promise<Blob & { readonly lastModified: number }>
  createWritable(): Promise<{ write(data: BufferSource | Blob): Promise<void>; close(): Promise<void>; abort?(reason?: unknown): Promise<void> }>
}

export interface BackupDirectoryHandle {
  readonly kind: 'directory'
  readonly name: string
  queryPermission?(descriptor: { mode: 'readwrite' }): Promise<Permission>
  requestPermission?(descriptor: { mode: 'readwrite' }): Promise<Permission>
  getFileHandle(name: string, options?: { create?: boolean }): Promise<BackupFileHandle>
  removeEntry(name: string): Promise<void>
  keys(): AsyncIterable<string>
}

type DirectoryPicker = (options?: { id?: string; mode?: 'readwrite'; startIn?: string }) => Promise<BackupDirectoryHandle>

/** Where the handle is remembered between visits; tests pass one in memory (a structured clone keeps no fake's methods). */
export interface FolderHandleStore {
  get(): Promise<BackupDirectoryHandle | undefined>
  set(handle: BackupDirectoryHandle): Promise<void>
  clear(): Promise<void>
}

const databaseName = 'opsdeck-backup-folder'
const storeName = 'handles'
const key = 'backups'

function request<T>(make: (store: IDBObjectStore) => IDBRequest<T>, mode: IDBTransactionMode): Promise<T> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(databaseName, 1)
    opening.onupgradeneeded = () => opening.result.createObjectStore(storeName)
    opening.onerror = () => reject(opening.error ?? new Error('The backup folder could not be remembered'))
    opening.onsuccess = () => {
      const database = opening.result
      const transaction = database.transaction(storeName, mode)
      const result = make(transaction.objectStore(storeName))
      transaction.oncomplete = () => {
        database.close()
        resolve(result.result)
      }
      transaction.onerror = transaction.onabort = () => {
        database.close()
        reject(transaction.error ?? new Error('The backup folder could not be remembered'))
      }
    }
  })
}

/** Raw IndexedDB, apart from the workspace's Dexie database: a handle is all it holds. */
export const indexedDbHandleStore: FolderHandleStore = {
  get: () => request((store) => store.get(key) as IDBRequest<BackupDirectoryHandle | undefined>, 'readonly'),
  set: (handle) => request((store) => store.put(handle, key), 'readwrite').then(() => undefined),
  clear: () => request((store) => store.delete(key), 'readwrite').then(() => undefined)
}

let handleStore: FolderHandleStore = indexedDbHandleStore
/** undefined: not loaded yet; null: no folder chosen. */
let loaded: BackupDirectoryHandle | null | undefined

/** For tests: another store, and nothing loaded. */
export function useFolderHandleStore(store: FolderHandleStore): void {
  handleStore = store
  loaded = undefined
}

const userError = (message: string) => new Error(BRIDGE_ERROR_PREFIX + message)

function picker(): DirectoryPicker | undefined {
  const candidate = (globalThis as { showDirectoryPicker?: unknown }).showDirectoryPicker
  return typeof candidate === 'function' ? (candidate as DirectoryPicker).bind(globalThis) : undefined
}

export function folderAccessSupported(): boolean {
  return picker() !== undefined
}

export async function chosenFolder(): Promise<BackupDirectoryHandle | null> {
  if (loaded === undefined) loaded = (await handleStore.get().catch(() => undefined)) ?? null
  return loaded
}

export async function folderPermission(handle: BackupDirectoryHandle): Promise<Permission> {
  // A handle without permission methods (the origin private file system) is always writable.
  return (await handle.queryPermission?.({ mode: 'readwrite' }).catch((): Permission => 'prompt')) ?? 'granted'
}

/** The folder when backups can be written there now, without asking. */
export async function readyFolder(): Promise<BackupDirectoryHandle | undefined> {
  const handle = await chosenFolder()
  return handle && (await folderPermission(handle)) === 'granted' ? handle : undefined
}

async function writeFile(folder: BackupDirectoryHandle, name: string, data: Uint8Array<ArrayBuffer>): Promise<void> {
  const file = await folder.getFileHandle(name, { create: true })
  const writable = await file.createWritable()
  try {
    await writable.write(data)
  } catch (error) {
    await writable.abort?.(error).catch(() => undefined)
    throw error
  }
  // Chromium writes to a swap file and moves it into place on close: the file is whole or absent.
  await writable.close()
}

/** Write, fsync-equivalent, rename, delete: createWritable's close commits like a rename; then the probe goes. */
async function probe(folder: BackupDirectoryHandle): Promise<void> {
  const name = `.opsdeck-probe-${crypto.randomUUID()}`
  try {
    await writeFile(folder, name, new TextEncoder().encode('Opsdeck checks that backups can be written here.\n') as Uint8Array<ArrayBuffer>)
    await (await folder.getFileHandle(name)).getFile()
  } finally {
    await folder.removeEntry(name).catch(() => undefined)
  }
}

/** Asks for a folder (from a click), checks it can be written and remembers it; null when the picker was cancelled. */
export async function chooseFolder(): Promise<BackupDirectoryHandle | null> {
  const pick = picker()
  if (!pick) throw userError('This browser cannot give Opsdeck a folder. Use the desktop app, or a browser with folder access such as Chrome or Edge.')
  let handle: BackupDirectoryHandle
  try {
    handle = await pick({ id: 'opsdeck-backups', mode: 'readwrite', startIn: 'documents' })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null
    throw error
  }
  try {
    await probe(handle)
  } catch (error) {
    throw userError(`Backups cannot be written to “${handle.name}”: ${error instanceof Error ? error.message : String(error)}. The backups folder was not changed.`)
  }
  await handleStore.set(handle)
  loaded = handle
  return handle
}

export async function forgetFolder(): Promise<void> {
  await handleStore.clear()
  loaded = null
}

/** Asks the browser again; it shows its prompt only from a click. */
export async function requestFolderAccess(): Promise<Permission | undefined> {
  const handle = await chosenFolder()
  if (!handle) return undefined
  return (await handle.requestPermission?.({ mode: 'readwrite' })) ?? 'granted'
}

async function ownFiles(folder: BackupDirectoryHandle): Promise<{ id: string; name: string }[]> {
  const files: { id: string; name: string }[] = []
  for await (const name of folder.keys()) {
    const id = backupIdOfFileName(name)
    if (id) files.push({ id, name })
  }
  return files
}

/** Writes a verified workspace file as a new backup, reads it back from the folder, then thins the ones Opsdeck wrote. */
export async function writeToFolder(folder: BackupDirectoryHandle, id: string, data: Uint8Array<ArrayBuffer>, entry: BackupEntry, now: Date): Promise<BackupEntry> {
  const name = backupFileName(id)
  try {
    await writeFile(folder, name, data)
  } catch (error) {
    await folder.removeEntry(name).catch(() => undefined)
    throw userError(`The backup could not be written to “${folder.name}”: ${error instanceof Error ? error.message : String(error)}`)
  }
  const readBack = await verifyBackupBytes(new Uint8Array(await (await (await folder.getFileHandle(name)).getFile()).arrayBuffer()), `Backup ${id}`)
  if (!readBack.ok) {
    await folder.removeEntry(name).catch(() => undefined)
    throw userError(`The backup did not verify once written to “${folder.name}” and was removed: ${readBack.problem.message}`)
  }
  const plan = planRetention(
    (await ownFiles(folder)).map((file) => ({ id: file.id, createdAt: backupIdTime(file.id), verified: true, ours: true })),
    now
  )
  for (const old of plan.remove) if (old !== id) await folder.removeEntry(backupFileName(old)).catch(() => undefined)
  return { ...entry, verified: true }
}

/** Headers read once per file: a folder of backups is listed without reading them all again on every change. */
const headerCache = new Map<string, BackupEntry>()

async function entryOf(folder: BackupDirectoryHandle, id: string, name: string): Promise<BackupEntry | undefined> {
  const file = await (await folder.getFileHandle(name)).getFile()
  const cacheKey = `${folder.name}/${name}/${file.size}/${file.lastModified}`
  const cached = headerCache.get(cacheKey)
  if (cached) return cached
  try {
    const text = new TextDecoder().decode(await gunzip(new Uint8Array(await file.arrayBuffer())))
    const header = workspaceHeaderSchema.safeParse(JSON.parse(text.slice(0, text.indexOf('\n'))))
    if (!header.success) return undefined
    const { createdAt, reason, appVersion, schemaVersion, counts } = header.data
    const entry: BackupEntry = { id, createdAt, size: file.size, reason, appVersion, schemaVersion, counts, verified: true }
    headerCache.set(cacheKey, entry)
    return entry
  } catch {
    // Named like ours but not a workspace file: listed by nobody, removed by nobody.
    return undefined
  }
}

export async function listFolder(folder: BackupDirectoryHandle): Promise<BackupEntry[]> {
  const entries = await Promise.all((await ownFiles(folder)).map(({ id, name }) => entryOf(folder, id, name).catch(() => undefined)))
  return entries.filter((entry): entry is BackupEntry => entry !== undefined).sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

/** Bytes of a backup in the folder, or undefined when it has none of that id. */
export async function readFromFolder(folder: BackupDirectoryHandle, id: string, offset: number, length: number): Promise<Uint8Array | undefined> {
  let file
  try {
    file = await (await folder.getFileHandle(backupFileName(id))).getFile()
  } catch {
    return undefined
  }
  return new Uint8Array(await file.slice(offset, offset + length).arrayBuffer())
}
