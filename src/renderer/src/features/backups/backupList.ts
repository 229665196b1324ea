import { useCallback, useEffect, useState } from 'react'
import type { BackupList } from '@shared/bridge'
import { getBridge } from '../../bridge'

/** Backups live outside the workspace database, so the list is refreshed by the writes that change it. */
const changes = new EventTarget()

export function backupsChanged(): void {
  changes.dispatchEvent(new Event('change'))
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
    changes.addEventListener('change', load)
    return () => changes.removeEventListener('change', load)
  }, [load])
  return { list, error }
}
