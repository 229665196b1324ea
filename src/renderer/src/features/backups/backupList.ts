import { useCallback, useEffect, useState } from 'react'
import type { BackupList } from '@shared/bridge'
import { getBridge } from '../../bridge'

/** Backups live outside the workspace database, so the list is refreshed by the writes (and folder changes) that change it. */
const changes = new EventTarget()

export function backupsChanged(): void {
  changes.dispatchEvent(new Event('change'))
}

export function onBackupsChanged(listener: () => void): void {
  changes.addEventListener('change', listener)
}

export function offBackupsChanged(listener: () => void): void {
  changes.removeEventListener('change', listener)
}

export function useBackupList(): { list: BackupList | undefined; error: string | undefined } {
  const [list, setList] = useState<BackupList>()
  const [error, setError] = useState<string>()
  const load = useCallback(() => {
    getBridge()
      .listBackups()
      .then((next) => {
        setList(next)
        setError(undefined)
      })
      .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)))
  }, [])
  useEffect(() => {
    load()
    onBackupsChanged(load)
    return () => offBackupsChanged(load)
  }, [load])
  return { list, error }
}
