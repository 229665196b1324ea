import { Button, Card, Center, Group, List, Stack, Text, Title } from '@mantine/core'
import { IconSparkles } from '@tabler/icons-react'
import { useState } from 'react'
import { createSampleWorkspace } from '@shared/domain/sample/sampleWorkspace'
import { loadSampleWorkspace, startEmptyWorkspace } from '../../db/workspace'
import { notifyError } from '../../ui/notify'
import { BackupRescue } from '../backups'

/** The first screen a new user sees: explore with sample data, or start clean. */
export function FirstRunScreen() {
  const [busy, setBusy] = useState(false)
  async function choose(action: () => Promise<void>) {
    setBusy(true)
    try {
      await action()
    } catch (error) {
      notifyError('Could not set up the workspace', error)
      setBusy(false)
    }
  }
  return (
    <Center mih="100vh" p="lg">
      <Card withBorder radius="lg" p="xl" maw={620} component="main">
        <Stack>
          <Group gap="xs">
            <IconSparkles aria-hidden />
            <Title order={1} size="h2">
              Welcome to Opsdeck
            </Title>
          </Group>
          <Text>
            One workspace for product operations, on your laptop, online or not: customer feedback from every tool's CSV export, playbooks
            with checklist runs, the team's tool inventory with renewal deadlines, and the metrics you report on.
          </Text>
          <BackupRescue />
          <Text fw={500}>How would you like to start?</Text>
          <List size="sm" spacing={4}>
            <List.Item>The sample workspace has a product team's people, playbooks, tools, metrics and feedback to click through.</List.Item>
            <List.Item>An empty workspace waits for your own. You can load the sample later from Settings.</List.Item>
          </List>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" disabled={busy} onClick={() => void choose(startEmptyWorkspace)}>
              Start empty
            </Button>
            <Button loading={busy} onClick={() => void choose(() => loadSampleWorkspace(createSampleWorkspace(new Date())))} data-autofocus>
              Load sample workspace
            </Button>
          </Group>
        </Stack>
      </Card>
    </Center>
  )
}
