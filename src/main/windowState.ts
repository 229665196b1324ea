import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { BrowserWindow } from 'electron'
import { z } from 'zod'
import { atomicWrite } from './files/atomicWrite'

export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

/** Where the window opens: no x/y means centred on the primary display. */
export interface RestoredBounds {
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const

const savedStateSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().positive(),
  height: z.number().positive(),
  maximized: z.boolean().default(false)
})
export type SavedWindowState = z.input<typeof savedStateSchema>

/**
 * Where to reopen the window, given what was saved (anything, even a corrupt
 * file) and the work areas of the displays now attached, primary first. A window
 * is kept whole on the display it overlaps most; one left on a display that is
 * gone is centred on the primary display.
 */
export function restoreBounds(saved: unknown, displays: readonly Rectangle[]): RestoredBounds {
  const primary = displays[0]
  const parsed = savedStateSchema.safeParse(saved)
  if (!parsed.success || !primary) {
    return {
      width: Math.min(DEFAULT_SIZE.width, primary?.width ?? DEFAULT_SIZE.width),
      height: Math.min(DEFAULT_SIZE.height, primary?.height ?? DEFAULT_SIZE.height),
      maximized: false
    }
  }
  const state = parsed.data
  const display = mostOverlapped(state, displays)
  const area = display ?? primary
  const width = Math.round(Math.min(state.width, area.width))
  const height = Math.round(Math.min(state.height, area.height))
  const x = display ? clamp(Math.round(state.x), area.x, area.x + area.width - width) : area.x + Math.round((area.width - width) / 2)
  const y = display ? clamp(Math.round(state.y), area.y, area.y + area.height - height) : area.y + Math.round((area.height - height) / 2)
  return { x, y, width, height, maximized: state.maximized }
}

function mostOverlapped(window: Rectangle, displays: readonly Rectangle[]): Rectangle | undefined {
  let best: Rectangle | undefined
  let bestArea = 0
  for (const display of displays) {
    const overlap = overlapArea(window, display)
    if (overlap > bestArea) {
      best = display
      bestArea = overlap
    }
  }
  return best
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max)
}

/** The saved state as parsed JSON, or undefined when there is none or it cannot be read. */
export async function loadWindowState(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown
  } catch {
    return undefined
  }
}

export async function saveWindowState(file: string, state: SavedWindowState): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  await atomicWrite(file, JSON.stringify(state, null, 2))
}

const pendingSaves = new Set<Promise<void>>()

/** Resolves once every save started so far has finished, so quitting never cuts one short. */
export async function whenWindowStateSaved(): Promise<void> {
  await Promise.allSettled([...pendingSaves])
}

type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized' | 'isDestroyed'>

/** Saves the window's place shortly after it moves or resizes, and at once when it closes. */
export function keepWindowState(window: TrackedWindow, file: string, debounceMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  // One save at a time, in order, so an older save can never land after a newer one.
  let lastSave: Promise<void> = Promise.resolve()
  const save = (): void => {
    clearTimeout(timer)
    timer = undefined
    if (window.isDestroyed()) return
    const state = { ...window.getNormalBounds(), maximized: window.isMaximized() }
    const pending = lastSave
      .then(() => saveWindowState(file, state))
      .catch((error: unknown) => console.warn('Could not save the window position', error))
      .finally(() => pendingSaves.delete(pending))
    lastSave = pending
    pendingSaves.add(pending)
  }
  const saveSoon = (): void => {
    clearTimeout(timer)
    timer = setTimeout(save, debounceMs)
  }
  window.on('resize', saveSoon)
  window.on('move', saveSoon)
  window.on('close', save)
}
