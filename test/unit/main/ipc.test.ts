import { randomUUID } from 'node:crypto'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it, expect, vi, beforeEach } from 'vitest'
import { BRIDGE_ERROR_PREFIX, bridgeChannels, type InvokedMethod } from '@shared/bridge'
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

const appFrame = { url: 'app://opsdeck/index.html', parent: null }
const trustedEvent = { senderFrame: appFrame, sender: { mainFrame: appFrame } }
const refused = `${BRIDGE_ERROR_PREFIX}Request refused: it did not come from the Opsdeck window`

let services: { [K in keyof DesktopServices]: ReturnType<typeof vi.fn> }
let tempDir: string

const pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff])

/** A notification as createNotification hands it out, with a way to click it. */
function fakeNotification() {
  let clickListener: () => void = () => undefined
  return {
    show: vi.fn(),
    close: vi.fn(),
    onClick: vi.fn((listener: () => void) => (clickListener = listener)),
    click: () => clickListener()
  }
}

beforeEach(async () => {
  registered.clear()
  tempDir = await mkdtemp(join(tmpdir(), 'opsdeck-ipc-'))
  services = {
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
    showItemInFolder: vi.fn(),
    openExternal: vi.fn(async () => true),
    documentsDir: vi.fn(() => tempDir),
    notificationsSupported: vi.fn(() => true),
    createNotification: vi.fn(() => fakeNotification()),
    focusWindow: vi.fn(),
    printToPdf: vi.fn(async () => pdfBytes),
    backupsDir: vi.fn(() => join(tempDir, 'backups')),
    userDataDir: vi.fn(() => tempDir)
  }
  registerIpcHandlers({
    isPackaged: true,
    devServerUrl: undefined,
    handlers: createBridgeHandlers(services as unknown as DesktopServices)
  })
})

function invoke(method: InvokedMethod, arg?: unknown, event: unknown = trustedEvent): Promise<unknown> {
  const handler = registered.get(bridgeChannels[method])
  if (!handler) throw new Error(`no handler for ${method}`)
  return handler(event, arg)
}

async function openTempFile(contents: string): Promise<{ token: string; name: string; size: number; lastModified: number }> {
  const path = join(tempDir, 'feedback.csv')
  await writeFile(path, contents)
  services.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] })
  const files = (await invoke('openFiles', {})) as { token: string; name: string; size: number; lastModified: number }[]
  return files[0]!
}

describe('ipc handlers', () => {
  it('registers exactly one handler per invoked bridge method', () => {
    expect([...registered.keys()].sort()).toEqual(Object.values(bridgeChannels).sort())
  })

  it('refuses a request from a foreign origin before doing anything', async () => {
    const frame = { url: 'https://evil.example/', parent: null }
    await expect(invoke('openExternal', { url: 'https://example.com' }, { senderFrame: frame, sender: { mainFrame: frame } })).rejects.toThrow(refused)
    expect(services.openExternal).not.toHaveBeenCalled()
  })

  it('refuses a request from a sub-frame, even one on our own origin', async () => {
    const frame = { url: 'app://opsdeck/index.html', parent: appFrame }
    await expect(invoke('getAppInfo', undefined, { senderFrame: frame, sender: { mainFrame: appFrame } })).rejects.toThrow(refused)
  })

  it('refuses a request whose frame has navigated away or been destroyed', async () => {
    await expect(invoke('getAppInfo', undefined, { senderFrame: null, sender: { mainFrame: appFrame } })).rejects.toThrow(refused)
  })

  it('refuses the dev server origin in a packaged build', async () => {
    const frame = { url: 'http://localhost:5173/', parent: null }
    await expect(invoke('getAppInfo', undefined, { senderFrame: frame, sender: { mainFrame: frame } })).rejects.toThrow(refused)
  })

  it('rejects readFileChunk with a negative offset and names the field', async () => {
    const promise = invoke('readFileChunk', { token: randomUUID(), offset: -1, length: 10 })
    await expect(promise).rejects.toThrow(BRIDGE_ERROR_PREFIX)
    await expect(promise).rejects.toThrow(/offset/)
  })

  it('rejects openExternal with a file: link without opening it', async () => {
    const promise = invoke('openExternal', { url: 'file:///etc/passwd' })
    await expect(promise).rejects.toThrow(/^Opsdeck: .*url: Only web \(http, https\) and e-mail \(mailto\) links can be opened/)
    expect(services.openExternal).not.toHaveBeenCalled()
  })

  it('rejects saveFile with a slash in the suggested name without showing a dialog', async () => {
    const promise = invoke('saveFile', { suggestedName: '../escape.csv', data: 'a' })
    await expect(promise).rejects.toThrow(/^Opsdeck: .*suggestedName: A file name cannot contain a slash/)
    expect(services.showSaveDialog).not.toHaveBeenCalled()
  })

  it('rejects an argument where a method takes none', async () => {
    await expect(invoke('getAppInfo', { sneaky: true })).rejects.toThrow(BRIDGE_ERROR_PREFIX)
  })

  it('answers getAppInfo with the app name, version and platform', async () => {
    expect(await invoke('getAppInfo')).toEqual({ name: 'Opsdeck', version: '0.1.0', platform: expect.stringMatching(/^(darwin|win32|linux)$/), desktop: true })
  })

  it('returns null from openFiles when the dialog is cancelled', async () => {
    expect(await invoke('openFiles', { title: 'Import feedback' })).toBeNull()
    expect(services.showOpenDialog).toHaveBeenCalledWith(trustedEvent, { title: 'Import feedback', filters: [], properties: ['openFile'] })
  })

  it('returns the name, size and modification time of each chosen file', async () => {
    const before = Date.now()
    const file = await openTempFile('id,text\n1,hello\n')
    expect(file).toMatchObject({ name: 'feedback.csv', size: 16 })
    expect(file.token).toMatch(/^[0-9a-f-]{36}$/)
    expect(file.lastModified).toBeGreaterThan(before - 60_000)
  })

  it('lets the user pick several files when asked for multiple', async () => {
    await invoke('openFiles', { multiple: true, filters: [{ name: 'CSV', extensions: ['csv'] }] })
    expect(services.showOpenDialog).toHaveBeenCalledWith(trustedEvent, {
      title: undefined,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      properties: ['openFile', 'multiSelections']
    })
  })

  it('reads exactly the requested bytes of an opened file', async () => {
    const { token } = await openTempFile('0123456789')
    const chunk = (await invoke('readFileChunk', { token, offset: 3, length: 4 })) as Uint8Array
    expect(chunk).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(chunk)).toBe('3456')
  })

  it('returns a short chunk at the end of the file and an empty one past it', async () => {
    const { token } = await openTempFile('0123456789')
    expect(new TextDecoder().decode((await invoke('readFileChunk', { token, offset: 8, length: 100 })) as Uint8Array)).toBe('89')
    expect(((await invoke('readFileChunk', { token, offset: 10, length: 5 })) as Uint8Array).byteLength).toBe(0)
  })

  it('refuses to read a token it never handed out', async () => {
    await expect(invoke('readFileChunk', { token: randomUUID(), offset: 0, length: 1 })).rejects.toThrow(`${BRIDGE_ERROR_PREFIX}This file is no longer open`)
  })

  it('forgets a file once it is closed', async () => {
    const { token } = await openTempFile('abc')
    await invoke('closeFile', { token })
    await expect(invoke('readFileChunk', { token, offset: 0, length: 1 })).rejects.toThrow(/no longer open/)
  })

  it('saves a file atomically where the user chose, starting the dialog in Documents', async () => {
    const target = join(tempDir, 'themes.csv')
    services.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    const result = (await invoke('saveFile', { suggestedName: 'export.csv', data: 'theme,score\nonboarding,9\n' })) as { saved: true; fileId: string; name: string }
    expect(result).toEqual({ saved: true, fileId: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'themes.csv' })
    expect(services.showSaveDialog).toHaveBeenCalledWith(trustedEvent, { title: undefined, defaultPath: join(tempDir, 'export.csv'), filters: [] })
    expect(await readFile(target, 'utf8')).toBe('theme,score\nonboarding,9\n')
    expect(await readdir(tempDir)).toEqual(['themes.csv'])
  })

  it('saves bytes as they are', async () => {
    const target = join(tempDir, 'backup.bin')
    services.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    await invoke('saveFile', { suggestedName: 'backup.bin', data: new Uint8Array([0, 255, 7]) })
    expect([...(await readFile(target))]).toEqual([0, 255, 7])
  })

  it('reports nothing saved when the save dialog is cancelled', async () => {
    expect(await invoke('saveFile', { suggestedName: 'export.csv', data: 'x' })).toEqual({ saved: false })
  })

  it('shows a saved file in its folder by its id, and refuses an unknown id', async () => {
    const target = join(tempDir, 'themes.csv')
    services.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    const { fileId } = (await invoke('saveFile', { suggestedName: 'themes.csv', data: 'x' })) as { fileId: string }
    await invoke('showItemInFolder', { fileId })
    expect(services.showItemInFolder).toHaveBeenCalledWith(target)
    await expect(invoke('showItemInFolder', { fileId: randomUUID() })).rejects.toThrow(BRIDGE_ERROR_PREFIX)
  })

  it('opens an https link in the browser', async () => {
    await invoke('openExternal', { url: 'https://example.com/renewals' })
    expect(services.openExternal).toHaveBeenCalledWith('https://example.com/renewals')
  })

  it('shows a notification with the given title and body, and focuses the asking window when it is clicked', async () => {
    expect(await invoke('showNotification', { title: 'Renewal due', body: 'Figma renews in 7 days' })).toBeUndefined()
    expect(services.createNotification).toHaveBeenCalledExactlyOnceWith({ title: 'Renewal due', body: 'Figma renews in 7 days' })
    const notification = services.createNotification.mock.results[0]!.value as ReturnType<typeof fakeNotification>
    expect(notification.show).toHaveBeenCalledOnce()
    expect(services.focusWindow).not.toHaveBeenCalled()
    notification.click()
    expect(services.focusWindow).toHaveBeenCalledExactlyOnceWith(trustedEvent)
  })

  it('shows nothing, and does not fail, where the platform has no notifications', async () => {
    services.notificationsSupported.mockReturnValue(false)
    await expect(invoke('showNotification', { title: 'Renewal due' })).resolves.toBeUndefined()
    expect(services.createNotification).not.toHaveBeenCalled()
  })

  it('replaces a notification with a newer one of the same tag', async () => {
    await invoke('showNotification', { title: 'Renewal due', body: 'Figma', tag: 'renewals' })
    await invoke('showNotification', { title: 'Weekly digest', tag: 'digest' })
    await invoke('showNotification', { title: 'Renewals due', body: 'Figma and Miro', tag: 'renewals' })
    const [first, digest, second] = services.createNotification.mock.results.map((result) => result.value as ReturnType<typeof fakeNotification>)
    expect(services.createNotification).toHaveBeenLastCalledWith({ title: 'Renewals due', body: 'Figma and Miro', id: 'renewals' })
    expect(first!.close).toHaveBeenCalledOnce()
    expect(digest!.close).not.toHaveBeenCalled()
    expect(second!.show).toHaveBeenCalledOnce()
  })

  it('rejects a notification without a title', async () => {
    await expect(invoke('showNotification', { title: '' })).rejects.toThrow(/^Opsdeck: .*title/)
    expect(services.createNotification).not.toHaveBeenCalled()
  })

  it('rejects savePdf with a name that is not .pdf or that has a slash, before printing or asking', async () => {
    await expect(invoke('savePdf', { suggestedName: 'report.html', html: '<p>x</p>' })).rejects.toThrow(
      /^Opsdeck: .*suggestedName: A PDF file name ends in \.pdf/
    )
    await expect(invoke('savePdf', { suggestedName: '../report.pdf', html: '<p>x</p>' })).rejects.toThrow(
      /^Opsdeck: .*suggestedName: A file name cannot contain a slash/
    )
    await expect(invoke('savePdf', { suggestedName: 'report.pdf', html: '' })).rejects.toThrow(/^Opsdeck: .*html/)
    expect(services.printToPdf).not.toHaveBeenCalled()
    expect(services.showSaveDialog).not.toHaveBeenCalled()
  })

  it('prints a PDF and saves it atomically where the user chose, starting in Documents, and can show it in its folder', async () => {
    const target = join(tempDir, 'Q3 playbook.pdf')
    services.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    const html = '<!doctype html><title>Q3</title><h1>Onboarding</h1>'
    const result = (await invoke('savePdf', { title: 'Export playbook', suggestedName: 'playbook.pdf', html })) as { saved: true; fileId: string; name: string }
    expect(result).toEqual({ saved: true, fileId: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'Q3 playbook.pdf' })
    expect(services.printToPdf).toHaveBeenCalledExactlyOnceWith(html)
    expect(services.showSaveDialog).toHaveBeenCalledWith(trustedEvent, {
      title: 'Export playbook',
      defaultPath: join(tempDir, 'playbook.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }]
    })
    expect([...(await readFile(target))]).toEqual([...pdfBytes])
    expect(await readdir(tempDir)).toEqual(['Q3 playbook.pdf'])
    await invoke('showItemInFolder', { fileId: result.fileId })
    expect(services.showItemInFolder).toHaveBeenCalledWith(target)
  })

  it('reports no PDF saved when the save dialog is cancelled', async () => {
    expect(await invoke('savePdf', { suggestedName: 'playbook.pdf', html: '<p>x</p>' })).toEqual({ saved: false })
    expect(await readdir(tempDir)).toEqual([])
  })
})
