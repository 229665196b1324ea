import { BRIDGE_ERROR_PREFIX, parseBridgeArgs, type BridgeArgs, type DesktopBridge, type InvokedMethod, type OpenedFile } from '@shared/bridge'
import { pickFiles } from './pickFiles'
import { printHtml } from './printHtml'
import { browserBackups } from './browserBackups'

/**
 * The bridge for a plain browser: a file input stands in for the open dialog,
 * a download link for the save dialog, the print dialog for saving a PDF.
 * Arguments are checked with the same schemas main uses, so both builds fail
 * the same way on bad input.
 */
function parseArgs<M extends InvokedMethod>(method: M, args: unknown): BridgeArgs<M> {
  const result = parseBridgeArgs(method, args)
  if (!result.ok) throw new Error(BRIDGE_ERROR_PREFIX + result.message)
  return result.data
}

export function createBrowserBridge(): DesktopBridge {
  const openedFiles = new Map<string, File>()
  const commandListeners = new Set<(commandId: string) => void>()

  return {
    async getAppInfo() {
      return { name: 'Opsdeck', version: import.meta.env.VITE_APP_VERSION ?? '0.0.0', platform: 'web', desktop: false }
    },
    async openFiles(args) {
      const options = parseArgs('openFiles', args)
      const files = await pickFiles(options)
      if (!files) return null
      return files.map((file): OpenedFile => {
        const token = crypto.randomUUID()
        openedFiles.set(token, file)
        const opened: OpenedFile = { token, name: file.name, size: file.size, lastModified: file.lastModified }
        if (options.directory && file.webkitRelativePath) opened.relativePath = file.webkitRelativePath
        return opened
      })
    },
    async readFileChunk(args) {
      const { token, offset, length } = parseArgs('readFileChunk', args)
      const file = openedFiles.get(token)
      if (!file) throw new Error(`${BRIDGE_ERROR_PREFIX}That file is no longer open. Choose it again.`)
      return new Uint8Array(await file.slice(offset, offset + length).arrayBuffer())
    },
    async closeFile(args) {
      openedFiles.delete(parseArgs('closeFile', args).token)
    },
    async saveFile(args) {
      const { suggestedName, data } = parseArgs('saveFile', args)
      const blob = new Blob([data as BlobPart])
      const url = URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = url
      link.download = suggestedName
      link.rel = 'noopener'
      document.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      const fileId = crypto.randomUUID()
      return { saved: true, fileId, name: suggestedName }
    },
    async showItemInFolder(args) {
      // A browser cannot reveal its downloads folder; the download bar already shows the file.
      parseArgs('showItemInFolder', args)
    },
    async openExternal(args) {
      const { url } = parseArgs('openExternal', args)
      window.open(url, '_blank', 'noopener,noreferrer')
    },
    async showNotification(args) {
      const { title, body, tag } = parseArgs('showNotification', args)
      // Like the desktop build on a platform without notifications: a reminder is not worth an error.
      if (typeof Notification === 'undefined') return
      try {
        const permission = Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission
        if (permission !== 'granted') return
        const notification = new Notification(title, { body, tag })
        notification.addEventListener('click', () => window.focus())
      } catch {
        // Some browsers allow notifications only from a service worker and throw here.
      }
    },
    async savePdf(args) {
      const { suggestedName, html } = parseArgs('savePdf', args)
      await printHtml(html, suggestedName.replace(/\.pdf$/i, ''))
      // The user saves (or not) from the print dialog, and the page cannot know which.
      return { saved: false }
    },
    writeBackup: (args) => browserBackups.writeBackup(parseArgs('writeBackup', args)),
    listBackups: () => browserBackups.listBackups(),
    readBackupChunk: (args) => browserBackups.readBackupChunk(parseArgs('readBackupChunk', args)),
    showBackupInFolder: (args) => browserBackups.showBackupInFolder(parseArgs('showBackupInFolder', args)),
    getBackupLocation: () => browserBackups.getBackupLocation(),
    chooseBackupFolder: () => browserBackups.chooseBackupFolder(),
    useDefaultBackupFolder: () => browserBackups.useDefaultBackupFolder(),
    reconnectBackupFolder: () => browserBackups.reconnectBackupFolder(),
    async logError(args) {
      const { where, message } = parseArgs('logError', args)
      // The browser build has no log file; the console is its log.
      console.warn(`Opsdeck error in ${where}: ${message}`)
    },
    async showErrorLog() {
      // Nothing to show: Settings offers this in the desktop app only.
    },
    onCommand(listener) {
      commandListeners.add(listener)
      return () => commandListeners.delete(listener)
    }
  }
}
