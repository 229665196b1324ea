import { randomUUID } from 'node:crypto'
import { chmod, lstat, mkdtemp, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MAX_SAVE_BYTES, bridgeChannels, fitsUtf8Limit, parseBridgeArgs, utf8ByteLength, type InvokedMethod } from '@shared/bridge'
import type { DesktopServices } from '../../../src/main/bridgeHandlers'

const registered = vi.hoisted(() => new Map<string, (event: unknown, arg?: unknown) => Promise<unknown>>())

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: (event: unknown, arg?: unknown) => Promise<unknown>) => registered.set(channel, listener) },
  app: { getName: () => 'Opsdeck', getVersion: () => '0.1.0', getPath: () => '/documents' },
  BrowserWindow: { fromWebContents: () => null },
  dialog: {},
  shell: { openExternal: vi.fn(), showItemInFolder: vi.fn() }
}))

const { registerIpcHandlers } = await import('../../../src/main/ipc')
const { createBridgeHandlers } = await import('../../../src/main/bridgeHandlers')
const { atomicWrite } = await import('../../../src/main/files/atomicWrite')
const { createReadLimiter } = await import('../../../src/main/files/readLimiter')
const { createRateLimit } = await import('../../../src/main/rateLimit')

const appFrame = { url: 'app://opsdeck/index.html', parent: null }
/** Each window's events share one sender, as Electron's do. */
const windowA = { senderFrame: appFrame, sender: { id: 1, mainFrame: appFrame } }

let services: { [K in keyof DesktopServices]: ReturnType<typeof vi.fn> }
let dir: string

beforeEach(async () => {
  registered.clear()
  dir = await mkdtemp(join(tmpdir(), 'opsdeck-hostile-'))
  services = {
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
    showItemInFolder: vi.fn(),
    openExternal: vi.fn(async () => true),
    documentsDir: vi.fn(() => dir),
    notificationsSupported: vi.fn(() => true),
    createNotification: vi.fn(() => ({ show: vi.fn(), close: vi.fn(), onClick: vi.fn() })),
    focusWindow: vi.fn(),
    printToPdf: vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46])),
    backupsDir: vi.fn(() => join(dir, 'backups')),
    userDataDir: vi.fn(() => dir)
  }
  registerIpcHandlers({ isPackaged: true, devServerUrl: undefined, handlers: createBridgeHandlers(services as unknown as DesktopServices) })
})

afterEach(async () => {
  vi.useRealTimers()
  await rm(dir, { recursive: true, force: true })
})

function invoke(method: InvokedMethod, arg?: unknown, event: unknown = windowA): Promise<unknown> {
  const handler = registered.get(bridgeChannels[method])
  if (!handler) throw new Error(`no handler for ${method}`)
  return handler(event, arg)
}

async function choose(path: string): Promise<string> {
  services.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] })
  const [file] = (await invoke('openFiles', {})) as { token: string }[]
  return file!.token
}

describe('chunk reads under a hostile renderer', () => {
  it('refuses to read a chosen file that was swapped for a symlink to another file', async () => {
    const chosen = join(dir, 'export.csv')
    const secret = join(dir, 'secret.txt')
    await writeFile(chosen, 'id,text\n1,hello\n')
    await writeFile(secret, 'the ssh key, say')
    const token = await choose(chosen)
    expect(new TextDecoder().decode((await invoke('readFileChunk', { token, offset: 0, length: 7 })) as Uint8Array)).toBe('id,text')

    await rm(chosen)
    await symlink(secret, chosen)
    await expect(invoke('readFileChunk', { token, offset: 0, length: 16 })).rejects.toThrow(/"export\.csv" was replaced since you chose it/)
    // The token is gone: no later read can reach the file either.
    await expect(invoke('readFileChunk', { token, offset: 0, length: 16 })).rejects.toThrow(/no longer open/)
  })

  it('serves many concurrent reads of one window in turn, all of them complete and correct', async () => {
    const path = join(dir, 'big.csv')
    const bytes = new Uint8Array(4 * 1024 * 1024)
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 251
    await writeFile(path, bytes)
    const token = await choose(path)
    const chunk = 256 * 1024
    const reads = Array.from({ length: 16 }, (_, i) => invoke('readFileChunk', { token, offset: i * chunk, length: chunk }) as Promise<Uint8Array>)
    const results = await Promise.all(reads)
    results.forEach((result, i) => expect(Buffer.from(result).equals(bytes.subarray(i * chunk, (i + 1) * chunk)), `chunk ${i}`).toBe(true))
  })
})

describe('the read limiter', () => {
  /** A read that finishes when the test says so, and records how many run together. */
  function harness(limits: { perOwner: number; total: number; maxWaiting: number }) {
    const limiter = createReadLimiter(limits)
    let peak = 0
    const peakByOwner = new Map<object, number>()
    const runningByOwner = new Map<object, number>()
    const finishers: (() => void)[] = []
    const read = (owner: object) =>
      limiter.run(owner, async () => {
        runningByOwner.set(owner, (runningByOwner.get(owner) ?? 0) + 1)
        peak = Math.max(peak, limiter.running)
        peakByOwner.set(owner, Math.max(peakByOwner.get(owner) ?? 0, runningByOwner.get(owner) ?? 0))
        await new Promise<void>((resolve) => finishers.push(resolve))
        runningByOwner.set(owner, (runningByOwner.get(owner) ?? 1) - 1)
        return 'done'
      })
    const finishAll = async () => {
      while (finishers.length > 0) {
        finishers.splice(0).forEach((finish) => finish())
        await new Promise((resolve) => setTimeout(resolve, 0))
      }
    }
    return { read, finishAll, peak: () => peak, peakOf: (owner: object) => peakByOwner.get(owner) ?? 0 }
  }

  it('runs at most the per-window and total number of reads at once (24 large reads: 4 at a time, 2 per window)', async () => {
    const h = harness({ perOwner: 2, total: 4, maxWaiting: 64 })
    const windows = [{}, {}, {}]
    const all = Array.from({ length: 24 }, (_, i) => h.read(windows[i % 3]!))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(h.peak()).toBe(4)
    await h.finishAll()
    expect(await Promise.all(all)).toHaveLength(24)
    expect(h.peak()).toBe(4)
    for (const window of windows) expect(h.peakOf(window)).toBe(2)
  })

  it('refuses reads beyond the waiting line instead of queueing without end', async () => {
    const h = harness({ perOwner: 1, total: 1, maxWaiting: 2 })
    const owner = {}
    const accepted = [h.read(owner), h.read(owner), h.read(owner)]
    await expect(h.read(owner)).rejects.toThrow(/Too many file reads at once/)
    await h.finishAll()
    await expect(Promise.all(accepted)).resolves.toEqual(['done', 'done', 'done'])
  })
})

describe('saving under a hostile renderer', () => {
  it('counts a size limit in bytes written, not in characters', () => {
    expect(utf8ByteLength('aé€😀')).toBe(1 + 2 + 3 + 4)
    expect(utf8ByteLength('\ud800')).toBe(3)
    expect(fitsUtf8Limit('a'.repeat(10), 10)).toBe(true)
    expect(fitsUtf8Limit('é'.repeat(5), 10)).toBe(true)
    expect(fitsUtf8Limit('é'.repeat(6), 10)).toBe(false)
    expect(fitsUtf8Limit('€'.repeat(4), 10)).toBe(false)
  })

  // One real string past the limit: 270 million "é" are under 512 Mi characters but 540 million bytes of UTF-8.
  it('refuses a save of more than 512 MiB of UTF-8 that has fewer than 512 Mi characters', { timeout: 60_000 }, () => {
    const wide = 'é'.repeat(270_000_000)
    expect(wide.length).toBeLessThan(MAX_SAVE_BYTES)
    const refused = parseBridgeArgs('saveFile', { suggestedName: 'export.csv', data: wide })
    expect(refused.ok).toBe(false)
    expect(refused.ok ? '' : refused.message).toMatch(/data: File too large: more than 512 MiB once written/)
  })

  it('keeps the permissions of a file it replaces', async () => {
    const path = join(dir, 'private.csv')
    await writeFile(path, 'old')
    await chmod(path, 0o600)
    await atomicWrite(path, 'new')
    expect((await stat(path)).mode & 0o777).toBe(0o600)
    expect(await readFile(path, 'utf8')).toBe('new')
  })

  it('writes through a symlink to its target and leaves the link in place', async () => {
    const target = join(dir, 'real.csv')
    const link = join(dir, 'link.csv')
    await writeFile(target, 'old')
    await symlink(target, link)
    services.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: link })
    await invoke('saveFile', { suggestedName: 'link.csv', data: 'new' })
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
    expect(await readlink(link)).toBe(target)
    expect(await readFile(target, 'utf8')).toBe('new')
  })

  it('refuses to save over a symlink that points nowhere', async () => {
    const link = join(dir, 'dangling.csv')
    await symlink(join(dir, 'missing', 'nothing.csv'), link)
    services.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: link })
    await expect(invoke('saveFile', { suggestedName: 'dangling.csv', data: 'x' })).rejects.toThrow(/it is a link to a file that does not exist/)
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
  })
})

describe('handlers that name files', () => {
  it('take only an id main handed out, never a path', async () => {
    const path = join(dir, 'secret.txt')
    await writeFile(path, 'x')
    for (const arg of [{ fileId: path }, { path }, { fileId: randomUUID() }, path]) {
      await expect(invoke('showItemInFolder', arg)).rejects.toThrow(/^Opsdeck: /)
    }
    for (const arg of [{ token: path, offset: 0, length: 1 }, { path, offset: 0, length: 1 }]) {
      await expect(invoke('readFileChunk', arg)).rejects.toThrow(/^Opsdeck: /)
    }
    expect(services.showItemInFolder).not.toHaveBeenCalled()
  })
})

describe('notifications under a hostile renderer', () => {
  it('shows at most 10 a minute, then again once the minute has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-02T09:00:00Z'))
    for (let i = 0; i < 500; i++) await invoke('showNotification', { title: `Spam ${i}` })
    expect(services.createNotification).toHaveBeenCalledTimes(10)
    vi.setSystemTime(new Date('2026-12-02T09:01:00Z'))
    await invoke('showNotification', { title: 'Renewal due' })
    expect(services.createNotification).toHaveBeenCalledTimes(11)
  })

  it('allows a burst up to the limit within its window and no more', () => {
    const rate = createRateLimit({ limit: 3, perMs: 1000 })
    expect([0, 10, 20, 30, 999].map((t) => rate.take(t))).toEqual([true, true, true, false, false])
    expect(rate.take(1000)).toBe(true)
  })
})
