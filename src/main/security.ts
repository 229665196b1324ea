import { shell, type App, type Session, type WebContents } from 'electron'
import { isExternalLinkUrl } from '@shared/bridge'
import { APP_ORIGIN, originOf } from './appOrigin'

/** Who may talk to main: our app:// origin, and the dev server only in an unpackaged build. */
export interface TrustOptions {
  isPackaged: boolean
  devServerUrl: string | undefined
}

export function isTrustedUrl(url: string, isPackaged: boolean, devServerUrl: string | undefined): boolean {
  const origin = originOf(url)
  if (origin === null) return false
  if (origin === APP_ORIGIN) return true
  return !isPackaged && devServerUrl !== undefined && origin === originOf(devServerUrl)
}

/** The part of an IPC event that says who sent it (IpcMainInvokeEvent fits). */
export interface SenderEvent {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null
}

/** Only a top-level frame showing our own page may use the bridge: never an iframe, never another site. */
export function isTrustedSender(event: SenderEvent, isPackaged: boolean, devServerUrl: string | undefined): boolean {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null) return false
  return isTrustedUrl(frame.url, isPackaged, devServerUrl)
}

/** Opens a web or e-mail link outside the app; file:, smb: or custom schemes could run programs. */
export async function openExternalSafely(url: string): Promise<boolean> {
  if (!isExternalLinkUrl(url)) return false
  await shell.openExternal(url)
  return true
}

function openLinkInBrowser(url: string): void {
  openExternalSafely(url).catch((error: unknown) => console.warn('Could not open link', url, error))
}

/**
 * Keeps a window's page on our origin: links leave for the browser, new windows and webviews never open.
 * Only our own page may send a link to the browser; any other page (the hidden PDF printer's) just stays put.
 */
export function hardenWebContents(contents: WebContents, { isPackaged, devServerUrl }: TrustOptions): void {
  const isOurPage = (): boolean => isTrustedUrl(contents.getURL(), isPackaged, devServerUrl)
  contents.on('will-navigate', (event) => {
    if (isTrustedUrl(event.url, isPackaged, devServerUrl)) return
    event.preventDefault()
    if (isOurPage()) openLinkInBrowser(event.url)
  })
  contents.setWindowOpenHandler(({ url }) => {
    if (isOurPage()) openLinkInBrowser(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/**
 * Notifications are the one permission granted: tool-renewal reminders use them.
 * Opsdeck needs no camera, microphone, location, clipboard reading, USB or the
 * like, and each permission granted would be one more thing a compromised page
 * could use.
 */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['notifications'])

export function installSecurityHandlers(
  app: Pick<App, 'on'>,
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  trust: TrustOptions
): void {
  const { isPackaged, devServerUrl } = trust
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, trust))
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(GRANTED_PERMISSIONS.has(permission) && isTrustedUrl(details.requestingUrl, isPackaged, devServerUrl))
  })
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return GRANTED_PERMISSIONS.has(permission) && isTrustedUrl(requestingOrigin, isPackaged, devServerUrl)
  })
}
