import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron'
import { commandEventChannel } from '@shared/bridge'
import { commandDeclarations, type CommandDeclaration, type MenuPlacement } from '@shared/commands'

export interface MenuOptions {
  isMac: boolean
  isPackaged: boolean
}

type Item = MenuItemConstructorOptions

/**
 * The application menu, read from the shared command list. Shortcuts are shown
 * but not registered (registerAccelerator: false): the renderer handles the keys
 * itself, so the desktop and browser builds behave the same.
 */
export function buildMenuTemplate(commands: readonly CommandDeclaration[], send: (commandId: string) => void, { isMac, isPackaged }: MenuOptions): Item[] {
  const commandItems = (placement: MenuPlacement): Item[] =>
    commands
      .filter((command) => command.menu === placement)
      .map((command) => ({
        id: command.id,
        label: command.label,
        accelerator: command.shortcut,
        registerAccelerator: false,
        click: () => send(command.id)
      }))
  const developerItems: Item[] = isPackaged ? [] : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }]
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies Item] : []),
    { label: 'File', submenu: sections(commandItems('file'), isMac ? [] : [{ role: 'quit' }]) },
    {
      label: 'Edit',
      submenu: sections(
        [{ role: 'undo' }, { role: 'redo' }],
        [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
        commandItems('edit')
      )
    },
    {
      label: 'View',
      submenu: sections(
        commandItems('view'),
        developerItems,
        [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }],
        [{ role: 'togglefullscreen' }]
      )
    },
    { label: 'Window', submenu: [{ role: 'minimize' }, { role: 'close' }] },
    { label: 'Help', role: 'help', submenu: commandItems('help') }
  ]
}

/** Non-empty groups joined by separators. */
function sections(...groups: Item[][]): Item[] {
  return groups.filter((group) => group.length > 0).flatMap((group, index) => (index === 0 ? group : [{ type: 'separator' as const }, ...group]))
}

export function installApplicationMenu(options: MenuOptions): void {
  const template = buildMenuTemplate(commandDeclarations, sendCommandToFocusedWindow, options)
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

function sendCommandToFocusedWindow(commandId: string): void {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  window?.webContents.send(commandEventChannel, commandId)
}
