import { useEffect, useRef } from 'react'
import { commandDeclarations, isCommandId, matchesShortcut, needsModifier, type CommandId } from '@shared/commands'
import { getBridge } from '../bridge'
import { isMac } from '../ui/platform'

export type CommandHandlers = Record<CommandId, () => void>

/** Inputs that take no typed text: a single key pressed on them (after clicking a status tab) is a shortcut. */
const keylessInputTypes = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'])

/** Whether a key pressed with focus on `target` is text being typed (a text field, an editor, a select's type-ahead). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true
  return target instanceof HTMLInputElement && !keylessInputTypes.has(target.type)
}

/**
 * Runs commands from three places with one list: keyboard shortcuts, the
 * native menu (through the bridge) and the command palette (which calls the
 * handlers directly).
 */
export function useCommandHost(handlers: CommandHandlers): void {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })

  useEffect(() => {
    const mac = isMac()
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return
      const command = commandDeclarations.find((candidate) => candidate.shortcut && matchesShortcut(event, candidate.shortcut, mac))
      if (!command?.shortcut || !isCommandId(command.id)) return
      if (needsModifier(command.shortcut) && isTyping(event.target)) return
      event.preventDefault()
      latest.current[command.id]()
    }
    window.addEventListener('keydown', onKeyDown)
    const stopListening = getBridge().onCommand((commandId) => {
      if (isCommandId(commandId)) latest.current[commandId]()
    })
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      stopListening()
    }
  }, [])
}
