import { join } from 'node:path'
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest'

type Listener = (...args: unknown[]) => unknown

const state = vi.hoisted(() => {
  const calls: string[] = []
  const listeners = new Map<string, Listener>()
  let resolveReady: () => void = () => undefined
  const app = {
    isPackaged: true,
    ready: false,
    hasLock: true,
    setName: (name: string) => calls.push(`setName ${name}`),
    getPath: (name: string) => `/${name}`,
    setPath: (name: string, path: string) => calls.push(`setPath ${name} ${path}`),
    enableSandbox: () => calls.push('enableSandbox'),
    requestSingleInstanceLock: () => app.hasLock,
    quit: () => calls.push('quit'),
    isReady: () => app.ready,
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    whenReady: () =>
      new Promise<void>((resolve) => {
        resolveReady = () => {
          app.ready = true
          resolve()
        }
      })
  }
  const window = {
    isMinimized: () => true,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
    on: () => undefined
  }
  return { calls, listeners, app, window, ready: () => resolveReady() }
})

vi.mock('electron', () => ({
  app: state.app,
  dialog: { showErrorBox: vi.fn() },
  session: { defaultSession: {} },
  BrowserWindow: { getAllWindows: () => [] }
}))
vi.mock('../../../src/main/protocol', () => ({
  registerAppScheme: () => state.calls.push('registerAppScheme'),
  registerAppProtocol: () => state.calls.push('registerAppProtocol')
}))
vi.mock('../../../src/main/security', () => ({ installSecurityHandlers: () => state.calls.push('installSecurityHandlers') }))
vi.mock('../../../src/main/ipc', () => ({ registerIpcHandlers: () => state.calls.push('registerIpcHandlers') }))
vi.mock('../../../src/main/bridgeHandlers', () => ({ createBridgeHandlers: () => ({}) }))
vi.mock('../../../src/main/menu', () => ({ installApplicationMenu: () => state.calls.push('installApplicationMenu') }))
vi.mock('../../../src/main/windowState', () => ({ whenWindowStateSaved: async () => undefined }))
vi.mock('../../../src/main/rendererRecovery', () => ({ reloadCrashedRenderer: () => state.calls.push('reloadCrashedRenderer') }))
vi.mock('../../../src/main/window', () => ({
  createMainWindow: async () => {
    state.calls.push('createMainWindow')
    return state.window
  }
}))

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))
const platform = process.platform

async function start(): Promise<void> {
  vi.resetModules()
  await import('../../../src/main/index')
}

beforeEach(() => {
  state.calls.length = 0
  state.listeners.clear()
  state.app.ready = false
  state.app.hasLock = true
})
afterEach(() => Object.defineProperty(process, 'platform', { value: platform }))

describe('the main process lifecycle', () => {
  it('pins the name, the userData folder and the app:// scheme before the app is ready', async () => {
    await start()
    expect(state.calls).toEqual(['setName Opsdeck', `setPath userData ${join('/appData', 'Opsdeck')}`, 'enableSandbox', 'registerAppScheme'])
  })

  it('once ready, serves app://, hardens, answers IPC and builds the menu before opening the window', async () => {
    await start()
    state.calls.length = 0
    state.ready()
    await flush()
    expect(state.calls).toEqual(['registerAppProtocol', 'installSecurityHandlers', 'registerIpcHandlers', 'installApplicationMenu', 'createMainWindow', 'reloadCrashedRenderer'])
  })

  it('quits at once when another Opsdeck is already running', async () => {
    state.app.hasLock = false
    await start()
    expect(state.calls).toContain('quit')
    state.ready()
    await flush()
    expect(state.calls).not.toContain('createMainWindow')
  })

  it('brings the existing window forward when a second instance starts', async () => {
    await start()
    state.ready()
    await flush()
    state.calls.length = 0
    state.listeners.get('second-instance')?.()
    expect(state.calls).toEqual(['restore', 'show', 'focus'])
  })

  it('quits when the last window closes, except on macOS', async () => {
    await start()
    Object.defineProperty(process, 'platform', { value: 'win32' })
    state.listeners.get('window-all-closed')?.()
    expect(state.calls).toContain('quit')
    state.calls.length = 0
    Object.defineProperty(process, 'platform', { value: 'darwin' })
    state.listeners.get('window-all-closed')?.()
    expect(state.calls).not.toContain('quit')
  })

  it('waits for the window position to be saved before quitting', async () => {
    await start()
    const event = { preventDefault: vi.fn() }
    state.listeners.get('will-quit')?.(event)
    expect(event.preventDefault).toHaveBeenCalled()
    expect(state.calls).not.toContain('quit')
    await flush()
    expect(state.calls).toContain('quit')
    const second = { preventDefault: vi.fn() }
    state.listeners.get('will-quit')?.(second)
    expect(second.preventDefault).not.toHaveBeenCalled()
  })
})
