import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import type { showNotificationArgsSchema } from '@shared/bridge'

/** What showNotification needs of one Electron Notification. */
export interface DesktopNotification {
  show(): void
  close(): void
  onClick(listener: () => void): void
}

export interface NotificationOptions {
  title: string
  body: string
  /** Electron's `id`: the toast's Tag on Windows, the request identifier on macOS. */
  id?: string
}

/**
 * Notifications still on screen, by tag (or a key of their own). Holding them
 * keeps their click listener alive: Electron drops the events of a Notification
 * that was garbage-collected. Windows may report a notification closed while it
 * waits in the Action Center, so one is let go when clicked, replaced, or pushed
 * out by newer ones, not when closed.
 */
export type ShownNotifications = Map<string, DesktopNotification>

export const MAX_KEPT_NOTIFICATIONS = 50

/** A morning's renewal reminders fit; a page that loops on showNotification does not flood the desktop. */
export const NOTIFICATION_RATE = { limit: 10, perMs: 60_000 }

export interface NotificationDeps {
  isSupported(): boolean
  create(options: NotificationOptions): DesktopNotification
  /** What a click does: bring the window that asked to the front. */
  onClick(): void
  shown: ShownNotifications
  /** False when too many were shown lately: the notification is dropped. */
  allow(): boolean
}

/** Shows a notification; where the platform has none, does nothing, as a reminder is not worth an error. */
export function showNotification(args: z.output<typeof showNotificationArgsSchema>, deps: NotificationDeps): void {
  if (!deps.isSupported()) return
  if (!deps.allow()) {
    console.warn('Notification dropped: too many in the last minute', args.title)
    return
  }
  const key = args.tag ?? randomUUID()
  const notification = deps.create({ title: args.title, body: args.body, ...(args.tag === undefined ? {} : { id: args.tag }) })
  notification.onClick(() => {
    if (deps.shown.get(key) === notification) deps.shown.delete(key)
    deps.onClick()
  })
  const replaced = deps.shown.get(key)
  deps.shown.delete(key)
  replaced?.close()
  deps.shown.set(key, notification)
  for (const oldest of deps.shown.keys()) {
    if (deps.shown.size <= MAX_KEPT_NOTIFICATIONS) break
    deps.shown.delete(oldest)
  }
  notification.show()
}
