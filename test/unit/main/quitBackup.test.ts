import { describe, expect, it, vi } from 'vitest'
import { commandEventChannel } from '@shared/bridgeChannels'
import type { BackupEntry } from '@shared/bridge'
import { installQuitBackup } from '../../../src/main/backups/quitBackup'

function setup(window: boolean) {
  let beforeQuit: (event: { preventDefault(): void }) => void = () => undefined
  let done: (result: { entry?: BackupEntry; failure?: string }) => void = () => undefined
  const send = vi.fn()
  const quit = vi.fn()
  installQuitBackup({
    onBeforeQuit: (listener) => (beforeQuit = listener),
    quit,
    liveWindow: () => (window ? { webContents: { send } } : null),
    onBackupDone: (listener) => {
      done = listener
      return () => (done = () => undefined)
    },
    timeoutMs: 1000
  })
  const event = { preventDefault: vi.fn() }
  return { quitNow: () => beforeQuit(event), event, send, quit, backupDone: (result: { entry?: BackupEntry; failure?: string }) => done(result) }
}

const entry = (reason: string) => ({ reason }) as BackupEntry

describe('the backup on quit', () => {
  it('holds the quit, asks the window for a backup, and quits once it is written', () => {
    const app = setup(true)
    app.quitNow()
    expect(app.event.preventDefault).toHaveBeenCalledOnce()
    expect(app.send).toHaveBeenCalledExactlyOnceWith(commandEventChannel, 'app.backUpBeforeQuit')
    app.backupDone({ entry: entry('scheduled') })
    expect(app.quit).not.toHaveBeenCalled()
    app.backupDone({ entry: entry('quit') })
    expect(app.quit).toHaveBeenCalledOnce()
  })

  it('quits anyway when the backup fails, and does not ask twice', () => {
    const app = setup(true)
    app.quitNow()
    app.backupDone({ failure: 'the disk is full' })
    expect(app.quit).toHaveBeenCalledOnce()
    const second = { preventDefault: vi.fn() }
    app.event.preventDefault = second.preventDefault
    app.quitNow()
    expect(second.preventDefault).not.toHaveBeenCalled()
  })

  it('quits after the time limit when the window never answers', () => {
    vi.useFakeTimers()
    try {
      const app = setup(true)
      app.quitNow()
      vi.advanceTimersByTime(999)
      expect(app.quit).not.toHaveBeenCalled()
      vi.advanceTimersByTime(1)
      expect(app.quit).toHaveBeenCalledOnce()
    } finally {
      vi.useRealTimers()
    }
  })

  it('does not hold the quit when there is no window to back up from', () => {
    const app = setup(false)
    app.quitNow()
    expect(app.event.preventDefault).not.toHaveBeenCalled()
    expect(app.send).not.toHaveBeenCalled()
  })
})
