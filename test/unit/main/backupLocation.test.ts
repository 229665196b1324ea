import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { bridgeChannels, type BackupEntry, type BackupList, type BackupLocation, type InvokedMethod } from '@shared/bridge'
import { encodeWorkspaceFile } from '@shared/workspaceFile'
import type { DesktopServices } from '../../../src/main/bridgeHandlers'

const registered = vi.hoisted(() => new Map<string, (event: unknown, arg?: unknown) => Promise<unknown>>())
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: (event: unknown, arg?: unknown) => Promise<unknown>) => registered.set(channel, listener) },
  app: { getName: () => 'Opsdeck', getVersion: () => '0.1.0', getPath: () => '/nowhere' },
  BrowserWindow: { fromWebContents: () => null },
  dialog: {},
  shell: { openExternal: vi.fn(), showItemInFolder: vi.fn() }
}))

const { registerIpcHandlers } = await import('../../../src/main/ipc')
const { createBridgeHandlers } = await import('../../../src/main/bridgeHandlers')
const { probeWritable } = await import('../../../src/main/backups/backupLocation')

const appFrame = { url: 'app://opsdeck/index.html', parent: null }
const trustedEvent = { senderFrame: appFrame, sender: { id: 1, mainFrame: appFrame } }
const otherFrame = { url: 'https://evil.example/', parent: null }
const foreignEvent = { senderFrame: otherFrame, sender: { id: 2, mainFrame: otherFrame } }

let root: string
let userData: string
let services: { [K in keyof DesktopServices]: ReturnType<typeof vi.fn> }

function register(): void {
  registered.clear()
  registerIpcHandlers({ isPackaged: true, devServerUrl: undefined, handlers: createBridgeHandlers(services as unknown as DesktopServices) })
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'opsdeck-location-'))
  userData = join(root, 'Opsdeck')
  await mkdir(userData)
  services = {
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
    showItemInFolder: vi.fn(),
    openExternal: vi.fn(async () => true),
    documentsDir: vi.fn(() => root),
    notificationsSupported: vi.fn(() => true),
    createNotification: vi.fn(),
    focusWindow: vi.fn(),
    printToPdf: vi.fn(),
    backupsDir: vi.fn(() => join(userData, 'backups')),
    userDataDir: vi.fn(() => userData)
  }
  register()
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

function invoke<T>(method: InvokedMethod, arg?: unknown, event: unknown = trustedEvent): Promise<T> {
  return registered.get(bridgeChannels[method])!(event, arg) as Promise<T>
}

function answerDialog(path: string): void {
  services.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] })
}

async function workspaceFile(): Promise<Uint8Array<ArrayBuffer>> {
  const content = new Uint8Array(await readFile(join(import.meta.dirname, '../../fixtures/workspace/dexie-export-v4.json')))
  return (await encodeWorkspaceFile({ appVersion: '0.1.0', schemaVersion: 4, createdAt: new Date().toISOString(), reason: 'manual', parts: 'all' }, content)).bytes as Uint8Array<ArrayBuffer>
}

describe('the backups folder the user chooses', () => {
  it('starts in the backups folder of the data folder', async () => {
    expect(await invoke<BackupLocation>('getBackupLocation')).toEqual({ kind: 'default', display: join(userData, 'backups'), access: 'ready', canChooseFolder: true, automatic: true })
  })

  it('asks with a folder dialog modal to the window, writes there from then on and remembers the choice across restarts', async () => {
    const chosen = join(root, 'USB drive', 'Opsdeck')
    await mkdir(chosen, { recursive: true })
    answerDialog(chosen)
    const location = await invoke<BackupLocation>('chooseBackupFolder')
    expect(location).toMatchObject({ kind: 'chosen', display: chosen, access: 'ready' })
    expect(services.showOpenDialog).toHaveBeenCalledWith(trustedEvent, expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }))
    // Only the display string crossed: the settings file holds the path, in the data folder.
    expect(JSON.parse(await readFile(join(userData, 'backup-settings.json'), 'utf8'))).toEqual({ version: 1, folder: chosen })
    // No temp file or probe left behind by the atomic write or the check.
    expect(await readdir(userData)).toEqual(['backup-settings.json'])
    expect(await readdir(chosen)).toEqual([])
    // Settings asks often; only choosing and reconnecting write the probe, so a synced folder is not stirred each time.
    const touched = (await stat(chosen)).mtimeMs
    await new Promise((done) => setTimeout(done, 20))
    expect(await invoke<BackupLocation>('getBackupLocation')).toMatchObject({ kind: 'chosen', access: 'ready' })
    expect((await stat(chosen)).mtimeMs).toBe(touched)

    const entry = await invoke<BackupEntry>('writeBackup', { data: await workspaceFile() })
    expect((await readdir(chosen)).sort()).toEqual([`${entry.id}.opsdeck`, 'backups.json'])
    // A restart: new handlers read the settings file again.
    register()
    expect(await invoke<BackupLocation>('getBackupLocation')).toMatchObject({ kind: 'chosen', display: chosen })
    expect((await invoke<BackupList>('listBackups')).backups.map((backup) => backup.id)).toEqual([entry.id])
    await invoke('showBackupInFolder', { id: entry.id })
    expect(services.showItemInFolder).toHaveBeenCalledWith(join(chosen, `${entry.id}.opsdeck`))
  })

  it('keeps the folder as it was when the dialog is cancelled', async () => {
    expect(await invoke('chooseBackupFolder')).toBeNull()
    expect(await readdir(userData)).toEqual([])
    expect(await invoke<BackupLocation>('getBackupLocation')).toMatchObject({ kind: 'default' })
  })

  it('refuses a folder it cannot write to, and keeps the one it had', async () => {
    // Tests may run as root, whom a read-only mode does not stop; a file where a folder should be stops everyone.
    const notAFolder = join(root, 'backup.zip')
    await writeFile(notAFolder, 'x')
    answerDialog(notAFolder)
    await expect(invoke('chooseBackupFolder')).rejects.toThrow(/Backups cannot be written to .*backup\.zip: it is not a folder\. The backups folder was not changed\./)
    expect(await invoke<BackupLocation>('getBackupLocation')).toMatchObject({ kind: 'default' })
    await expect(readdir(userData)).resolves.toEqual([])
  })

  it('refuses a folder whose backups.json another program wrote, rather than replace it', async () => {
    const shared = join(root, 'Documents')
    await mkdir(shared)
    await writeFile(join(shared, 'backups.json'), '{"jobs":["nightly"]}')
    answerDialog(shared)
    await expect(invoke('chooseBackupFolder')).rejects.toThrow(/holds a backups\.json that Opsdeck did not write/)
    expect(await readFile(join(shared, 'backups.json'), 'utf8')).toBe('{"jobs":["nightly"]}')
  })

  it('says when a chosen folder has gone (a drive removed), and writes to it again once it is back', async () => {
    const chosen = join(root, 'drive')
    await mkdir(chosen)
    answerDialog(chosen)
    await invoke('chooseBackupFolder')
    await rm(chosen, { recursive: true })
    // Never made again: on a removed drive's path that would put the backups on another disk.
    await expect(invoke('writeBackup', { data: await workspaceFile() })).rejects.toThrow('The backup could not be written: it was moved or deleted')
    await expect(readdir(chosen)).rejects.toThrow()
    expect(await invoke<BackupLocation>('getBackupLocation')).toMatchObject({ kind: 'chosen', access: 'unavailable', problem: 'This folder cannot be written now: it was moved or deleted.' })
    await mkdir(chosen)
    expect(await invoke<BackupLocation>('reconnectBackupFolder')).toMatchObject({ kind: 'chosen', access: 'ready' })
  })

  it('goes back to the default folder, whose backups are listed again', async () => {
    const first = await invoke<BackupEntry>('writeBackup', { data: await workspaceFile() })
    const chosen = join(root, 'elsewhere')
    await mkdir(chosen)
    answerDialog(chosen)
    await invoke('chooseBackupFolder')
    expect((await invoke<BackupList>('listBackups')).backups).toEqual([])
    expect(await invoke<BackupLocation>('useDefaultBackupFolder')).toMatchObject({ kind: 'default', display: join(userData, 'backups') })
    expect(JSON.parse(await readFile(join(userData, 'backup-settings.json'), 'utf8'))).toEqual({ version: 1, folder: null })
    expect((await invoke<BackupList>('listBackups')).backups.map((backup) => backup.id)).toEqual([first.id])
  })

  it('treats choosing the default folder itself as the default', async () => {
    await mkdir(join(userData, 'backups'))
    answerDialog(join(userData, 'backups'))
    expect(await invoke<BackupLocation>('chooseBackupFolder')).toMatchObject({ kind: 'default' })
  })

  it('uses the default when the settings file is damaged or names no absolute path', async () => {
    await writeFile(join(userData, 'backup-settings.json'), '{"version":1,"folder":"relative/path"}')
    register()
    expect(await invoke<BackupLocation>('getBackupLocation')).toMatchObject({ kind: 'default' })
    await writeFile(join(userData, 'backup-settings.json'), '{not json')
    register()
    expect(await invoke<BackupLocation>('getBackupLocation')).toMatchObject({ kind: 'default' })
  })

  it('never deletes or replaces files it did not write in a folder full of others', async () => {
    const chosen = join(root, 'Dropbox')
    await mkdir(chosen)
    const others = { 'notes.txt': 'mine', 'old.opsdeck': 'a copy I made', '20260101T000000Z-00000000.opsdeck': 'named like a backup, but not listed' }
    for (const [name, text] of Object.entries(others)) await writeFile(join(chosen, name), text)
    answerDialog(chosen)
    await invoke('chooseBackupFolder')
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const written: BackupEntry[] = []
      // Three weeks of hourly backups: retention thins the ones it wrote.
      for (let hour = 0; hour < 21 * 24; hour += 6) {
        vi.setSystemTime(new Date(Date.parse('2026-11-01T00:00:00.000Z') + hour * 3_600_000))
        written.push(await invoke<BackupEntry>('writeBackup', { data: await workspaceFile() }))
      }
      const files = await readdir(chosen)
      for (const [name, text] of Object.entries(others)) expect(await readFile(join(chosen, name), 'utf8')).toBe(text)
      const ours = files.filter((name) => !(name in others) && name !== 'backups.json')
      expect(ours.length).toBeLessThan(written.length)
      expect(ours).toContain(`${written.at(-1)!.id}.opsdeck`)
    } finally {
      vi.useRealTimers()
    }
  })

  it('refuses these requests from another origin', async () => {
    await expect(invoke('chooseBackupFolder', undefined, foreignEvent)).rejects.toThrow('Request refused')
    await expect(invoke('useDefaultBackupFolder', undefined, foreignEvent)).rejects.toThrow('Request refused')
    await expect(invoke('chooseBackupFolder', { path: '/etc' })).rejects.toThrow('Invalid request to chooseBackupFolder')
    expect(services.showOpenDialog).not.toHaveBeenCalled()
  })
})

describe('the write check', () => {
  it('writes, syncs, renames and removes a probe, leaving the folder as it was', async () => {
    await writeFile(join(root, 'keep.txt'), 'x')
    expect(await probeWritable(root)).toEqual({ ok: true })
    expect((await readdir(root)).sort()).toEqual(['Opsdeck', 'keep.txt'])
  })

  it('says why a path is not a folder it can write to', async () => {
    await writeFile(join(root, 'a-file'), 'x')
    expect(await probeWritable(join(root, 'a-file'))).toEqual({ ok: false, problem: 'it is not a folder' })
    expect(await probeWritable(join(root, 'missing'))).toEqual({ ok: false, problem: 'it was moved or deleted' })
  })
})
