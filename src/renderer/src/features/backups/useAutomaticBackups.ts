import { useEffect } from 'react'
import { getBridge } from '../../bridge'
import { notifyError } from '../../ui/notify'
import { takeBackup } from './backupActions'
import { reportInterruptedBackup } from './interruptedBackup'

/** Hours between automatic backups while the app is open. */
export const automaticBackupHours = 4
const firstBackupDelayMs = 60_000

/**
 * Desktop only: a backup a minute after the app opens when the newest is older than the interval, then
 * every interval. The browser build cannot write files on its own, so it takes none.
 */
export function useAutomaticBackups(): void {
  useEffect(() => {
    reportInterruptedBackup()
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const intervalMs = automaticBackupHours * 3_600_000
    const schedule = (delay: number) => {
      timer = setTimeout(() => void run(), delay)
    }
    const run = async () => {
      if (stopped) return
      try {
        await takeBackup('scheduled')
      } catch (error) {
        notifyError('The automatic backup failed', error)
      }
      if (!stopped) schedule(intervalMs)
    }
    void (async () => {
      const bridge = getBridge()
      if (!(await bridge.getAppInfo()).desktop || stopped) return
      const { backups } = await bridge.listBackups()
      const newest = backups.find((entry) => entry.verified)
      const age = newest ? Date.now() - Date.parse(newest.createdAt) : Infinity
      schedule(age >= intervalMs ? firstBackupDelayMs : intervalMs - age)
    })()
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }, [])
}
