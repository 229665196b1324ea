/**
 * Every command the app offers, declared once. The native menu (main), the
 * command palette and the keyboard shortcuts (renderer) all read this list.
 * Shortcuts use Electron's accelerator syntax; the renderer translates them.
 */
export type MenuPlacement = 'file' | 'edit' | 'view' | 'help' | 'none'

export interface CommandDeclaration {
  id: string
  label: string
  description: string
  shortcut?: string
  menu: MenuPlacement
  group: 'Navigate' | 'Create' | 'Workspace' | 'Triage' | 'Help'
}

export const navigationCommands = [
  { id: 'go.dashboard', label: 'Dashboard', description: 'What needs attention this week', shortcut: 'CmdOrCtrl+1', menu: 'view', group: 'Navigate' },
  { id: 'go.feedback', label: 'Feedback', description: 'Imported customer feedback and themes', shortcut: 'CmdOrCtrl+2', menu: 'view', group: 'Navigate' },
  { id: 'go.playbooks', label: 'Playbooks', description: 'Processes, best practices and onboarding', shortcut: 'CmdOrCtrl+3', menu: 'view', group: 'Navigate' },
  { id: 'go.tools', label: 'Tools', description: 'Tool inventory, seats, spend and renewals', shortcut: 'CmdOrCtrl+4', menu: 'view', group: 'Navigate' },
  { id: 'go.metrics', label: 'Metrics', description: 'KPIs, targets and their status', shortcut: 'CmdOrCtrl+5', menu: 'view', group: 'Navigate' },
  { id: 'go.people', label: 'People', description: 'Stakeholders and owners', shortcut: 'CmdOrCtrl+6', menu: 'view', group: 'Navigate' },
  { id: 'go.settings', label: 'Settings', description: 'Theme, workspace and data', shortcut: 'CmdOrCtrl+,', menu: 'view', group: 'Navigate' }
] as const satisfies readonly CommandDeclaration[]

export const actionCommands = [
  { id: 'feedback.import', label: 'Import feedback…', description: 'Bring in a CSV export from any tool', shortcut: 'CmdOrCtrl+I', menu: 'file', group: 'Create' },
  { id: 'feedback.new', label: 'New feedback', description: 'Write down a piece of feedback by hand', menu: 'file', group: 'Create' },
  { id: 'playbooks.new', label: 'New playbook', description: 'Write a process or best practice', menu: 'file', group: 'Create' },
  { id: 'playbooks.import', label: 'Import playbooks…', description: 'A Notion, Confluence or Obsidian space (.zip, folder, Markdown, HTML) or Opsdeck JSON', menu: 'file', group: 'Create' },
  { id: 'tools.new', label: 'New tool', description: 'Add a tool to the inventory', menu: 'file', group: 'Create' },
  { id: 'metrics.new', label: 'New metric', description: 'Define a KPI with a target', menu: 'file', group: 'Create' },
  { id: 'people.new', label: 'New person', description: 'Add a stakeholder or owner', menu: 'file', group: 'Create' },
  { id: 'tools.exportCalendar', label: 'Export notice deadlines (.ics)', description: 'Save every notice deadline as a calendar file', menu: 'file', group: 'Workspace' },
  { id: 'workspace.loadSample', label: 'Load sample workspace', description: 'Explore Opsdeck with example data', menu: 'file', group: 'Workspace' },
  { id: 'workspace.backUpNow', label: 'Back up now', description: 'Back up the whole workspace and verify the backup', menu: 'file', group: 'Workspace' },
  { id: 'workspace.restore', label: 'Restore workspace from file…', description: 'Preview a backup or workspace file, then replace the workspace with it (can be undone)', menu: 'file', group: 'Workspace' },
  { id: 'workspace.export', label: 'Export workspace…', description: 'Save the whole workspace as one file', menu: 'file', group: 'Workspace' },
  { id: 'app.backUpBeforeQuit', label: 'Back up before quitting', description: 'The backup the desktop app takes when it quits', menu: 'none', group: 'Workspace' },
  { id: 'app.commandPalette', label: 'Command palette', description: 'Search commands and pages', shortcut: 'CmdOrCtrl+K', menu: 'view', group: 'Workspace' },
  { id: 'app.toggleColorScheme', label: 'Toggle dark theme', description: 'Switch between light and dark', shortcut: 'CmdOrCtrl+Shift+L', menu: 'view', group: 'Workspace' },
  { id: 'app.shortcuts', label: 'Keyboard shortcuts', description: 'List every shortcut', shortcut: 'Shift+/', menu: 'help', group: 'Help' }
] as const satisfies readonly CommandDeclaration[]

/** The feedback inbox's keys: single letters, so they never fire while typing. They act on the inbox and open it from elsewhere. */
export const inboxCommands = [
  { id: 'inbox.next', label: 'Next feedback', description: 'Move down the inbox', shortcut: 'J', menu: 'none', group: 'Triage' },
  { id: 'inbox.previous', label: 'Previous feedback', description: 'Move up the inbox', shortcut: 'K', menu: 'none', group: 'Triage' },
  { id: 'inbox.toggleSelect', label: 'Select feedback', description: 'Add the current item to the selection, or take it out', shortcut: 'X', menu: 'none', group: 'Triage' },
  { id: 'inbox.review', label: 'Mark reviewed', description: 'Set the current or selected items to reviewed', shortcut: 'R', menu: 'none', group: 'Triage' },
  { id: 'inbox.tag', label: 'Tag…', description: 'Add tags to the current or selected items', shortcut: 'T', menu: 'none', group: 'Triage' },
  { id: 'inbox.link', label: 'Link to a theme…', description: 'Link the current or selected items to a theme, with an importance', shortcut: 'L', menu: 'none', group: 'Triage' },
  { id: 'inbox.acceptSuggestion', label: 'Accept the suggested theme', description: 'Link the current item to the theme Opsdeck suggests', shortcut: 'A', menu: 'none', group: 'Triage' },
  { id: 'inbox.archive', label: 'Archive', description: 'Archive the current or selected items', shortcut: 'E', menu: 'none', group: 'Triage' },
  { id: 'inbox.undo', label: 'Undo triage', description: 'Undo the last triage action', shortcut: 'Z', menu: 'none', group: 'Triage' },
  { id: 'inbox.search', label: 'Search feedback', description: 'Put the cursor in the inbox search', shortcut: '/', menu: 'none', group: 'Triage' }
] as const satisfies readonly CommandDeclaration[]

export const commandDeclarations: readonly CommandDeclaration[] = [...navigationCommands, ...actionCommands, ...inboxCommands]

export type CommandId = (typeof navigationCommands)[number]['id'] | (typeof actionCommands)[number]['id'] | (typeof inboxCommands)[number]['id']
export type InboxCommandId = (typeof inboxCommands)[number]['id']

export function isCommandId(value: string): value is CommandId {
  return commandDeclarations.some((command) => command.id === value)
}

/** 'CmdOrCtrl+Shift+L' -> 'Ctrl+Shift+L' or '⌘+Shift+L', for tooltips and menus. */
export function formatShortcut(shortcut: string, isMac: boolean): string {
  return shortcut.replace('CmdOrCtrl', isMac ? '⌘' : 'Ctrl')
}

export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

/** The character a shifted key types on a US layout, so 'Shift+/' also matches the '?' a browser reports. */
const shiftedKeys: Record<string, string> = { '/': '?', ',': '<', '.': '>', '1': '!', '2': '@' }

/** Whether a key press is the accelerator `shortcut` ('CmdOrCtrl+Shift+L'); CmdOrCtrl is Cmd on a Mac, Ctrl elsewhere. */
export function matchesShortcut(press: KeyPress, shortcut: string, isMac: boolean): boolean {
  const parts = shortcut.split('+')
  const key = parts[parts.length - 1] ?? ''
  const wants = { mod: parts.includes('CmdOrCtrl'), shift: parts.includes('Shift'), alt: parts.includes('Alt') }
  const mod = isMac ? press.metaKey : press.ctrlKey
  const otherMod = isMac ? press.ctrlKey : press.metaKey
  if (mod !== wants.mod || otherMod || press.shiftKey !== wants.shift || press.altKey !== wants.alt) return false
  const pressed = press.key.toLowerCase()
  return pressed === key.toLowerCase() || (wants.shift && pressed === shiftedKeys[key])
}

/** Shortcuts without Ctrl/Cmd (like '?') must not fire while the user is typing. */
export function needsModifier(shortcut: string): boolean {
  return !shortcut.includes('CmdOrCtrl') && !shortcut.includes('Alt')
}
