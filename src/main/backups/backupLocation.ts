import { randomUUID } from 'node:crypto'
import { access, constants, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import type { BackupLocation } from '@shared/bridge'
import { atomicWrite } from '../files/atomicWrite'
import { describeFsError } from '../files/fsErrors'
import { userError } from '../userError'
import { holdsForeignManifest, type BackupFolder } from './backupFolder'

/** What the backup location needs of Electron; tests pass a temp folder and a fake dialog. */
export interface BackupLocationDeps {
  /** The app's data folder: the settings file lives here. */
  userDataDir: string
  /** The backups folder in it, used until the user chooses another. */
  defaultDir: string
  now: () => Date
}

export const backupSettingsName = 'backup-settings.json'

interface BackupSettings {
  version: 1
  /** An absolute path the user chose, or null for the default. */
  folder: string | null
}

/** Write, fsync, rename and delete a probe file: what a backup does, tried before the folder is accepted. */
export async function probeWritable(directory: string): Promise<{ ok: true } | { ok: false; problem: string }> {
  const base = join(directory, `.opsdeck-probe-${randomUUID()}`)
  try {
    const info = await stat(directory)
    if (!info.isDirectory()) return { ok: false, problem: 'it is not a folder' }
    const handle = await open(`${base}.tmp`, 'wx')
    try {
      await handle.writeFile('Opsdeck checks that backups can be written here. This file is removed at once.\n')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(`${base}.tmp`, base)
    await rm(base)
    return { ok: true }
  } catch (error) {
    await rm(`${base}.tmp`, { force: true }).catch(() => undefined)
    await rm(base, { force: true }).catch(() => undefined)
    return { ok: false, problem: describeFsError(error) }
  }
}

/** The cheap check for showing the folder in Settings (asked often): there, a folder, and writable by its mode. */
async function reachable(directory: string): Promise<{ ok: true } | { ok: false; problem: string }> {
  try {
    if (!(await stat(directory)).isDirectory()) return { ok: false, problem: 'it is not a folder' }
    await access(directory, constants.W_OK)
    return { ok: true }
  } catch (error) {
    return { ok: false, problem: describeFsError(error) }
  }
}

/**
 * The folder backups go to, chosen in Settings and remembered in `backup-settings.json` in the data folder
 * (written atomically). A settings file that cannot be read means the default: backups keep being taken.
 */
export function createBackupLocation(deps: BackupLocationDeps) {
  const settingsPath = join(deps.userDataDir, backupSettingsName)
  let cached: BackupSettings | undefined

  async function settings(): Promise<BackupSettings> {
    if (cached) return cached
    try {
      const parsed = JSON.parse(await readFile(settingsPath, 'utf8')) as Partial<BackupSettings>
      const folder = typeof parsed.folder === 'string' && isAbsolute(parsed.folder) ? parsed.folder : null
      cached = { version: 1, folder }
    } catch {
      cached = { version: 1, folder: null }
    }
    return cached
  }

  async function remember(folder: string | null): Promise<void> {
    await mkdir(deps.userDataDir, { recursive: true })
    await atomicWrite(settingsPath, `${JSON.stringify({ version: 1, folder } satisfies BackupSettings, null, 2)}\n`)
    cached = { version: 1, folder }
  }

  /** `check` is the cheap look by default; choosing and reconnecting write the probe. */
  async function describe(check: (directory: string) => ReturnType<typeof probeWritable> = reachable): Promise<BackupLocation> {
    const { folder } = await settings()
    if (folder === null) return { kind: 'default', display: deps.defaultDir, access: 'ready', canChooseFolder: true, automatic: true }
    const probe = await check(folder)
    return probe.ok
      ? { kind: 'chosen', display: folder, access: 'ready', canChooseFolder: true, automatic: true }
      : { kind: 'chosen', display: folder, access: 'unavailable', problem: `This folder cannot be written now: ${probe.problem}.`, canChooseFolder: true, automatic: true }
  }

  return {
    /** The folder the next backup, list or read uses. */
    async folder(): Promise<BackupFolder> {
      const { folder } = await settings()
      return folder === null ? { directory: deps.defaultDir, now: deps.now } : { directory: folder, now: deps.now, createIfMissing: false }
    },
    describe: () => describe(),
    /** `chooseDirectory` is the folder dialog (undefined when cancelled); the path stays in main. Null when cancelled. A folder that cannot be written is refused, and the choice stays as it was. */
    async choose(chooseDirectory: () => Promise<string | undefined>): Promise<BackupLocation | null> {
      const picked = await chooseDirectory()
      if (picked === undefined) return null
      const folder = resolve(picked)
      if (folder === resolve(deps.defaultDir)) {
        await remember(null)
        return describe()
      }
      const probe = await probeWritable(folder)
      if (!probe.ok) throw userError(`Backups cannot be written to ${folder}: ${probe.problem}. The backups folder was not changed.`)
      if (await holdsForeignManifest(folder)) throw userError(`${folder} holds a backups.json that Opsdeck did not write. Choose an empty folder, or one of Opsdeck's own. The backups folder was not changed.`)
      await remember(folder)
      return describe()
    },
    async useDefault(): Promise<BackupLocation> {
      await remember(null)
      return describe()
    },
    /** A drive that was away may be back: the probe runs again. */
    reconnect: () => describe(probeWritable)
  }
}

export type BackupLocationStore = ReturnType<typeof createBackupLocation>
