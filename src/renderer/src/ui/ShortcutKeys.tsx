import { Group, Kbd, type MantineSize } from '@mantine/core'
import { formatShortcut } from '@shared/commands'
import { isMac } from './platform'

/** The keys a person presses: 'Shift+/' is the '?' key, so it shows as that one key. */
export function shortcutKeys(shortcut: string, mac: boolean): string[] {
  if (shortcut === 'Shift+/') return ['?']
  return formatShortcut(shortcut, mac).split('+')
}

/** A shortcut as keycaps, for menus, tooltips and the command palette. */
export function ShortcutKeys({ shortcut, size = 'sm' }: { shortcut: string; size?: MantineSize }) {
  const keys = shortcutKeys(shortcut, isMac())
  return (
    <Group gap={4} wrap="nowrap">
      {keys.map((key) => (
        <Kbd key={key} size={size}>
          {key}
        </Kbd>
      ))}
    </Group>
  )
}
