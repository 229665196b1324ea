/** What crash recovery needs of a window; tests pass fakes. */
export interface RecoverableWindow {
  isDestroyed(): boolean
  reload(): void
  webContents: { on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string; exitCode: number }) => void): unknown }
}

/** More crashes than this in a minute is a loop (a page that crashes as it loads); reloading again would not help. */
const maxReloadsPerMinute = 3

/**
 * Reloads a window whose renderer crashed or was killed, and says so. The playbook drafts and the import
 * recovery take it from there; a clean exit (the window closing) is not a crash.
 */
export function reloadCrashedRenderer(window: RecoverableWindow, tell: (message: string, detail: string) => void, now: () => number = Date.now): void {
  const reloads: number[] = []
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return
    const recent = reloads.filter((at) => now() - at < 60_000)
    reloads.splice(0, reloads.length, ...recent)
    if (recent.length >= maxReloadsPerMinute) {
      tell('Opsdeck’s window keeps stopping', `It stopped ${recent.length + 1} times in a minute (${details.reason}), so it was not reloaded again. Quit and reopen Opsdeck; your workspace and its backups are on disk.`)
      return
    }
    reloads.push(now())
    window.reload()
    tell('Opsdeck’s window stopped and was reloaded', `The page stopped unexpectedly (${details.reason}, code ${details.exitCode}). Unsaved playbook edits are recovered from their drafts, and an unfinished import is rolled back.`)
  })
}
