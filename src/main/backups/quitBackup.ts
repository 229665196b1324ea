import type { BackupEntry } from '@shared/bridge'
import { commandEventChannel } from '@shared/bridgeChannels'

/** What the quit backup needs of Electron; tests pass fakes. */
export interface QuitBackupDeps {
  onBeforeQuit(listener: (event: { preventDefault(): void }) => void): void
  quit(): void
  /** The window that holds the workspace, when there is one that can still answer. */
  liveWindow(): { webContents: { send(channel: string, command: string): void } } | null
  onBackupDone(listener: (result: { entry?: BackupEntry; failure?: string }) => void): () => void
  /** The renderer exports, hashes and compresses the workspace; a large one takes a while. */
  timeoutMs: number
}

/**
 * On quit, once: hold the quit, ask the window for a backup (reason 'quit'), and quit when it is written,
 * failed, or the time limit passed. A window that is gone or crashed quits at once; nothing waits forever.
 */
export function installQuitBackup(deps: QuitBackupDeps): void {
  let asked = false
  deps.onBeforeQuit((event) => {
    if (asked) return
    const window = deps.liveWindow()
    if (!window) return
    asked = true
    event.preventDefault()
    let finished = false
    const finish = () => {
      if (finished) return
      finished = true
      clearTimeout(timer)
      stop()
      deps.quit()
    }
    const stop = deps.onBackupDone((result) => {
      if (result.failure !== undefined || result.entry?.reason === 'quit') finish()
    })
    const timer = setTimeout(finish, deps.timeoutMs)
    try {
      window.webContents.send(commandEventChannel, 'app.backUpBeforeQuit')
    } catch {
      finish()
    }
  })
}
