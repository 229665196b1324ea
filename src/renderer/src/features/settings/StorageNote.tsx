import { Group, Text } from '@mantine/core'
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react'

/** Whether the browser promised to keep this workspace's storage, and what that means for the person. */
export function StorageNote({ persisted }: { persisted: boolean | undefined }) {
  if (persisted === undefined) return null
  return (
    <Group gap={6} wrap="nowrap" mt={4} align="flex-start">
      {persisted ? (
        <IconShieldCheck size={16} color="var(--mantine-color-teal-text)" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      ) : (
        <IconAlertTriangle size={16} color="var(--mantine-color-yellow-text)" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      )}
      <Text size="xs" c="dimmed">
        {persisted ? 'Storage is persistent: the browser keeps this workspace even when the disk runs low.' : 'Storage may be cleared by the browser when the disk runs low.'}
      </Text>
    </Group>
  )
}
