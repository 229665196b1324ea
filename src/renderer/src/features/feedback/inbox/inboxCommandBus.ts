import { inboxCommands, type InboxCommandId } from '@shared/commands'

type Handler = (id: InboxCommandId) => void

let current: Handler | undefined

/** The inbox listens while it is on screen; elsewhere its keys do nothing. */
export function listenToInboxCommands(handler: Handler): () => void {
  current = handler
  return () => {
    if (current === handler) current = undefined
  }
}

export const inboxCommandHandlers = Object.fromEntries(inboxCommands.map((command) => [command.id, () => current?.(command.id)])) as Record<InboxCommandId, () => void>
