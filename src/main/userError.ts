import { BRIDGE_ERROR_PREFIX } from '@shared/bridge'

/** An error whose message the renderer shows to the user as it is. */
export function userError(message: string): Error {
  return new Error(BRIDGE_ERROR_PREFIX + message)
}
