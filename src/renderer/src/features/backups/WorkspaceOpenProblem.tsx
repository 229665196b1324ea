import { Button, Code, Container, Group, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconLifebuoy, IconRefresh } from '@tabler/icons-react'
import { useState } from 'react'
import { exactTime } from '@shared/format/relativeTime'
import { storageProblemMessage } from '@shared/storageErrors'
import { replaceUnopenableWorkspace, type OpenFailure } from '../../db/openWorkspace'
import { confirmAction } from '../../ui/confirm'
import { restoreFromBackup } from './backupActions'
import { useBackupList } from './backupList'
import { summariseCounts } from './describeTables'

const titles: Record<OpenFailure['problem'], string> = {
  newer: 'This workspace needs a newer Opsdeck',
  full: 'The disk is too full to open your workspace',
  blocked: 'Another Opsdeck window is in the way',
  unopenable: 'Opsdeck cannot open your workspace'
}

/**
 * Drawn instead of the app when the database will not open. It says why, offers to try again, and, for a
 * database that is damaged while backups exist, "Restore the backup of <time>": the database is replaced only
 * after a confirmation, and the restore then shows what the backup holds before it writes.
 */
export function WorkspaceOpenProblem({ failure, onOpened }: { failure: OpenFailure; onOpened: () => void }) {
  const { list } = useBackupList()
  const [replacing, setReplacing] = useState(false)
  const [error, setError] = useState<string>()
  const newest = failure.problem === 'unopenable' ? list?.backups.find((entry) => entry.verified) : undefined

  const restore = async () => {
    if (!newest) return
    const when = exactTime(newest.createdAt)
    const confirmed = await confirmAction({
      title: 'Replace the workspace that cannot be opened?',
      message: `The database that cannot be opened is deleted, and the backup of ${when} (${summariseCounts(newest.counts)}) is restored into a new one. Your backups are kept.`,
      confirmLabel: `Restore the backup of ${when}`,
      destructive: true
    })
    if (!confirmed) return
    setReplacing(true)
    try {
      await replaceUnopenableWorkspace()
    } catch (reason) {
      setError(`The database could not be replaced: ${reason instanceof Error ? reason.message : String(reason)}`)
      setReplacing(false)
      return
    }
    onOpened()
    await restoreFromBackup(newest)
  }

  return (
    <Container size="sm" py={64}>
      <Stack gap="md" role="alert" aria-labelledby="open-problem-title">
        <Group gap="sm" wrap="nowrap">
          <IconAlertTriangle size={28} color="var(--mantine-color-red-text)" aria-hidden />
          <Title order={1} size="h2" id="open-problem-title">
            {titles[failure.problem]}
          </Title>
        </Group>
        <Text>{storageProblemMessage(failure.problem)}</Text>
        <Code block>{failure.message}</Code>
        {newest && (
          <Text size="sm">
            The newest verified backup is from {exactTime(newest.createdAt)} ({summariseCounts(newest.counts)}).
          </Text>
        )}
        {error && (
          <Text c="red" size="sm" role="status">
            {error}
          </Text>
        )}
        <Group>
          <Button leftSection={<IconRefresh size={16} aria-hidden />} variant={newest ? 'default' : 'filled'} onClick={() => window.location.reload()}>
            Try again
          </Button>
          {newest && (
            <Button leftSection={<IconLifebuoy size={16} aria-hidden />} color="red" loading={replacing} onClick={() => void restore()}>
              Restore the backup of {exactTime(newest.createdAt)}
            </Button>
          )}
        </Group>
      </Stack>
    </Container>
  )
}
