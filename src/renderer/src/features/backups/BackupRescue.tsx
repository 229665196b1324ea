import { Alert, Button, Text } from '@mantine/core'
import { IconLifebuoy } from '@tabler/icons-react'
import { exactTime } from '@shared/format/relativeTime'
import { restoreFromBackup } from './backupActions'
import { useBackupList } from './backupList'
import { summariseCounts } from './describeTables'

/**
 * On an empty workspace: if a backup exists, the data may have been lost (a browser that gave up on a
 * full disk deletes the whole database), so the newest verified backup is offered first.
 */
export function BackupRescue() {
  const { list } = useBackupList()
  const newest = list?.backups.find((entry) => entry.verified && Object.values(entry.counts).some((count) => count > 0))
  if (!newest) return null
  const when = exactTime(newest.createdAt)
  return (
    <Alert color="yellow" icon={<IconLifebuoy aria-hidden />} title="This workspace is empty, but a backup exists">
      <Text size="sm" mb="xs">
        If your data went missing, restore the backup of {when} ({summariseCounts(newest.counts)}). You see what it holds before anything changes.
      </Text>
      <Button size="xs" onClick={() => void restoreFromBackup(newest)}>
        Restore the backup of {when}
      </Button>
    </Alert>
  )
}
