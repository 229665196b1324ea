import { join } from 'node:path'
import { BrowserWindow, screen, type WebPreferences } from 'electron'
import { APP_ENTRY_URL } from './appOrigin'
import { keepWindowState, loadWindowState, restoreBounds } from './windowState'

export interface MainWindowOptions {
  isPackaged: boolean
  devServerUrl: string | undefined
  /** JSON file in userData where the window's size and position are kept. */
  stateFile: string
}

/** The dev server while developing, otherwise the built renderer on our own origin. */
export function rendererUrl(isPackaged: boolean, devServerUrl: string | undefined): string {
  return !isPackaged && devServerUrl ? devServerUrl : APP_ENTRY_URL
}

/** The page gets no Node, a sandboxed preload and an isolated world: it reaches the OS only through the bridge. */
export const mainWindowWebPreferences = {
  preload: join(__dirname, '../preload/index.js'),
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  navigateOnDragDrop: false,
  webviewTag: false,
  spellcheck: true
} as const satisfies WebPreferences

export async function createMainWindow({ isPackaged, devServerUrl, stateFile }: MainWindowOptions): Promise<BrowserWindow> {
  const primary = screen.getPrimaryDisplay()
  const displays = [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)]
  const { maximized, ...bounds } = restoreBounds(await loadWindowState(stateFile), displays.map((display) => display.workArea))
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Opsdeck',
    webPreferences: { ...mainWindowWebPreferences }
  })
  window.once('ready-to-show', () => {
    if (maximized) window.maximize()
    window.show()
  })
  keepWindowState(window, stateFile)
  window.loadURL(rendererUrl(isPackaged, devServerUrl)).catch((error: unknown) => console.error('Could not load Opsdeck', error))
  return window
}
