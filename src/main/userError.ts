import { BRIDGE_ERROR_PREFIX } from '@shared/bridge'

/** An error whose message the renderer shows to the user as it is. */
export function userError(message: string): Error {
  return new Error(BRIDGE_ERROR_PREFIX + message)
}

export function isUserError(error: unknown): error is Error {
  return error instanceof Error && error.message.startsWith(BRIDGE_ERROR_PREFIX)
}
