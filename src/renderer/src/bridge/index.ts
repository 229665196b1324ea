import { BRIDGE_ERROR_PREFIX, type DesktopBridge } from '@shared/bridge'
import { createBrowserBridge } from './browserBridge'
import { storageProblemOf, userMessageOf } from '@shared/storageErrors'

declare global {
  interface Window {
    opsdeck?: DesktopBridge
  }
}

let bridge: DesktopBridge | undefined

/** The preload's `window.opsdeck` inside Electron, the browser implementation elsewhere. */
export function getBridge(): DesktopBridge {
  bridge ??= window.opsdeck ?? createBrowserBridge()
  return bridge
}

/** Electron wraps errors from main as "Error invoking remote method 'x': Error: Opsdeck: ..."; keep the part meant for people. */
export function bridgeErrorMessage(error: unknown): string {
  // A storage failure (disk full, connection closed) is said in plain words, wherever it surfaced.
  if (storageProblemOf(error)) return userMessageOf(error)
  const message = error instanceof Error ? error.message : String(error)
  const index = message.indexOf(BRIDGE_ERROR_PREFIX)
  return index >= 0 ? message.slice(index + BRIDGE_ERROR_PREFIX.length) : message
}
