import { ActionIcon, AppShell, Group, Kbd, NavLink, Text, Tooltip, UnstyledButton, useComputedColorScheme } from '@mantine/core'
import { IconMoon, IconSearch, IconSun } from '@tabler/icons-react'
import { Fragment, type ReactNode } from 'react'
import { commandDeclarations, formatShortcut } from '@shared/commands'
import { pages } from '../navigation/pages'
import { navigationCommandFor, toHash, type PageId } from '../navigation/routes'
import { isMac } from './platform'
import classes from './AppLayout.module.css'

function shortcutOf(commandId: string): string | undefined {
  const shortcut = commandDeclarations.find((command) => command.id === commandId)?.shortcut
  return shortcut ? formatShortcut(shortcut, isMac()) : undefined
}

export function AppLayout({
  page,
  onOpenPalette,
  onToggleColorScheme,
  navChildren,
  children
}: {
  page: PageId
  onOpenPalette: () => void
  onToggleColorScheme: () => void
  /** Links shown under a page's entry, such as the Feedback page's saved views. */
  navChildren?: Partial<Record<PageId, ReactNode>>
  children: ReactNode
}) {
  const colorScheme = useComputedColorScheme('light')
  const paletteShortcut = shortcutOf('app.commandPalette')
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg" className={classes.brand}>
            Opsdeck
          </Text>
          <UnstyledButton className={classes.search} onClick={onOpenPalette} aria-label="Search and commands" aria-keyshortcuts="Control+K Meta+K">
            <Group gap="xs" wrap="nowrap">
              <IconSearch size={16} aria-hidden />
              <Text size="sm" c="dimmed" style={{ flex: 1 }}>
                Search or run a command…
              </Text>
              {paletteShortcut && <Kbd size="xs">{paletteShortcut}</Kbd>}
            </Group>
          </UnstyledButton>
          <Tooltip label={`Switch to ${colorScheme === 'dark' ? 'light' : 'dark'} theme (${shortcutOf('app.toggleColorScheme')})`}>
            <ActionIcon variant="default" size="lg" onClick={onToggleColorScheme} aria-label={colorScheme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}>
              {colorScheme === 'dark' ? <IconSun size={18} aria-hidden /> : <IconMoon size={18} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        {pages.map((entry) => (
          <Fragment key={entry.id}>
            <NavLink
              href={toHash(entry.id)}
              label={entry.label}
              leftSection={<entry.icon size={18} aria-hidden />}
              rightSection={<Text size="xs" c="dimmed" aria-hidden>{shortcutOf(navigationCommandFor[entry.id])}</Text>}
              active={page === entry.id}
              aria-current={page === entry.id ? 'page' : undefined}
            />
            {navChildren?.[entry.id]}
          </Fragment>
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        {children}
      </AppShell.Main>
    </AppShell>
  )
}
