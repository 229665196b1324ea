import { app, BrowserWindow, dialog, shell, type IpcMainInvokeEvent, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import type { AppInfo } from '@shared/bridge'
import type { BridgeHandlers } from './ipc'
import { closeFile, openFiles, readFileChunk, type OpenedFileRegistry, type ShowOpenDialog } from './files/openedFiles'
import { saveFile, showItemInFolder, type SavedFileRegistry, type ShowSaveDialog } from './files/savedFiles'
import { openExternalSafely } from './security'
import { userError } from './userError'

/** What the handlers ask of the operating system; tests pass their own. */
export interface DesktopServices {
  showOpenDialog(event: IpcMainInvokeEvent, options: OpenDialogOptions): ReturnType<ShowOpenDialog>
  showSaveDialog(event: IpcMainInvokeEvent, options: SaveDialogOptions): ReturnType<ShowSaveDialog>
  showItemInFolder(path: string): void
  openExternal(url: string): Promise<boolean>
  documentsDir(): string
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
  documentsDir: () => app.getPath('documents')
}

export function appInfo(): AppInfo {
  const platform = process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux'
  return { name: app.getName(), version: app.getVersion(), platform, desktop: true }
}

export function createBridgeHandlers(services: DesktopServices = electronServices): BridgeHandlers {
  const opened: OpenedFileRegistry = new Map()
  const saved: SavedFileRegistry = new Map()
  return {
    getAppInfo: () => appInfo(),
    openFiles: (args, event) => openFiles(args, (options) => services.showOpenDialog(event, options), opened),
    readFileChunk: (args) => readFileChunk(args, opened),
    closeFile: (args) => closeFile(args, opened),
    saveFile: (args, event) =>
      saveFile(args, {
        showSaveDialog: (options) => services.showSaveDialog(event, options),
        documentsDir: services.documentsDir(),
        registry: saved
      }),
    showItemInFolder: (args) => showItemInFolder(args, saved, services.showItemInFolder),
    openExternal: async ({ url }) => {
      // The contract's schema already allows only https; checked again here, next to the call that matters.
      if (!(await services.openExternal(url))) throw userError('Only https links can be opened')
    }
  }
}
