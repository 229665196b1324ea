import { Alert, Button, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { relativeTime } from '@shared/format/relativeTime'
import { getSetting } from '../../db/settings'
import { backUpNow } from './backupActions'
import { useBackupList } from './backupList'
import { formatBytes } from './describeTables'

const day = 24 * 3_600_000
/** Below this, a backup or a large import may not fit. */
export const lowDiskBytes = 1024 * 1024 * 1024

/** The dashboard's warning: no backup has succeeded for a day (in a workspace older than a day), or the disk is nearly full. */
export function BackupHealthAlert() {
  const { list } = useBackupList()
  const startedAt = useLiveQuery(async () => (await getSetting('onboarding'))?.at, [])
  // The dashboard is opened often; the age as of opening it is exact enough.
  const [now] = useState(() => Date.now())
  if (!list) return null
  const newest = list.backups.find((entry) => entry.verified)
  const stale = startedAt !== undefined && now - Date.parse(startedAt) > day && (!newest || now - Date.parse(newest.createdAt) > day)
  const lowDisk = list.freeBytes !== undefined && list.freeBytes < lowDiskBytes
  if (!stale && !lowDisk) return null
  return (
    <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} title={stale ? 'No recent backup' : 'The disk is nearly full'} mb="lg">
      {stale && (
        <Text size="sm">
          {newest ? `The last backup that succeeded was ${relativeTime(newest.createdAt, new Date())}.` : 'No backup of this workspace has succeeded yet.'}{' '}
          <Button size="compact-sm" variant="light" onClick={() => void backUpNow()}>
            Back up now
          </Button>
        </Text>
      )}
      {lowDisk && (
        <Text size="sm" mt={stale ? 'xs' : 0}>
          Only {formatBytes(list.freeBytes ?? 0)} free{list.location === 'browser' ? ' for this browser’s storage' : ' on the disk that holds the backups'}. Backups and large imports may fail; free some space.
        </Text>
      )}
    </Alert>
  )
}
