import { exactTime } from '@shared/format/relativeTime'
import { notifications } from '@mantine/notifications'

/**
 * A backup in progress leaves a note in localStorage until it ends. A note found at the next start means
 * the window closed or crashed mid-backup: the file was never renamed into place, the earlier ones are intact.
 */
const key = 'opsdeck.backupInProgress'

export function markBackupStarted(reason: string): void {
  try {
    localStorage.setItem(key, JSON.stringify({ reason, startedAt: new Date().toISOString() }))
  } catch {
    // Storage unavailable: the backup still runs, only this check is lost.
  }
}

export function markBackupEnded(): void {
  try {
    localStorage.removeItem(key)
  } catch {
    // See markBackupStarted.
  }
}

export function reportInterruptedBackup(): void {
  let note: { startedAt?: string } | undefined
  try {
    const raw = localStorage.getItem(key)
    note = raw ? (JSON.parse(raw) as { startedAt?: string }) : undefined
    localStorage.removeItem(key)
  } catch {
    note = undefined
  }
  if (!note?.startedAt) return
  notifications.show({
    color: 'yellow',
    autoClose: false,
    title: 'A backup did not finish',
    message: `The backup started ${exactTime(note.startedAt)} stopped when the window closed. The earlier backups are intact; Opsdeck takes a new one on its schedule, or back up now in Settings.`
  })
}
