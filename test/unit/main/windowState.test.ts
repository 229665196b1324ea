import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it, expect, vi, afterEach } from 'vitest'
import {
  DEFAULT_SIZE,
  keepWindowState,
  loadWindowState,
  restoreBounds,
  saveWindowState,
  whenWindowStateSaved
} from '../../../src/main/windowState'

const laptop = { x: 0, y: 0, width: 1440, height: 875 }
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1415 }

describe('restoreBounds', () => {
  it('opens at 1280x820, centred, when nothing was saved', () => {
    expect(restoreBounds(undefined, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false })
  })

  it('ignores a corrupt saved state', () => {
    expect(restoreBounds({ x: 'left', width: -5 }, [laptop])).toEqual({ width: 1280, height: 820, maximized: false })
    expect(restoreBounds({ x: 0, y: 0, width: Number.NaN, height: 600 }, [laptop])).toEqual({ width: 1280, height: 820, maximized: false })
  })

  it('shrinks the default size to a small screen', () => {
    expect(restoreBounds(undefined, [{ x: 0, y: 0, width: 1024, height: 700 }])).toEqual({ width: 1024, height: 700, maximized: false })
  })

  it('reopens a window that fits exactly where it was', () => {
    const saved = { x: 100, y: 50, width: 1000, height: 700, maximized: true }
    expect(restoreBounds(saved, [laptop])).toEqual(saved)
  })

  it('pulls a window hanging off the edge back onto its display', () => {
    expect(restoreBounds({ x: 1000, y: 600, width: 1000, height: 700 }, [laptop])).toEqual({ x: 440, y: 175, width: 1000, height: 700, maximized: false })
    expect(restoreBounds({ x: -300, y: -40, width: 800, height: 600 }, [laptop])).toEqual({ x: 0, y: 0, width: 800, height: 600, maximized: false })
  })

  it('keeps a window on the secondary display it was left on', () => {
    expect(restoreBounds({ x: 2000, y: 100, width: 1200, height: 800 }, [laptop, monitorOnTheRight])).toEqual({
      x: 2000,
      y: 100,
      width: 1200,
      height: 800,
      maximized: false
    })
  })

  it('centres on the primary display a window left on a display that is gone', () => {
    expect(restoreBounds({ x: 2000, y: 100, width: 1200, height: 800 }, [laptop])).toEqual({ x: 120, y: 38, width: 1200, height: 800, maximized: false })
  })

  it('shrinks a window larger than its display', () => {
    expect(restoreBounds({ x: 1500, y: 0, width: 2560, height: 1415 }, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 875, maximized: false })
  })
})

describe('window state file', () => {
  it('round-trips through a JSON file written atomically', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'opsdeck-state-'))
    const file = join(dir, 'nested', 'window-state.json')
    await saveWindowState(file, { x: 1, y: 2, width: 900, height: 600, maximized: false })
    expect(await loadWindowState(file)).toEqual({ x: 1, y: 2, width: 900, height: 600, maximized: false })
    expect(await readdir(join(dir, 'nested'))).toEqual(['window-state.json'])
  })

  it('loads nothing from a missing or corrupt file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'opsdeck-state-'))
    expect(await loadWindowState(join(dir, 'none.json'))).toBeUndefined()
    await writeFile(join(dir, 'broken.json'), '{"x": 1,')
    expect(await loadWindowState(join(dir, 'broken.json'))).toBeUndefined()
  })
})

describe('keepWindowState', () => {
  afterEach(() => vi.useRealTimers())

  function fakeWindow(bounds = { x: 10, y: 20, width: 1000, height: 700 }) {
    const listeners = new Map<string, () => void>()
    const window = {
      bounds,
      on: (event: string, listener: () => void) => listeners.set(event, listener),
      getNormalBounds: () => window.bounds,
      isMaximized: () => false,
      isDestroyed: () => false
    }
    return { window, emit: (event: string) => listeners.get(event)?.() }
  }

  it('saves the window position when it closes', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'opsdeck-state-')), 'window-state.json')
    const { window, emit } = fakeWindow()
    keepWindowState(window as never, file)
    emit('close')
    await whenWindowStateSaved()
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false })
  })

  it('saves once, shortly after a burst of moves and resizes', async () => {
    vi.useFakeTimers()
    const file = join(await mkdtemp(join(tmpdir(), 'opsdeck-state-')), 'window-state.json')
    const { window, emit } = fakeWindow()
    keepWindowState(window as never, file, 500)
    emit('resize')
    window.bounds = { x: 30, y: 40, width: 1100, height: 750 }
    emit('move')
    vi.advanceTimersByTime(499)
    await whenWindowStateSaved()
    expect(await loadWindowState(file)).toBeUndefined()
    vi.advanceTimersByTime(1)
    vi.useRealTimers()
    await whenWindowStateSaved()
    expect(await loadWindowState(file)).toEqual({ x: 30, y: 40, width: 1100, height: 750, maximized: false })
  })
})
