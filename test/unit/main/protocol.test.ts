import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, it, expect, vi, beforeAll } from 'vitest'

const electron = vi.hoisted(() => ({ registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }))
vi.mock('electron', () => ({ protocol: electron, net: { fetch: vi.fn() } }))

const { CONTENT_SECURITY_POLICY, createAppRequestHandler, registerAppScheme, resolveAppPath } = await import('../../../src/main/protocol')

const root = join(sep, 'opt', 'opsdeck', 'out', 'renderer')

describe('resolveAppPath', () => {
  it('maps app://opsdeck/ paths into the renderer folder', () => {
    expect(resolveAppPath(root, 'app://opsdeck/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'))
    expect(resolveAppPath(root, 'app://opsdeck/fonts/Inter%20Var.woff2')).toBe(join(root, 'fonts', 'Inter Var.woff2'))
  })

  it('serves index.html for the root', () => {
    expect(resolveAppPath(root, 'app://opsdeck/')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://opsdeck')).toBe(join(root, 'index.html'))
  })

  it('never resolves outside the renderer folder, however the dots are written', () => {
    const attempts = [
      'app://opsdeck/../secret',
      'app://opsdeck/%2e%2e/secret',
      'app://opsdeck/%2E%2E/%2e%2e/secret',
      'app://opsdeck/..%2fsecret',
      'app://opsdeck/assets/..%2f..%2f..%2fsecret',
      'app://opsdeck/%2e%2e%2f%2e%2e%2fsecret',
      'app://opsdeck/..%5csecret',
      'app://opsdeck/%2fetc%2fpasswd'
    ]
    for (const url of attempts) {
      const path = resolveAppPath(root, url)
      if (path !== null) expect(path.startsWith(root + sep), `${url} -> ${path}`).toBe(true)
    }
    expect(resolveAppPath(root, 'app://opsdeck/..%2fsecret')).toBeNull()
    expect(resolveAppPath(root, 'app://opsdeck/%2e%2e%2fsecret')).toBeNull()
  })

  it('rejects other hosts, other schemes, broken escapes and NUL bytes', () => {
    expect(resolveAppPath(root, 'app://evil/index.html')).toBeNull()
    expect(resolveAppPath(root, 'app://opsdeck:8080/index.html')).toBeNull()
    expect(resolveAppPath(root, 'file:///opt/opsdeck/out/renderer/index.html')).toBeNull()
    expect(resolveAppPath(root, 'https://opsdeck/index.html')).toBeNull()
    expect(resolveAppPath(root, 'app://opsdeck/%E0%A4%A')).toBeNull()
    expect(resolveAppPath(root, 'app://opsdeck/index.html%00.js')).toBeNull()
  })
})

describe('the app:// request handler', () => {
  let dir: string
  let handler: (request: Request) => Promise<Response>
  const contentTypes: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' }

  beforeAll(async () => {
    const base = await mkdtemp(join(tmpdir(), 'opsdeck-protocol-'))
    dir = join(base, 'renderer')
    await mkdir(join(dir, 'assets'), { recursive: true })
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Opsdeck</title>')
    await writeFile(join(dir, 'assets', 'app.js'), 'console.log(1)')
    await writeFile(join(base, 'secret.txt'), 'do not serve')
    handler = createAppRequestHandler(dir, async (fileUrl) => {
      const path = fileURLToPath(fileUrl)
      return new Response(await readFile(path), { headers: { 'content-type': contentTypes[extname(path)] ?? 'application/octet-stream' } })
    })
  })

  const get = (url: string) => handler(new Request(url))

  it('serves a built asset as it is, with the policy, so that a worker script runs under the CSP too', async () => {
    const response = await get('app://opsdeck/assets/app.js')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('console.log(1)')
    expect(response.headers.get('content-type')).toBe('text/javascript')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('sends the policy with every kind of response, 404s included', async () => {
    for (const url of ['app://opsdeck/assets/app.js', 'app://opsdeck/index.html', 'app://opsdeck/feedback', 'app://opsdeck/assets/missing.js', 'app://elsewhere/x']) {
      expect((await get(url)).headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY)
    }
  })

  it('serves index.html with a strict Content-Security-Policy', async () => {
    const response = await get('app://opsdeck/index.html')
    expect(await response.text()).toContain('<title>Opsdeck</title>')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('falls back to index.html for a route of the single-page app', async () => {
    const response = await get('app://opsdeck/tools/renewals')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>Opsdeck</title>')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('answers 404 for a missing asset, another host and a path outside the folder', async () => {
    expect((await get('app://opsdeck/assets/missing.js')).status).toBe(404)
    expect((await get('app://elsewhere/index.html')).status).toBe(404)
    expect((await get('app://opsdeck/..%2fsecret.txt')).status).toBe(404)
  })
})

describe('the app:// scheme', () => {
  it('is registered as standard and secure, with fetch, streaming and code cache', () => {
    registerAppScheme()
    expect(electron.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } }
    ])
  })

  it('has a policy that allows only our own scripts and no plugins, frames or forms', () => {
    const directives = CONTENT_SECURITY_POLICY.split('; ')
    expect(directives).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "worker-src 'self' blob:",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'"
    ])
  })
})
