import { Button, Card, Group, SegmentedControl, Stack, Text, Title, useMantineColorScheme, type MantineColorScheme } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import { notifications } from '@mantine/notifications'
import type { AppInfo, BackupEntry } from '@shared/bridge'
import { exactTime } from '@shared/format/relativeTime'
import { bridgeErrorMessage, getBridge } from '../../bridge'
import { clearWorkspace, countWorkspace, isWorkspaceEmpty, loadSampleWorkspace } from '../../db/workspace'
import { confirmAction } from '../../ui/confirm'
import { notifyError, notifySuccess } from '../../ui/notify'
import { PageHeader } from '../../ui/PageHeader'
import { createSampleWorkspace } from '@shared/domain/sample/sampleWorkspace'
import { describeCounts } from './describeCounts'
import { ToolsSettingsSection } from '../tools'
import { BackupsSection, takeBackup } from '../backups'

export async function loadSampleWithConfirmation(): Promise<void> {
  const counts = await countWorkspace()
  if (!isWorkspaceEmpty(counts)) {
    const confirmed = await confirmAction({
      title: 'Load the sample workspace',
      message: `Add the sample people, playbooks, tools, metrics and feedback next to your ${describeCounts(counts)}? Nothing of yours is changed.`,
      confirmLabel: 'Add sample data'
    })
    if (!confirmed) return
  }
  try {
    await loadSampleWorkspace(createSampleWorkspace(new Date()))
    notifySuccess('Sample workspace loaded. Explore, then clear it in Settings when you are ready.')
  } catch (error) {
    notifyError('Could not load the sample workspace', error)
  }
}

async function clearWithConfirmation(desktop: boolean) {
  const counts = await countWorkspace()
  const confirmed = await confirmAction({
    title: 'Delete everything in this workspace',
    message: `Delete ${describeCounts(counts)}? A backup is taken first, so you can restore it from Settings → Backups.`,
    confirmLabel: 'Delete everything',
    destructive: true
  })
  if (!confirmed) return
  let backup: BackupEntry
  try {
    backup = await takeBackup('before-delete')
  } catch (error) {
    notifyError('Nothing was deleted: the backup taken first failed', new Error(bridgeErrorMessage(error)))
    return
  }
  await clearWorkspace()
  const location = await getBridge().getBackupLocation().catch(() => undefined)
  const where = desktop ? 'in the backups folder (Settings → Backups → Show)' : location?.kind === 'chosen' && location.access === 'ready' ? `in the backups folder “${location.display}” (Settings → Backups)` : 'in this browser (Settings → Backups)'
  notifications.show({ color: 'teal', autoClose: false, title: 'The workspace is empty', message: `A backup of what was deleted, taken ${exactTime(backup.createdAt)}, is ${where}.` })
}

function useAppInfo(): AppInfo | undefined {
  const [info, setInfo] = useState<AppInfo>()
  useEffect(() => {
    void getBridge().getAppInfo().then(setInfo)
  }, [])
  return info
}

export function SettingsPage() {
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  const counts = useLiveQuery(() => countWorkspace(), [])
  const info = useAppInfo()
  return (
    <>
      <PageHeader title="Settings" description="Appearance, your workspace's data, and this copy of Opsdeck." />
      <Stack gap="lg" maw={720}>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Appearance
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            System follows your operating system's light or dark setting.
          </Text>
          <SegmentedControl
            aria-label="Theme"
            value={colorScheme}
            onChange={(value) => setColorScheme(value as MantineColorScheme)}
            data={[
              { value: 'light', label: 'Light' },
              { value: 'dark', label: 'Dark' },
              { value: 'auto', label: 'System' }
            ]}
          />
        </Card>
        <ToolsSettingsSection />
        <BackupsSection info={info} />
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Workspace
          </Title>
          <Text size="sm">{counts ? `This workspace holds ${describeCounts(counts)}.` : 'Counting…'}</Text>
          <Group mt="md">
            <Button variant="default" onClick={() => void loadSampleWithConfirmation()}>
              Load sample workspace
            </Button>
            <Button color="red" variant="light" onClick={() => void clearWithConfirmation(info?.desktop ?? false)} disabled={!counts || isWorkspaceEmpty(counts)}>
              Delete everything…
            </Button>
          </Group>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            About
          </Title>
          <Text size="sm">
            {info ? `${info.name} ${info.version} · ${info.desktop ? `desktop (${info.platform})` : 'browser build'}` : '…'}
          </Text>
          {info?.desktop && (
            <Button variant="default" size="xs" mt="sm" onClick={() => void getBridge().showErrorLog().catch((error: unknown) => notifyError('Could not show the error log', new Error(bridgeErrorMessage(error))))}>
              Show error log
            </Button>
          )}
        </Card>
      </Stack>
    </>
  )
}
