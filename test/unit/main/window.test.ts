import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it, expect, vi, beforeEach } from 'vitest'

const created = vi.hoisted(() => [] as { options: Record<string, unknown>; window: Record<string, ReturnType<typeof vi.fn>>; once: Map<string, () => void> }[])

vi.mock('electron', () => {
  class BrowserWindow {
    constructor(options: Record<string, unknown>) {
      const once = new Map<string, () => void>()
      const window = {
        once: vi.fn((event: string, listener: () => void) => once.set(event, listener)),
        on: vi.fn(),
        show: vi.fn(),
        maximize: vi.fn(),
        loadURL: vi.fn(async () => undefined)
      }
      created.push({ options, window, once })
      return window as unknown as BrowserWindow
    }
  }
  const primary = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } }
  return { BrowserWindow, screen: { getPrimaryDisplay: () => primary, getAllDisplays: () => [primary] } }
})

const { createMainWindow, rendererUrl } = await import('../../../src/main/window')

let stateFile: string
beforeEach(async () => {
  created.length = 0
  stateFile = join(await mkdtemp(join(tmpdir(), 'opsdeck-window-')), 'window-state.json')
})

describe('the main window', () => {
  it('isolates the page: sandbox, context isolation, no Node, no insecure content, no experimental or Blink features, no webview, our preload', async () => {
    await createMainWindow({ isPackaged: true, devServerUrl: undefined, stateFile })
    const { webPreferences, show } = created[0]!.options as { webPreferences: Record<string, unknown>; show: boolean }
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      webviewTag: false,
      spellcheck: true
    })
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures')
    expect(webPreferences['preload']).toMatch(/[\\/]preload[\\/]index\.js$/)
    expect(show).toBe(false)
  })

  it('shows itself only once ready to show', async () => {
    await createMainWindow({ isPackaged: true, devServerUrl: undefined, stateFile })
    const { window, once } = created[0]!
    expect(window['show']).not.toHaveBeenCalled()
    once.get('ready-to-show')?.()
    expect(window['show']).toHaveBeenCalled()
  })

  it('loads the built renderer from app://opsdeck when packaged, even if a dev server is set', async () => {
    await createMainWindow({ isPackaged: true, devServerUrl: 'http://localhost:5173', stateFile })
    expect(created[0]!.window['loadURL']).toHaveBeenCalledWith('app://opsdeck/index.html')
  })

  it('loads the dev server when not packaged and one is running', () => {
    expect(rendererUrl(false, 'http://localhost:5173')).toBe('http://localhost:5173')
    expect(rendererUrl(false, undefined)).toBe('app://opsdeck/index.html')
  })

  it('opens at 1280x820 the first time and where it was left afterwards', async () => {
    await createMainWindow({ isPackaged: true, devServerUrl: undefined, stateFile })
    expect(created[0]!.options).toMatchObject({ width: 1280, height: 820 })
    expect(created[0]!.options['x']).toBeUndefined()

    await writeFile(stateFile, JSON.stringify({ x: 200, y: 100, width: 1000, height: 700, maximized: true }))
    await createMainWindow({ isPackaged: true, devServerUrl: undefined, stateFile })
    expect(created[1]!.options).toMatchObject({ x: 200, y: 100, width: 1000, height: 700 })
    created[1]!.once.get('ready-to-show')?.()
    expect(created[1]!.window['maximize']).toHaveBeenCalled()
  })
})
