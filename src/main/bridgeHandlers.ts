import { join } from 'node:path'
import { app, BrowserWindow, dialog, Notification, shell, type IpcMainInvokeEvent, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import type { AppInfo } from '@shared/bridge'
import type { BridgeHandlers } from './ipc'
import { closeFile, openFiles, readFileChunk, type OpenedFileRegistry, type ShowOpenDialog } from './files/openedFiles'
import { createReadLimiter } from './files/readLimiter'
import { printHtmlToPdf, savePdf } from './files/savePdf'
import { saveFile, showItemInFolder, type SavedFileRegistry, type ShowSaveDialog } from './files/savedFiles'
import { NOTIFICATION_RATE, showNotification, type DesktopNotification, type NotificationOptions, type ShownNotifications } from './notifications'
import { createRateLimit } from './rateLimit'
import { openExternalSafely } from './security'
import { userError } from './userError'
import { createBackupHandlers } from './backups/backupHandlers'
import { createBackupLocation } from './backups/backupLocation'

/** What the handlers ask of the operating system; tests pass their own. */
export interface DesktopServices {
  showOpenDialog(event: IpcMainInvokeEvent, options: OpenDialogOptions): ReturnType<ShowOpenDialog>
  showSaveDialog(event: IpcMainInvokeEvent, options: SaveDialogOptions): ReturnType<ShowSaveDialog>
  showItemInFolder(path: string): void
  openExternal(url: string): Promise<boolean>
  documentsDir(): string
  /** False where the platform shows no notifications. */
  notificationsSupported(): boolean
  createNotification(options: NotificationOptions): DesktopNotification
  /** Brings the window that sent `event` to the front, if it is still open. */
  focusWindow(event: IpcMainInvokeEvent): void
  /** PDF bytes of a self-contained HTML document, laid out in a hidden window. */
  printToPdf(html: string): Promise<Uint8Array>
  /** The default folder backups go to (under userData). */
  backupsDir(): string
  /** The app's data folder: small settings files and the error log. */
  userDataDir(): string
}

/** Dialogs are modal to the window that asked for them. */
export const electronServices: DesktopServices = {
  showOpenDialog: (event, options) => {
    const window = BrowserWindow.fromWebContents(event.sender)
    return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)
  },
  showSaveDialog: (event, options) => {
    const window = BrowserWindow.fromWebContents(event.sender)
    return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)
  },
  showItemInFolder: (path) => shell.showItemInFolder(path),
  openExternal: openExternalSafely,
  documentsDir: () => app.getPath('documents'),
  notificationsSupported: () => Notification.isSupported(),
  createNotification: (options) => {
    const notification = new Notification(options)
    return {
      show: () => notification.show(),
      close: () => notification.close(),
      onClick: (listener) => notification.on('click', listener)
    }
  },
  focusWindow: (event) => {
    const window = event.sender.isDestroyed() ? null : BrowserWindow.fromWebContents(event.sender)
    if (!window || window.isDestroyed()) return
    if (window.isMinimized()) window.restore()
    window.show()
    window.focus()
  },
  printToPdf: printHtmlToPdf,
  backupsDir: () => join(app.getPath('userData'), 'backups'),
  userDataDir: () => app.getPath('userData')
}

export function appInfo(): AppInfo {
  const platform = process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux'
  return { name: app.getName(), version: app.getVersion(), platform, desktop: true }
}

export function createBridgeHandlers(services: DesktopServices = electronServices): BridgeHandlers {
  const opened: OpenedFileRegistry = new Map()
  const saved: SavedFileRegistry = new Map()
  const notifications: ShownNotifications = new Map()
  const reads = createReadLimiter()
  const notificationRate = createRateLimit(NOTIFICATION_RATE)
  return {
    getAppInfo: () => appInfo(),
    openFiles: (args, event) => openFiles(args, (options) => services.showOpenDialog(event, options), opened),
    readFileChunk: (args, event) => reads.run(event.sender, () => readFileChunk(args, opened)),
    closeFile: (args) => closeFile(args, opened),
    saveFile: (args, event) =>
      saveFile(args, {
        showSaveDialog: (options) => services.showSaveDialog(event, options),
        documentsDir: services.documentsDir(),
        registry: saved
      }),
    showItemInFolder: (args) => showItemInFolder(args, saved, services.showItemInFolder),
    openExternal: async ({ url }) => {
      // The contract's schema already allows only web and e-mail links; checked again here, next to the call that matters.
      if (!(await services.openExternal(url))) throw userError('Only web (http, https) and e-mail (mailto) links can be opened')
    },
    showNotification: (args, event) =>
      showNotification(args, {
        isSupported: () => services.notificationsSupported(),
        create: (options) => services.createNotification(options),
        onClick: () => services.focusWindow(event),
        shown: notifications,
        allow: () => notificationRate.take(Date.now())
      }),
    savePdf: (args, event) =>
      savePdf(args, {
        printToPdf: (html) => services.printToPdf(html),
        showSaveDialog: (options) => services.showSaveDialog(event, options),
        documentsDir: services.documentsDir(),
        registry: saved
      }),
    ...createBackupHandlers({
      location: createBackupLocation({ userDataDir: services.userDataDir(), defaultDir: services.backupsDir(), now: () => new Date() }),
      reveal: services.showItemInFolder,
      chooseDirectory: async (event) => {
        const result = await services.showOpenDialog(event, { title: 'Choose a folder for backups', buttonLabel: 'Back up here', properties: ['openDirectory', 'createDirectory'] })
        return result.canceled ? undefined : result.filePaths[0]
      },
      errorLogPath: join(services.userDataDir(), 'logs', 'opsdeck.log')
    })
  }
}
