import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { DesktopBridge } from '@shared/bridge'
import { bridgeChannels, commandEventChannel } from '@shared/bridgeChannels'

/** Exactly the bridge's methods, one channel each; the page never gets ipcRenderer itself. */
const bridge = {
  getAppInfo: () => ipcRenderer.invoke(bridgeChannels.getAppInfo),
  openFiles: (args) => ipcRenderer.invoke(bridgeChannels.openFiles, args),
  readFileChunk: (args) => ipcRenderer.invoke(bridgeChannels.readFileChunk, args),
  closeFile: (args) => ipcRenderer.invoke(bridgeChannels.closeFile, args),
  saveFile: (args) => ipcRenderer.invoke(bridgeChannels.saveFile, args),
  showItemInFolder: (args) => ipcRenderer.invoke(bridgeChannels.showItemInFolder, args),
  openExternal: (args) => ipcRenderer.invoke(bridgeChannels.openExternal, args),
  showNotification: (args) => ipcRenderer.invoke(bridgeChannels.showNotification, args),
  savePdf: (args) => ipcRenderer.invoke(bridgeChannels.savePdf, args),
  writeBackup: (args) => ipcRenderer.invoke(bridgeChannels.writeBackup, args),
  listBackups: () => ipcRenderer.invoke(bridgeChannels.listBackups),
  readBackupChunk: (args) => ipcRenderer.invoke(bridgeChannels.readBackupChunk, args),
  showBackupInFolder: (args) => ipcRenderer.invoke(bridgeChannels.showBackupInFolder, args),
  getBackupLocation: () => ipcRenderer.invoke(bridgeChannels.getBackupLocation),
  chooseBackupFolder: () => ipcRenderer.invoke(bridgeChannels.chooseBackupFolder),
  useDefaultBackupFolder: () => ipcRenderer.invoke(bridgeChannels.useDefaultBackupFolder),
  reconnectBackupFolder: () => ipcRenderer.invoke(bridgeChannels.reconnectBackupFolder),
  logError: (args) => ipcRenderer.invoke(bridgeChannels.logError, args),
  showErrorLog: () => ipcRenderer.invoke(bridgeChannels.showErrorLog),
  onCommand(listener) {
    const handler = (_event: IpcRendererEvent, commandId: string): void => listener(commandId)
    ipcRenderer.on(commandEventChannel, handler)
    return () => {
      ipcRenderer.removeListener(commandEventChannel, handler)
    }
  }
} satisfies DesktopBridge

contextBridge.exposeInMainWorld('opsdeck', bridge)
