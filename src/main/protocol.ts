import { stat } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { net, protocol } from 'electron'
import { CONTENT_SECURITY_POLICY } from '@shared/contentSecurityPolicy'
import { APP_HOST, APP_SCHEME } from './appOrigin'

export { CONTENT_SECURITY_POLICY } from '@shared/contentSecurityPolicy'

/** Must run before the app is ready. `standard` and `secure` give app:// a real origin with IndexedDB and fetch. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } }
  ])
}

/**
 * The file inside `rootDir` that an app://opsdeck/ URL names, or null when the
 * URL is for another host or would climb out of `rootDir` (`..`, encoded or not).
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let parsed: URL
  let pathname: string
  try {
    parsed = new URL(url)
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || pathname.includes('\0')) return null
  const root = resolve(rootDir)
  const target = resolve(root, pathname.replace(/^[/\\]+/, ''))
  const inside = relative(root, target)
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null
  return inside === '' ? join(root, 'index.html') : target
}

export type FetchFile = (fileUrl: string) => Promise<Response>

/**
 * Serves the built renderer. A path without an extension is a route of the
 * single-page app and gets index.html; a missing asset (say a stale .js chunk)
 * is a 404 rather than HTML that the browser would refuse as a script.
 */
export function createAppRequestHandler(rootDir: string, fetchFile: FetchFile = (fileUrl) => net.fetch(fileUrl)) {
  const indexPath = join(resolve(rootDir), 'index.html')
  return async (request: Request): Promise<Response> => {
    const path = resolveAppPath(rootDir, request.url)
    if (path === null) return withSecurityHeaders(notFound())
    const servedPath = (await isFile(path)) ? path : extname(path) === '' ? indexPath : null
    if (servedPath === null) return withSecurityHeaders(notFound())
    const response = await fetchFile(pathToFileURL(servedPath).toString())
    return withSecurityHeaders(response, extname(servedPath).toLowerCase() === '.html' ? 'text/html; charset=utf-8' : undefined)
  }
}

export function registerAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir))
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}

/**
 * Every response carries the policy, not only pages: a worker script gets its
 * CSP from its own response, so a worker served without one could eval.
 */
function withSecurityHeaders(response: Response, fallbackContentType?: string): Response {
  const headers = new Headers(response.headers)
  headers.set('content-security-policy', CONTENT_SECURITY_POLICY)
  headers.set('x-content-type-options', 'nosniff')
  if (fallbackContentType !== undefined && !headers.has('content-type')) headers.set('content-type', fallbackContentType)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}
