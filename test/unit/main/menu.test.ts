import { describe, it, expect, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { commandEventChannel } from '@shared/bridge'
import { commandDeclarations, type CommandDeclaration } from '@shared/commands'

const electron = vi.hoisted(() => ({
  send: vi.fn(),
  setApplicationMenu: vi.fn(),
  template: [] as unknown[]
}))
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: unknown[]) => {
      electron.template = template
      return { template }
    },
    setApplicationMenu: electron.setApplicationMenu
  },
  BrowserWindow: {
    getFocusedWindow: () => ({ webContents: { send: electron.send } }),
    getAllWindows: () => []
  }
}))

const { buildMenuTemplate, installApplicationMenu } = await import('../../../src/main/menu')

type Item = MenuItemConstructorOptions
const submenuOf = (template: Item[], label: string): Item[] => (template.find((item) => item.label === label)?.submenu ?? []) as Item[]
const roles = (items: Item[]): (string | undefined)[] => items.filter((item) => item.role).map((item) => item.role)
const topLevelFor: Record<string, string> = { file: 'File', edit: 'Edit', view: 'View', help: 'Help' }

describe('the application menu', () => {
  it('has File, Edit, View, Window and Help, with the app menu first on macOS', () => {
    const windows = buildMenuTemplate(commandDeclarations, vi.fn(), { isMac: false, isPackaged: true })
    expect(windows.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
    const mac = buildMenuTemplate(commandDeclarations, vi.fn(), { isMac: true, isPackaged: true })
    expect(mac[0]).toEqual({ role: 'appMenu' })
    expect(mac.slice(1).map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
  })

  it('lists every command with a menu placement under its menu, with its shortcut shown but not registered', () => {
    const template = buildMenuTemplate(commandDeclarations, vi.fn(), { isMac: false, isPackaged: true })
    const placed = commandDeclarations.filter((command) => command.menu !== 'none')
    expect(placed.length).toBeGreaterThan(0)
    for (const command of placed) {
      const item = submenuOf(template, topLevelFor[command.menu]!).find((entry) => entry.id === command.id)
      expect(item, command.id).toMatchObject({ label: command.label, accelerator: command.shortcut, registerAccelerator: false })
    }
  })

  it('leaves commands without a menu placement out of the menu', () => {
    const hidden: CommandDeclaration = { id: 'secret.command', label: 'Secret', description: '', menu: 'none', group: 'Workspace' }
    const template = buildMenuTemplate([hidden], vi.fn(), { isMac: false, isPackaged: true })
    expect(JSON.stringify(template)).not.toContain('secret.command')
  })

  it('sends the command id when an item is clicked', () => {
    const send = vi.fn()
    const template = buildMenuTemplate(commandDeclarations, send, { isMac: false, isPackaged: true })
    const viewCommand = commandDeclarations.find((command) => command.menu === 'view')!
    const item = submenuOf(template, 'View').find((entry) => entry.id === viewCommand.id)
    ;(item?.click as () => void)()
    expect(send).toHaveBeenCalledWith(viewCommand.id)
  })

  it('gives Edit the standard roles and Window minimize and close', () => {
    const template = buildMenuTemplate(commandDeclarations, vi.fn(), { isMac: false, isPackaged: true })
    expect(roles(submenuOf(template, 'Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'])
    expect(roles(submenuOf(template, 'Window'))).toEqual(['minimize', 'close'])
    expect(roles(submenuOf(template, 'File'))).toEqual(['quit'])
    expect(roles(submenuOf(buildMenuTemplate(commandDeclarations, vi.fn(), { isMac: true, isPackaged: true }), 'File'))).toEqual([])
  })

  it('offers reload and developer tools only in an unpackaged build', () => {
    const packaged = roles(submenuOf(buildMenuTemplate(commandDeclarations, vi.fn(), { isMac: false, isPackaged: true }), 'View'))
    expect(packaged).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
    const dev = roles(submenuOf(buildMenuTemplate(commandDeclarations, vi.fn(), { isMac: false, isPackaged: false }), 'View'))
    expect(dev).toEqual(['reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
  })

  it('installed, it sends clicked commands to the focused window', () => {
    installApplicationMenu({ isMac: false, isPackaged: true })
    expect(electron.setApplicationMenu).toHaveBeenCalled()
    const fileCommand = commandDeclarations.find((command) => command.menu === 'file')!
    const item = submenuOf(electron.template as Item[], 'File').find((entry) => entry.id === fileCommand.id)
    ;(item?.click as () => void)()
    expect(electron.send).toHaveBeenCalledWith(commandEventChannel, fileCommand.id)
  })
})
