import { useEffect, useRef } from 'react'
import { commandDeclarations, isCommandId, matchesShortcut, needsModifier, type CommandId } from '@shared/commands'
import { getBridge } from '../bridge'
import { isMac } from '../ui/platform'

export type CommandHandlers = Record<CommandId, () => void>

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
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
