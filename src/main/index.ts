import { join } from 'node:path'
import { app, dialog, session, type BrowserWindow } from 'electron'
import { createBridgeHandlers } from './bridgeHandlers'
import { registerIpcHandlers } from './ipc'
import { installApplicationMenu } from './menu'
import { registerAppProtocol, registerAppScheme } from './protocol'
import { installSecurityHandlers, type TrustOptions } from './security'
import { createMainWindow } from './window'
import { whenWindowStateSaved } from './windowState'
import { backupEvents } from './backups/backupFolder'
import { installQuitBackup } from './backups/quitBackup'
import { reloadCrashedRenderer } from './rendererRecovery'

// Before ready, and never changed: the user's data lives under this name and this scheme's origin.
app.setName('Opsdeck')
app.setPath('userData', join(app.getPath('appData'), 'Opsdeck'))
app.enableSandbox()
registerAppScheme()

const trust: TrustOptions = {
  isPackaged: app.isPackaged,
  devServerUrl: app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
}

let mainWindow: BrowserWindow | null = null
let openingWindow: Promise<void> | null = null

/** Shows the one window, creating it when there is none. */
function showMainWindow(): void {
  if (!app.isReady()) return
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
    return
  }
  openingWindow ??= createMainWindow({ ...trust, stateFile: join(app.getPath('userData'), 'window-state.json') })
    .then((window) => {
      mainWindow = window
      window.on('closed', () => (mainWindow = null))
      reloadCrashedRenderer(window, (message, detail) => void dialog.showMessageBox(window, { type: 'warning', message, detail }))
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Opsdeck could not open its window', String(error))
      app.quit()
    })
    .finally(() => (openingWindow = null))
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', showMainWindow)
  app.on('activate', showMainWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  installQuitBackup({
    onBeforeQuit: (listener) => app.on('before-quit', listener),
    quit: () => app.quit(),
    liveWindow: () => (mainWindow && !mainWindow.isDestroyed() && !mainWindow.webContents.isCrashed() ? mainWindow : null),
    onBackupDone: (listener) => {
      const written = (entry: Parameters<typeof listener>[0]['entry']) => listener({ entry })
      const failed = (failure: string) => listener({ failure })
      backupEvents.on('written', written).on('failed', failed)
      return () => backupEvents.off('written', written).off('failed', failed)
    },
    timeoutMs: 60_000
  })

  let windowStateFlushed = false
  app.on('will-quit', (event) => {
    if (windowStateFlushed) return
    event.preventDefault()
    windowStateFlushed = true
    void whenWindowStateSaved().finally(() => app.quit())
  })

  void app.whenReady().then(() => {
    registerAppProtocol(join(__dirname, '../renderer'))
    installSecurityHandlers(app, session.defaultSession, trust)
    registerIpcHandlers({ ...trust, handlers: createBridgeHandlers() })
    installApplicationMenu({ isMac: process.platform === 'darwin', isPackaged: trust.isPackaged })
    showMainWindow()
  })
}
