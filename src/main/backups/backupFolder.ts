import { randomBytes } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { mkdir, open, readFile, rm, stat, statfs } from 'node:fs/promises'
import { join } from 'node:path'
import { backupIdPattern, type BackupEntry, type BackupList, type ReadBackupChunkArgs, type WriteBackupArgs } from '@shared/bridge'
import { planRetention, verifyBackupBytes } from '@shared/workspaceFile'
import { atomicWrite } from '../files/atomicWrite'
import { describeFsError } from '../files/fsErrors'
import { userError } from '../userError'

/**
 * The backups folder: one `<id>.opsdeck` file per backup and `backups.json`, the list of the backups
 * Opsdeck wrote and verified. Retention only ever removes files named in that list, so a file someone
 * else put in the folder is never deleted, and a `backups.json` Opsdeck did not write is never replaced. The
 * folder is the default one in userData or one the user chose (backupLocation.ts). Ids, never paths, go to the renderer.
 */
export interface BackupFolder {
  directory: string
  now: () => Date
  /**
   * The default folder is made when missing. A folder the user chose never is: when it is gone (a drive that
   * was removed), making it again would put backups on whatever disk now holds that path.
   */
  createIfMissing?: boolean
}

const manifestName = 'backups.json'
const manifestFormat = 'opsdeck-backups'

/** 'written' (entry) after a backup verified, 'failed' (reason) when one did not: the quit backup waits on these. */
export const backupEvents = new EventEmitter<{ written: [BackupEntry]; failed: [string] }>()

interface Manifest {
  version: 1
  backups: BackupEntry[]
}

function pathOf(folder: BackupFolder, id: string): string {
  // The contract's schema already checked the id; checked again next to the path it builds.
  if (!backupIdPattern.test(id)) throw userError('Not a backup id')
  return join(folder.directory, `${id}.opsdeck`)
}

type ManifestRead = { state: 'ours'; manifest: Manifest } | { state: 'none' } | { state: 'foreign' }

/** The list, when the folder has one Opsdeck wrote; a `backups.json` of another program (or a damaged one) is 'foreign'. */
async function readManifestFile(folder: BackupFolder): Promise<ManifestRead> {
  let text: string
  try {
    text = await readFile(join(folder.directory, manifestName), 'utf8')
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { state: 'none' } : { state: 'foreign' }
  }
  try {
    const parsed = JSON.parse(text) as Partial<Manifest> & { format?: unknown }
    // Lists written before the format marker have only version and backups.
    if (parsed === null || typeof parsed !== 'object' || parsed.version !== 1 || !Array.isArray(parsed.backups) || (parsed.format !== undefined && parsed.format !== manifestFormat)) return { state: 'foreign' }
    const backups = parsed.backups.filter((entry) => typeof entry?.id === 'string' && backupIdPattern.test(entry.id))
    return { state: 'ours', manifest: { version: 1, backups } }
  } catch {
    return { state: 'foreign' }
  }
}

async function readManifest(folder: BackupFolder): Promise<Manifest> {
  const read = await readManifestFile(folder)
  // No list of ours: then no file counts as ours, and retention removes nothing.
  return read.state === 'ours' ? read.manifest : { version: 1, backups: [] }
}

/** Whether a folder can hold Opsdeck's list: it has none yet, or has one Opsdeck wrote. */
export async function holdsForeignManifest(directory: string): Promise<boolean> {
  return (await readManifestFile({ directory, now: () => new Date() })).state === 'foreign'
}

async function writeManifest(folder: BackupFolder, manifest: Manifest): Promise<void> {
  await atomicWrite(join(folder.directory, manifestName), `${JSON.stringify({ format: manifestFormat, ...manifest }, null, 2)}\n`)
}

function newId(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')
  return `${stamp}-${randomBytes(4).toString('hex')}`
}

/** One write at a time: two backups racing for the manifest would lose one of them. */
let queue: Promise<unknown> = Promise.resolve()
function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work)
  queue = next.catch(() => undefined)
  return next
}

export function writeBackup({ data }: WriteBackupArgs, folder: BackupFolder): Promise<BackupEntry> {
  return serially(async () => {
    const id = newId(folder.now())
    const path = pathOf(folder, id)
    try {
      if (folder.createIfMissing !== false) await mkdir(folder.directory, { recursive: true })
      await atomicWrite(path, data)
    } catch (error) {
      backupEvents.emit('failed', describeFsError(error))
      throw userError(`The backup could not be written: ${describeFsError(error)}`)
    }
    // Verified from the disk, not from memory: what counts is what a restore would read.
    const verified = await verifyBackupBytes(new Uint8Array(await readFile(path)), `Backup ${id}`)
    if (!verified.ok) {
      await rm(path, { force: true })
      backupEvents.emit('failed', verified.problem.message)
      throw userError(`The backup did not verify and was removed: ${verified.problem.message}`)
    }
    const { header } = verified
    const entry: BackupEntry = {
      id,
      createdAt: header.createdAt,
      size: data.byteLength,
      reason: header.reason,
      appVersion: header.appVersion,
      schemaVersion: header.schemaVersion,
      counts: header.counts,
      verified: true
    }
    const read = await readManifestFile(folder)
    if (read.state === 'foreign') {
      // Never replace a file Opsdeck did not write; the verified backup stays, unlisted, for the user to keep.
      backupEvents.emit('failed', 'backups.json in the backups folder was not written by Opsdeck')
      throw userError(`The backup was written as ${id}.opsdeck, but the folder's backups.json was not written by Opsdeck (or is damaged), so it was left as it is. Move it elsewhere, or choose another folder, and back up again.`)
    }
    const manifest = read.state === 'ours' ? read.manifest : { version: 1 as const, backups: [] }
    manifest.backups.push(entry)
    const plan = planRetention(
      manifest.backups.map((backup) => ({ id: backup.id, createdAt: backup.createdAt, verified: backup.verified, ours: true })),
      folder.now()
    )
    const removed = new Set(plan.remove)
    await writeManifest(folder, { version: 1, backups: manifest.backups.filter((backup) => !removed.has(backup.id)) })
    // The list no longer names them, so a crash here leaves at worst a file nobody deletes, never a listed backup that is gone.
    for (const old of removed) await rm(pathOf(folder, old), { force: true })
    backupEvents.emit('written', entry)
    return entry
  })
}

export async function listBackups(folder: BackupFolder): Promise<BackupList> {
  const manifest = await readManifest(folder)
  const present = await Promise.all(
    manifest.backups.map(async (entry) => {
      try {
        const { size } = await stat(pathOf(folder, entry.id))
        return [{ ...entry, size }]
      } catch {
        return []
      }
    })
  )
  let freeBytes: number | undefined
  try {
    const disk = await statfs(folder.directory)
    freeBytes = disk.bavail * disk.bsize
  } catch {
    freeBytes = undefined
  }
  return { location: 'folder', backups: present.flat().sort((a, b) => b.createdAt.localeCompare(a.createdAt)), freeBytes }
}

export async function readBackupChunk({ id, offset, length }: ReadBackupChunkArgs, folder: BackupFolder): Promise<Uint8Array> {
  const manifest = await readManifest(folder)
  if (!manifest.backups.some((entry) => entry.id === id)) throw userError('That backup is no longer in the backups folder.')
  let handle
  try {
    handle = await open(pathOf(folder, id), 'r')
  } catch (error) {
    throw userError(`The backup could not be read: ${describeFsError(error)}`)
  }
  try {
    const buffer = new Uint8Array(length)
    const { bytesRead } = await handle.read(buffer, 0, length, offset)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

export async function backupPathForReveal(id: string, folder: BackupFolder): Promise<string> {
  const manifest = await readManifest(folder)
  if (!manifest.backups.some((entry) => entry.id === id)) throw userError('That backup is no longer in the backups folder.')
  return pathOf(folder, id)
}
