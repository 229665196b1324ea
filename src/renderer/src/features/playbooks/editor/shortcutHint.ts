import { isMac } from '../../../ui/platform'

/** "Ctrl+B" or "⌘+B": the editor's key bindings, for tooltips and aria-keyshortcuts. */
export function shortcutHint(keys: string): { label: string; aria: string } {
  const mac = isMac()
  return {
    label: keys.replace('Mod', mac ? '⌘' : 'Ctrl').replace('Alt', mac ? '⌥' : 'Alt'),
    aria: keys.replace('Mod', mac ? 'Meta' : 'Control')
  }
}

/** Props for a toolbar control: a tooltip with its shortcut and the shortcut for assistive technology. */
export function controlHint(label: string, keys?: string): { title: string; 'aria-label': string; 'aria-keyshortcuts'?: string } {
  if (!keys) return { title: label, 'aria-label': label }
  const hint = shortcutHint(keys)
  return { title: `${label} (${hint.label})`, 'aria-label': label, 'aria-keyshortcuts': hint.aria }
}
