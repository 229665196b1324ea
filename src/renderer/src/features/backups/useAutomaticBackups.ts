import { useEffect } from 'react'
import { getBridge } from '../../bridge'
import { notifyError } from '../../ui/notify'
import { takeBackup } from './backupActions'
import { reportInterruptedBackup } from './interruptedBackup'
import { offBackupsChanged, onBackupsChanged } from './backupList'

/** Hours between automatic backups while the app is open. */
export const automaticBackupHours = 4
const firstBackupDelayMs = 60_000

/**
 * Wherever backups can be written without asking (the desktop app, or a folder a browser granted): a backup
 * a minute after the app opens when the newest is older than the interval, then every interval. The plan is
 * made again whenever the backups or their folder change, so choosing a folder in a browser starts it and a
 * lapsed permission pauses it. Browser storage alone takes none: a download is the user's to make.
 */
export function useAutomaticBackups(): void {
  useEffect(() => {
    reportInterruptedBackup()
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    let generation = 0
    const intervalMs = automaticBackupHours * 3_600_000
    const run = async () => {
      if (stopped) return
      try {
        await takeBackup('scheduled')
      } catch (error) {
        notifyError('The automatic backup failed', error)
        // A success replans through backupsChanged; a failure tries again after the interval.
        void plan(intervalMs)
      }
    }
    const plan = async (afterFailure?: number) => {
      const mine = ++generation
      if (timer) clearTimeout(timer)
      timer = undefined
      try {
        const bridge = getBridge()
        const location = await bridge.getBackupLocation()
        if (stopped || mine !== generation || !location.automatic) return
        const { backups } = await bridge.listBackups()
        if (stopped || mine !== generation) return
        const newest = backups.find((entry) => entry.verified)
        const age = newest ? Date.now() - Date.parse(newest.createdAt) : Infinity
        const delay = afterFailure ?? (age >= intervalMs ? firstBackupDelayMs : intervalMs - age)
        timer = setTimeout(() => void run(), delay)
      } catch {
        // The list could not be read; the next change plans again.
      }
    }
    const replan = () => void plan()
    void plan()
    onBackupsChanged(replan)
    return () => {
      stopped = true
      offBackupsChanged(replan)
      if (timer) clearTimeout(timer)
    }
  }, [])
}
