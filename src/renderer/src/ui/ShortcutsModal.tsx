import { Stack, Table, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { commandDeclarations, type CommandDeclaration } from '@shared/commands'
import { ShortcutKeys } from './ShortcutKeys'

/** Commands with a shortcut, in the order of their groups' first appearance. */
function shortcutsByGroup(): [CommandDeclaration['group'], CommandDeclaration[]][] {
  const groups = new Map<CommandDeclaration['group'], CommandDeclaration[]>()
  for (const command of commandDeclarations) {
    if (!command.shortcut) continue
    groups.set(command.group, [...(groups.get(command.group) ?? []), command])
  }
  return [...groups.entries()]
}

/** Every shortcut of the app, read from the one list of commands. */
export function openShortcutsModal(): void {
  modals.open({
    title: 'Keyboard shortcuts',
    size: 'md',
    children: (
      <Stack>
        <Table aria-label="Keyboard shortcuts" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Command</Table.Th>
              <Table.Th w={150}>Shortcut</Table.Th>
            </Table.Tr>
          </Table.Thead>
          {shortcutsByGroup().map(([group, commands]) => (
            <Table.Tbody key={group}>
              <Table.Tr>
                <Table.Th colSpan={2} scope="colgroup" pt="md">
                  <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                    {group === 'Triage' ? 'Feedback inbox' : group}
                  </Text>
                </Table.Th>
              </Table.Tr>
              {commands.map((command) => (
                <Table.Tr key={command.id}>
                  <Table.Td>{command.label}</Table.Td>
                  <Table.Td>
                    <ShortcutKeys shortcut={command.shortcut ?? ''} size="xs" />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          ))}
        </Table>
        <Text size="xs" c="dimmed">
          Every command is also in the command palette.
        </Text>
      </Stack>
    )
  })
}
