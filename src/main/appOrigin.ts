/**
 * The renderer's origin, fixed before the first release: IndexedDB data belongs
 * to it, and a new origin would make every user's workspace look lost.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'opsdeck'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * `scheme://host[:port]` of a URL, or null when it has none. Node's `URL#origin`
 * is the opaque 'null' for custom schemes like app:, so it is built by hand.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null
  } catch {
    return null
  }
}
