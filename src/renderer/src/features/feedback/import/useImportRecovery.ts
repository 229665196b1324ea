import { useEffect } from 'react'
import { rollBackUnfinishedImports } from '../../../db/feedbackImport'
import { notifyError } from '../../../ui/notify'
import { notifications } from '@mantine/notifications'
import { importLockName } from './importProtocol'

/** A batch nobody holds the lock of was cut short (crash, closed window, killed page). */
async function isAbandoned(batchId: string): Promise<boolean> {
  if (!navigator.locks) return true
  return navigator.locks.request(importLockName(batchId), { ifAvailable: true }, async (lock) => lock !== null)
}

/** At start, imports that never finished are rolled back, and the user is told. */
export function useImportRecovery(): void {
  useEffect(() => {
    rollBackUnfinishedImports((batch) => isAbandoned(batch.id))
      .then((rolledBack) => {
        for (const batch of rolledBack) {
          notifications.show({
            title: 'An unfinished import was rolled back',
            message: `The import of ${batch.fileName} did not finish (the app closed or stopped). Nothing of it was kept: import the file again when you are ready.`,
            color: 'orange',
            autoClose: false
          })
        }
      })
      .catch((error: unknown) => notifyError('Could not finish rolling back an unfinished import', error))
  }, [])
}
