import { useCallback, useEffect, useState } from 'react'
import type { BackupLocation } from '@shared/bridge'
import { getBridge } from '../../bridge'
import { backupsChanged, offBackupsChanged, onBackupsChanged } from './backupList'

/**
 * Where backups go, asked again when backups change and when the window comes back into focus (a browser's
 * permission may have lapsed, a drive may be back).
 */
export function useBackupLocation(): BackupLocation | undefined {
  const [location, setLocation] = useState<BackupLocation>()
  const load = useCallback(() => {
    getBridge()
      .getBackupLocation()
      .then(setLocation)
      .catch(() => undefined)
  }, [])
  useEffect(() => {
    load()
    onBackupsChanged(load)
    window.addEventListener('focus', load)
    return () => {
      offBackupsChanged(load)
      window.removeEventListener('focus', load)
    }
  }, [load])
  return location
}

/** Runs a change of folder and tells the list, the schedule and the line above that backups moved. */
export async function changeBackupLocation(change: () => Promise<BackupLocation | null>): Promise<BackupLocation | null> {
  try {
    return await change()
  } finally {
    backupsChanged()
  }
}
