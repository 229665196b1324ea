import { Group, Paper, Text, UnstyledButton } from '@mantine/core'
import type { ReactNode } from 'react'
import type { Tool } from '@shared/domain/tools/tool'
import { navigate } from '../../navigation/useRoute'

/** A tool in an attention list: its name opens it, the detail says why it is listed. */
export function AttentionItem({ tool, detail, aside }: { tool: Tool; detail: ReactNode; aside?: ReactNode }) {
  return (
    <Paper component="li" withBorder radius="md" px="md" py="xs" style={{ listStyle: 'none' }}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <div>
          <UnstyledButton onClick={() => navigate('tools', tool.id)}>
            <Text size="sm" fw={600}>
              {tool.name}
            </Text>
          </UnstyledButton>
          <Text size="xs" c="dimmed">
            {detail}
          </Text>
        </div>
        {aside}
      </Group>
    </Paper>
  )
}
