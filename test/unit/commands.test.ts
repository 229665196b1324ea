import { describe, expect, it } from 'vitest'
import { commandDeclarations, formatShortcut, matchesShortcut, needsModifier } from '../../src/shared/commands'

const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers
})

describe('commands', () => {
  it('gives every command a unique id', () => {
    const ids = commandDeclarations.map((command) => command.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('gives no two commands the same shortcut', () => {
    const shortcuts = commandDeclarations.flatMap((command) => (command.shortcut ? [command.shortcut] : []))
    expect(new Set(shortcuts).size).toBe(shortcuts.length)
  })

  it('reads Ctrl+K as the palette on Windows and Linux, and Cmd+K on a Mac', () => {
    expect(matchesShortcut(press('k', { ctrlKey: true }), 'CmdOrCtrl+K', false)).toBe(true)
    expect(matchesShortcut(press('k', { metaKey: true }), 'CmdOrCtrl+K', false)).toBe(false)
    expect(matchesShortcut(press('k', { metaKey: true }), 'CmdOrCtrl+K', true)).toBe(true)
    expect(matchesShortcut(press('k'), 'CmdOrCtrl+K', false)).toBe(false)
  })

  it('does not fire a shortcut when an extra modifier is held', () => {
    expect(matchesShortcut(press('K', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+K', false)).toBe(false)
    expect(matchesShortcut(press('L', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+L', false)).toBe(true)
  })

  it('matches the question mark a browser reports for Shift+/', () => {
    expect(matchesShortcut(press('?', { shiftKey: true }), 'Shift+/', false)).toBe(true)
    expect(matchesShortcut(press('/'), 'Shift+/', false)).toBe(false)
  })

  it('keeps modifier-less shortcuts from firing while typing', () => {
    expect(needsModifier('Shift+/')).toBe(true)
    expect(needsModifier('CmdOrCtrl+1')).toBe(false)
  })

  it('shows Ctrl on Windows and the command sign on a Mac', () => {
    expect(formatShortcut('CmdOrCtrl+Shift+L', false)).toBe('Ctrl+Shift+L')
    expect(formatShortcut('CmdOrCtrl+K', true)).toBe('⌘+K')
  })
})
