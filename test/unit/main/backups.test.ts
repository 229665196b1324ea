import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { BRIDGE_ERROR_PREFIX, bridgeChannels, type BackupEntry, type BackupList, type InvokedMethod } from '@shared/bridge'
import { encodeWorkspaceFile, gunzip, gzip } from '@shared/workspaceFile'

const registered = vi.hoisted(() => new Map<string, (event: unknown, arg?: unknown) => Promise<unknown>>())
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: (event: unknown, arg?: unknown) => Promise<unknown>) => registered.set(channel, listener) }
}))

const { registerIpcHandlers } = await import('../../../src/main/ipc')
const { createBackupHandlers } = await import('../../../src/main/backups/backupHandlers')
const { writeBackup } = await import('../../../src/main/backups/backupFolder')
const { createBackupLocation } = await import('../../../src/main/backups/backupLocation')

const appFrame = { url: 'app://opsdeck/index.html', parent: null }
const trustedEvent = { senderFrame: appFrame, sender: { mainFrame: appFrame } }
const otherFrame = { url: 'https://evil.example/', parent: null }
const foreignEvent = { senderFrame: otherFrame, sender: { mainFrame: otherFrame } }

let directory: string
let now: Date
const reveal = vi.fn()

async function workspaceFile(createdAt: string): Promise<Uint8Array<ArrayBuffer>> {
  const content = new Uint8Array(await readFile(join(import.meta.dirname, '../../fixtures/workspace/dexie-export-v4.json')))
  return (await encodeWorkspaceFile({ appVersion: '0.1.0', schemaVersion: 4, createdAt, reason: 'scheduled', parts: 'all' }, content)).bytes as Uint8Array<ArrayBuffer>
}

function invoke(method: InvokedMethod, arg?: unknown, event: unknown = trustedEvent): Promise<unknown> {
  return registered.get(bridgeChannels[method])!(event, arg)
}

beforeEach(async () => {
  registered.clear()
  reveal.mockClear()
  const userDataDir = await mkdtemp(join(tmpdir(), 'opsdeck-backups-'))
  directory = join(userDataDir, 'backups')
  now = new Date('2026-12-02T06:40:00.000Z')
  const location = createBackupLocation({ userDataDir, defaultDir: directory, now: () => now })
  const handlers = createBackupHandlers({ location, reveal, chooseDirectory: async () => undefined, errorLogPath: join(userDataDir, 'logs', 'opsdeck.log') })
  // Only the backup methods are under test; the others are never invoked here.
  registerIpcHandlers({ isPackaged: true, devServerUrl: undefined, handlers: handlers as never })
})

describe('backups in main', () => {
  it('writes a backup atomically, verifies it from disk and lists it by id, never by path', async () => {
    const bytes = await workspaceFile(now.toISOString())
    const entry = (await invoke('writeBackup', { data: bytes })) as BackupEntry
    expect(entry).toMatchObject({ createdAt: now.toISOString(), size: bytes.byteLength, verified: true, counts: { people: 3, feedback: 1 }, reason: 'scheduled' })
    expect(entry.id).toMatch(/^20261202T064000Z-[0-9a-f]{8}$/)
    expect((await readdir(directory)).sort()).toEqual([`${entry.id}.opsdeck`, 'backups.json'])
    const list = (await invoke('listBackups')) as BackupList
    expect(list.backups).toEqual([entry])
    expect(JSON.stringify(list)).not.toContain(directory)
    expect(list.freeBytes).toBeGreaterThan(0)
  })

  it('reads a backup back in bounded chunks', async () => {
    const bytes = await workspaceFile(now.toISOString())
    const { id } = (await invoke('writeBackup', { data: bytes })) as BackupEntry
    const first = (await invoke('readBackupChunk', { id, offset: 0, length: 10 })) as Uint8Array
    const rest = (await invoke('readBackupChunk', { id, offset: 10, length: 1_000_000 })) as Uint8Array
    expect([...first, ...rest]).toEqual([...bytes])
    expect(((await invoke('readBackupChunk', { id, offset: bytes.length, length: 10 })) as Uint8Array).length).toBe(0)
    await expect(invoke('readBackupChunk', { id, offset: 0, length: 65 * 1024 * 1024 })).rejects.toThrow(/length/)
  })

  it('refuses and removes a backup that does not verify', async () => {
    const whole = new TextDecoder().decode(await gunzip(await workspaceFile(now.toISOString())))
    const damaged = await gzip(new TextEncoder().encode(whole.replace('Person 1', 'Person 9')))
    await expect(invoke('writeBackup', { data: damaged })).rejects.toThrow(`${BRIDGE_ERROR_PREFIX}The backup did not verify and was removed`)
    expect(await readdir(directory)).toEqual([])
  })

  it('refuses requests from another origin and arguments outside the contract', async () => {
    await expect(invoke('listBackups', undefined, foreignEvent)).rejects.toThrow('Request refused')
    await expect(invoke('writeBackup', { data: 'not bytes' })).rejects.toThrow('Invalid request to writeBackup')
    await expect(invoke('readBackupChunk', { id: '../../etc/passwd', offset: 0, length: 1 })).rejects.toThrow('Invalid request to readBackupChunk')
    await expect(invoke('showBackupInFolder', { id: '20261202T064000Z-0000000g' })).rejects.toThrow('Invalid request')
  })

  it('reveals a listed backup by its path, and refuses an id it never wrote', async () => {
    const { id } = (await invoke('writeBackup', { data: await workspaceFile(now.toISOString()) })) as BackupEntry
    await invoke('showBackupInFolder', { id })
    expect(reveal).toHaveBeenCalledExactlyOnceWith(join(directory, `${id}.opsdeck`))
    await expect(invoke('showBackupInFolder', { id: '20261202T064000Z-00000000' })).rejects.toThrow('no longer in the backups folder')
  })

  it('applies retention after each write, and never touches a file it did not write', async () => {
    const folder = { directory, now: () => now }
    const written: BackupEntry[] = []
    for (const hoursAgo of [60, 59, 58]) {
      now = new Date(Date.parse('2026-12-02T06:40:00.000Z') - hoursAgo * 3_600_000)
      written.push(await writeBackup({ data: await workspaceFile(now.toISOString()) }, folder))
    }
    await writeFile(join(directory, 'my-own-copy.opsdeck'), 'not ours')
    now = new Date('2026-12-02T06:40:00.000Z')
    const latest = await writeBackup({ data: await workspaceFile(now.toISOString()) }, folder)
    // The three of 2026-11-29 (UTC) are two days old now: only the newest of that day stays.
    const files = (await readdir(directory)).sort()
    expect(files).toEqual(['backups.json', `${written[2]!.id}.opsdeck`, `${latest.id}.opsdeck`, 'my-own-copy.opsdeck'].sort())
  })
})

describe('the list of backups in main', () => {
  it('never replaces a backups.json another program wrote: the backup is refused and the file left as it was', async () => {
    await mkdir(directory, { recursive: true })
    await writeFile(join(directory, 'backups.json'), '[1, 2, 3]')
    await expect(invoke('writeBackup', { data: await workspaceFile(now.toISOString()) })).rejects.toThrow(/backups\.json was not written by Opsdeck/)
    expect(await readFile(join(directory, 'backups.json'), 'utf8')).toBe('[1, 2, 3]')
    expect(((await invoke('listBackups')) as BackupList).backups).toEqual([])
  })

  it('still reads a list written before it carried its format marker', async () => {
    const entry = (await invoke('writeBackup', { data: await workspaceFile(now.toISOString()) })) as BackupEntry
    const list = JSON.parse(await readFile(join(directory, 'backups.json'), 'utf8')) as { format?: string }
    expect(list.format).toBe('opsdeck-backups')
    delete list.format
    await writeFile(join(directory, 'backups.json'), JSON.stringify(list))
    expect(((await invoke('listBackups')) as BackupList).backups.map((backup) => backup.id)).toEqual([entry.id])
  })
})

describe('the error log in main', () => {
  it('appends each caught error with its time and place, and reveals the file', async () => {
    await invoke('logError', { where: 'playbooks page', message: '"not a date" is not a date', stack: 'Error: x\n    at LibraryPage' })
    await invoke('logError', { where: 'window', message: 'second\nline' })
    const log = await readFile(join(directory, '..', 'logs', 'opsdeck.log'), 'utf8')
    expect(log).toMatch(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z \[playbooks page\] "not a date" is not a date\n {4}Error: x\n {8}at LibraryPage\n/)
    expect(log).toContain('[window] second line\n')
    await invoke('showErrorLog')
    expect(reveal).toHaveBeenCalledWith(join(directory, '..', 'logs', 'opsdeck.log'))
    await expect(invoke('logError', { where: '', message: 'x' })).rejects.toThrow('Invalid request to logError')
  })
})
