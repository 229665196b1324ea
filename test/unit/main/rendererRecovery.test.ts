import { describe, expect, it, vi } from 'vitest'
import { reloadCrashedRenderer } from '../../../src/main/rendererRecovery'

function fakeWindow() {
  let gone: (event: unknown, details: { reason: string; exitCode: number }) => void = () => undefined
  const window = {
    isDestroyed: () => false,
    reload: vi.fn(),
    webContents: { on: (_event: 'render-process-gone', listener: typeof gone) => (gone = listener) }
  }
  return { window, crash: (reason: string) => gone({}, { reason, exitCode: 9 }) }
}

describe('a crashed renderer', () => {
  it('is reloaded, and the user is told', () => {
    const { window, crash } = fakeWindow()
    const tell = vi.fn()
    reloadCrashedRenderer(window, tell)
    crash('oom')
    expect(window.reload).toHaveBeenCalledOnce()
    expect(tell).toHaveBeenCalledWith('Opsdeck’s window stopped and was reloaded', expect.stringContaining('oom'))
  })

  it('is left alone when the window simply closed', () => {
    const { window, crash } = fakeWindow()
    const tell = vi.fn()
    reloadCrashedRenderer(window, tell)
    crash('clean-exit')
    expect(window.reload).not.toHaveBeenCalled()
    expect(tell).not.toHaveBeenCalled()
  })

  it('stops reloading a page that crashes again and again', () => {
    const { window, crash } = fakeWindow()
    const tell = vi.fn()
    let now = 0
    reloadCrashedRenderer(window, tell, () => now)
    for (let index = 0; index < 4; index++) {
      crash('crashed')
      now += 1000
    }
    expect(window.reload).toHaveBeenCalledTimes(3)
    expect(tell).toHaveBeenLastCalledWith('Opsdeck’s window keeps stopping', expect.stringContaining('4 times'))
    now += 120_000
    crash('crashed')
    expect(window.reload).toHaveBeenCalledTimes(4)
  })
})
