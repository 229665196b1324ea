import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppInfo, BackupLocation, DesktopBridge } from '../../src/shared/bridge'
import { db } from '../../src/renderer/src/db/db'
import { loadSampleWorkspace } from '../../src/renderer/src/db/workspace'
import { snapshotWorkspace } from '../../src/renderer/src/db/workspaceSnapshot'
import { createBrowserBridge } from '../../src/renderer/src/bridge/browserBridge'
import { browserBackups } from '../../src/renderer/src/bridge/browserBackups'
import { useFolderHandleStore, type BackupDirectoryHandle, type BackupFileHandle, type FolderHandleStore } from '../../src/renderer/src/bridge/browserBackupFolder'
import { BackupsSection } from '../../src/renderer/src/features/backups/BackupsSection'
import { backupsChanged } from '../../src/renderer/src/features/backups/backupList'
import { createSampleWorkspace } from '../../src/shared/domain/sample/sampleWorkspace'
import { renderWithProviders } from './render'

type Permission = 'granted' | 'prompt' | 'denied'

const notFound = () => new DOMException('A requested file or directory could not be found.', 'NotFoundError')

/** A folder as the File System Access API hands it out, in memory: files, a permission, and what a user answers. */
class FakeFolder implements BackupDirectoryHandle {
  readonly kind = 'directory'
  readonly files = new Map<string, { bytes: Uint8Array; lastModified: number }>()
  permission: Permission = 'granted'
  /** What the browser's prompt answers when asked again. */
  answer: Permission = 'granted'
  requests = 0
  constructor(readonly name: string) {}

  async queryPermission(): Promise<Permission> {
    return this.permission
  }

  async requestPermission(): Promise<Permission> {
    this.requests++
    this.permission = this.answer
    return this.permission
  }

  private allowed(): void {
    if (this.permission !== 'granted') throw new DOMException('The request is not allowed.', 'NotAllowedError')
  }

  async getFileHandle(name: string, options?: { create?: boolean }): Promise<BackupFileHandle> {
    this.allowed()
    if (!this.files.has(name)) {
      if (!options?.create) throw notFound()
      this.files.set(name, { bytes: new Uint8Array(), lastModified: Date.now() })
    }
    return {
      kind: 'file',
      name,
      getFile: async () => {
        const file = this.files.get(name)
        if (!file) throw notFound()
        return Object.assign(new Blob([file.bytes as Uint8Array<ArrayBuffer>]), { lastModified: file.lastModified })
      },
      createWritable: async () => {
        const chunks: Uint8Array[] = []
        return {
          write: async (data) => {
            chunks.push(data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : new Uint8Array(ArrayBuffer.isView(data) ? data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) : data))
          },
          // Like Chromium: nothing is in the file until close, then all of it.
          close: async () => {
            this.allowed()
            const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
            let offset = 0
            for (const chunk of chunks) {
              bytes.set(chunk, offset)
              offset += chunk.length
            }
            this.files.set(name, { bytes, lastModified: Date.now() })
          }
        }
      }
    }
  }

  async removeEntry(name: string): Promise<void> {
    this.allowed()
    if (!this.files.delete(name)) throw notFound()
  }

  async *keys(): AsyncIterable<string> {
    this.allowed()
    yield* [...this.files.keys()]
  }
}

/** The handle kept between visits; IndexedDB's structured clone would keep no fake's methods. */
function memoryStore(initial?: BackupDirectoryHandle): FolderHandleStore & { handle: BackupDirectoryHandle | undefined } {
  const store = {
    handle: initial,
    get: async () => store.handle,
    set: async (handle: BackupDirectoryHandle) => {
      store.handle = handle
    },
    clear: async () => {
      store.handle = undefined
    }
  }
  return store
}

// getBridge() keeps the first bridge it sees; this one passes each call to the bridge of the test.
let current: DesktopBridge
window.opsdeck = new Proxy({} as DesktopBridge, { get: (_target, method: keyof DesktopBridge) => current[method] })

const webInfo: AppInfo = { name: 'Opsdeck', version: '0.1.0', platform: 'web', desktop: false }
const desktopInfo: AppInfo = { name: 'Opsdeck', version: '0.1.0', platform: 'linux', desktop: true }

const picker = vi.fn<() => Promise<BackupDirectoryHandle>>()

function offerFolderAccess(): void {
  ;(globalThis as { showDirectoryPicker?: unknown }).showDirectoryPicker = picker
}

async function writeBackup(): Promise<void> {
  const { bytes } = await snapshotWorkspace(db, { reason: 'manual', appVersion: '0.1.0', createdAt: new Date().toISOString() })
  await browserBackups.writeBackup({ data: bytes as Uint8Array<ArrayBuffer> })
  act(() => backupsChanged())
}

const section = () => screen.getByRole('region', { name: 'Backups' })
const where = () => within(section()).getByRole('group', { name: 'Where backups go' })
const backupFiles = (folder: FakeFolder) => [...folder.files.keys()].filter((name) => /^Opsdeck backup \d{8}T\d{6}Z-[0-9a-f]{8}\.opsdeck$/.test(name))

beforeEach(async () => {
  current = createBrowserBridge()
  picker.mockReset()
  await loadSampleWorkspace(createSampleWorkspace(new Date()))
})

afterEach(async () => {
  delete (globalThis as { showDirectoryPicker?: unknown }).showDirectoryPicker
  await Dexie.delete('opsdeck-browser-backups')
})

describe('Settings → Backups in a browser without folder access', () => {
  it('says that automatic backups need the desktop app or a browser with folder access, and offers no folder', async () => {
    useFolderHandleStore(memoryStore())
    renderWithProviders(<BackupsSection info={webInfo} />)
    expect(await within(section()).findByText(/Automatic backups need the desktop app or a browser with folder access/)).toBeTruthy()
    expect(where().textContent).toContain('Backups go to this browser')
    expect(within(section()).queryByRole('button', { name: 'Choose a backup folder…' })).toBeNull()
    expect(within(section()).getByText(/Back up now downloads a verified backup file/)).toBeTruthy()
  })
})

describe('Settings → Backups in a browser with folder access', () => {
  it('chooses a folder once, then writes, lists and verifies backups there as files', async () => {
    offerFolderAccess()
    const store = memoryStore()
    useFolderHandleStore(store)
    const folder = new FakeFolder('Opsdeck backups')
    picker.mockResolvedValueOnce(folder)
    renderWithProviders(<BackupsSection info={webInfo} />)
    fireEvent.click(await within(section()).findByRole('button', { name: 'Choose a backup folder…' }))
    await waitFor(() => expect(where().textContent).toContain('Backups go to the folder “Opsdeck backups”'))
    expect(store.handle).toBe(folder)
    // The write check left nothing behind.
    expect([...folder.files.keys()]).toEqual([])
    expect(within(where()).getByRole('button', { name: 'Change…' })).toBeTruthy()
    expect(within(where()).getByRole('button', { name: 'Use default' })).toBeTruthy()
    expect(within(section()).getByText(/backs up this workspace into your folder every 4 hours/)).toBeTruthy()

    await writeBackup()
    expect(backupFiles(folder)).toHaveLength(1)
    const table = await within(section()).findByRole('table', { name: 'Backups in the backups folder' })
    expect(within(table).getAllByRole('row')).toHaveLength(2)
    expect(within(table).getByText('Verified, newest')).toBeTruthy()
    // Nothing went to the browser's own storage.
    expect(await new Dexie('opsdeck-browser-backups').open().then((opened) => opened.table('backups').count())).toBe(0)
  })

  it('keeps backups in this browser when the picker is cancelled', async () => {
    offerFolderAccess()
    useFolderHandleStore(memoryStore())
    picker.mockRejectedValueOnce(new DOMException('The user aborted a request.', 'AbortError'))
    renderWithProviders(<BackupsSection info={webInfo} />)
    fireEvent.click(await within(section()).findByRole('button', { name: 'Choose a backup folder…' }))
    await waitFor(() => expect(picker).toHaveBeenCalled())
    expect(where().textContent).toContain('Backups go to this browser')
    expect(screen.queryByText('The backups folder was not changed')).toBeNull()
  })

  it('refuses a folder it cannot write to, and says so', async () => {
    offerFolderAccess()
    const store = memoryStore()
    useFolderHandleStore(store)
    const readOnly = new FakeFolder('Read only')
    readOnly.permission = 'denied'
    picker.mockResolvedValueOnce(readOnly)
    renderWithProviders(<BackupsSection info={webInfo} />)
    fireEvent.click(await within(section()).findByRole('button', { name: 'Choose a backup folder…' }))
    expect(await screen.findByText('The backups folder was not changed')).toBeTruthy()
    expect(screen.getByText(/Backups cannot be written to “Read only”/)).toBeTruthy()
    expect(store.handle).toBeUndefined()
  })

  it('asks for access again with a button when the permission lapsed, and keeps copies in this browser meanwhile', async () => {
    offerFolderAccess()
    const folder = new FakeFolder('Opsdeck backups')
    folder.permission = 'prompt'
    useFolderHandleStore(memoryStore(folder))
    renderWithProviders(<BackupsSection info={webInfo} />)
    expect(await within(section()).findByText(/The browser needs your permission again/)).toBeTruthy()
    // A backup taken now (before a restore, say) cannot wait for a click: it stays in the browser.
    await writeBackup()
    expect(folder.files.size).toBe(0)
    expect(await within(section()).findByRole('table', { name: 'Backups kept in this browser' })).toBeTruthy()

    folder.answer = 'denied'
    fireEvent.click(within(where()).getByRole('button', { name: 'Grant access again' }))
    await waitFor(() => expect(folder.requests).toBe(1))
    expect(within(where()).getByRole('button', { name: 'Grant access again' })).toBeTruthy()

    folder.answer = 'granted'
    fireEvent.click(within(where()).getByRole('button', { name: 'Grant access again' }))
    await waitFor(() => expect(within(section()).queryByText(/The browser needs your permission again/)).toBeNull())
    expect(where().textContent).toContain('the folder “Opsdeck backups”')
    await writeBackup()
    expect(backupFiles(folder)).toHaveLength(1)
  })

  it('applies retention only to the files it named, in a folder with others', async () => {
    offerFolderAccess()
    const folder = new FakeFolder('Shared')
    // Two of ours from one day three days ago: retention keeps the newer. Files of others from that day, some named
    // much like ours, would go too if retention counted them.
    const day = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '')
    const others = ['notes.txt', 'Opsdeck workspace 2026-11-01 0900.opsdeck', `${day}T000000Z-1a2b3c4d.opsdeck`, `Opsdeck backup ${day}T000000Z-1a2b3c4d (1).opsdeck`, `Opsdeck backup ${day}T000000Z-1a2b3c4d.opsdeck.crswap`]
    for (const name of others) folder.files.set(name, { bytes: new TextEncoder().encode('not ours'), lastModified: 0 })
    const older = `Opsdeck backup ${day}T010000Z-00000001.opsdeck`
    const newer = `Opsdeck backup ${day}T020000Z-00000002.opsdeck`
    for (const name of [older, newer]) folder.files.set(name, { bytes: new Uint8Array([1]), lastModified: 0 })
    useFolderHandleStore(memoryStore(folder))
    await writeBackup()
    const names = [...folder.files.keys()]
    expect(names).toEqual(expect.arrayContaining([...others, newer]))
    expect(names).not.toContain(older)
    expect(backupFiles(folder)).toHaveLength(2)
  })

  it('goes back to this browser and downloads with Use default', async () => {
    offerFolderAccess()
    const store = memoryStore(new FakeFolder('Opsdeck backups'))
    useFolderHandleStore(store)
    renderWithProviders(<BackupsSection info={webInfo} />)
    fireEvent.click(await within(section()).findByRole('button', { name: 'Use default' }))
    await waitFor(() => expect(where().textContent).toContain('Backups go to this browser'))
    expect(store.handle).toBeUndefined()
    expect(within(where()).getByRole('button', { name: 'Choose a backup folder…' })).toBeTruthy()
  })
})

describe('Settings → Backups in the desktop app', () => {
  function desktopBridge(location: BackupLocation): DesktopBridge {
    return {
      ...createBrowserBridge(),
      getAppInfo: async () => desktopInfo,
      listBackups: async () => ({ location: 'folder', backups: [] }),
      getBackupLocation: vi.fn(async () => location),
      chooseBackupFolder: vi.fn(async () => ({ ...location, kind: 'chosen' as const, display: '/media/usb/Opsdeck', access: 'ready' as const })),
      useDefaultBackupFolder: vi.fn(async () => ({ ...location, kind: 'default' as const, display: '/home/ada/.config/Opsdeck/backups' })),
      reconnectBackupFolder: vi.fn(async () => location)
    }
  }

  it('shows the default folder with Change…, and the chosen one once chosen', async () => {
    const bridge = desktopBridge({ kind: 'default', display: '/home/ada/.config/Opsdeck/backups', access: 'ready', canChooseFolder: true, automatic: true })
    current = bridge
    renderWithProviders(<BackupsSection info={desktopInfo} />)
    await waitFor(() => expect(where().textContent).toContain('Backups go to /home/ada/.config/Opsdeck/backups'))
    expect(where().textContent).toContain('The backups folder in Opsdeck’s data folder.')
    expect(within(where()).queryByRole('button', { name: 'Use default' })).toBeNull()
    vi.mocked(bridge.getBackupLocation).mockResolvedValue({ kind: 'chosen', display: '/media/usb/Opsdeck', access: 'ready', canChooseFolder: true, automatic: true })
    fireEvent.click(within(where()).getByRole('button', { name: 'Change…' }))
    await waitFor(() => expect(where().textContent).toContain('Backups go to /media/usb/Opsdeck'))
    expect(bridge.chooseBackupFolder).toHaveBeenCalledOnce()
    expect(await screen.findByText('Backups now go to /media/usb/Opsdeck. Those taken before stay where they were.')).toBeTruthy()
    expect(within(where()).getByRole('button', { name: 'Use default' })).toBeTruthy()
  })

  it('says when the chosen folder cannot be written, with Try again and Use default', async () => {
    const bridge = desktopBridge({ kind: 'chosen', display: '/media/usb/Opsdeck', access: 'unavailable', problem: 'This folder cannot be written now: it was moved or deleted.', canChooseFolder: true, automatic: true })
    current = bridge
    renderWithProviders(<BackupsSection info={desktopInfo} />)
    expect(await within(section()).findByText('This folder cannot be written now: it was moved or deleted. Backups fail until it can be written again.')).toBeTruthy()
    fireEvent.click(within(where()).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(bridge.reconnectBackupFolder).toHaveBeenCalledOnce())
    fireEvent.click(within(where()).getByRole('button', { name: 'Use default' }))
    await waitFor(() => expect(bridge.useDefaultBackupFolder).toHaveBeenCalledOnce())
  })
})
