import { Group, Kbd, Stack, Table, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { commandDeclarations, formatShortcut } from '@shared/commands'
import { isMac } from './platform'

/** Every shortcut of the app, read from the one list of commands. */
export function openShortcutsModal(): void {
  const withShortcut = commandDeclarations.filter((command) => command.shortcut)
  modals.open({
    title: 'Keyboard shortcuts',
    size: 'md',
    children: (
      <Stack>
        <Table striped aria-label="Keyboard shortcuts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Command</Table.Th>
              <Table.Th>Shortcut</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {withShortcut.map((command) => (
              <Table.Tr key={command.id}>
                <Table.Td>{command.label}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {formatShortcut(command.shortcut ?? '', isMac())
                      .split('+')
                      .map((key) => (
                        <Kbd key={key}>{key === '/' ? '?' : key}</Kbd>
                      ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed">
          Every command is also in the command palette.
        </Text>
      </Stack>
    )
  })
}
