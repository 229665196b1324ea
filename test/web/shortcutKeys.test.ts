import { describe, expect, it } from 'vitest'
import { shortcutKeys } from '../../src/renderer/src/ui/ShortcutKeys'

describe('the keys of a shortcut', () => {
  it('names Ctrl or ⌘ for CmdOrCtrl, one key each', () => {
    expect(shortcutKeys('CmdOrCtrl+Shift+L', false)).toEqual(['Ctrl', 'Shift', 'L'])
    expect(shortcutKeys('CmdOrCtrl+K', true)).toEqual(['⌘', 'K'])
  })

  it('shows Shift+/ as the one key that types a question mark', () => {
    expect(shortcutKeys('Shift+/', false)).toEqual(['?'])
  })

  it('keeps a plain slash a slash', () => {
    expect(shortcutKeys('/', false)).toEqual(['/'])
  })
})
