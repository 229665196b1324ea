import { describe, it, expect, vi, beforeEach } from 'vitest'

const openExternal = vi.hoisted(() => vi.fn(async () => undefined))
vi.mock('electron', () => ({ shell: { openExternal } }))

const { hardenWebContents, installSecurityHandlers, isTrustedSender, openExternalSafely } = await import('../../../src/main/security')

type Listener = (...args: unknown[]) => unknown
const packaged = { isPackaged: true, devServerUrl: undefined }
const dev = { isPackaged: false, devServerUrl: 'http://localhost:5173' }

function fakeContents(pageUrl = 'app://opsdeck/index.html') {
  const listeners = new Map<string, Listener>()
  let windowOpenHandler: Listener = () => undefined
  const contents = {
    getURL: () => pageUrl,
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: Listener) => (windowOpenHandler = handler)
  }
  return {
    contents: contents as unknown as Parameters<typeof hardenWebContents>[0],
    emit: (event: string, ...args: unknown[]) => listeners.get(event)?.(...args),
    openWindow: (url: string) => windowOpenHandler({ url })
  }
}

function frameEvent(url: string, parent: unknown = null) {
  return { senderFrame: { url, parent } }
}

beforeEach(() => openExternal.mockClear())

describe('isTrustedSender', () => {
  it('trusts the main frame of our app:// page', () => {
    expect(isTrustedSender(frameEvent('app://opsdeck/index.html#/tools'), true, undefined)).toBe(true)
  })

  it('refuses another site, a look-alike host and a sub-frame', () => {
    expect(isTrustedSender(frameEvent('https://evil.example/'), true, undefined)).toBe(false)
    expect(isTrustedSender(frameEvent('app://opsdeck.evil/index.html'), true, undefined)).toBe(false)
    expect(isTrustedSender(frameEvent('app://opsdeck/index.html', {}), true, undefined)).toBe(false)
    expect(isTrustedSender({ senderFrame: null }, true, undefined)).toBe(false)
  })

  it('trusts the dev server only when the app is not packaged', () => {
    expect(isTrustedSender(frameEvent('http://localhost:5173/'), false, 'http://localhost:5173')).toBe(true)
    expect(isTrustedSender(frameEvent('http://localhost:5174/'), false, 'http://localhost:5173')).toBe(false)
    expect(isTrustedSender(frameEvent('http://localhost:5173/'), true, 'http://localhost:5173')).toBe(false)
  })
})

describe('openExternalSafely', () => {
  it('opens web and e-mail links and nothing else', async () => {
    for (const url of ['https://example.com', 'http://example.com/page', 'mailto:ops@example.com']) expect(await openExternalSafely(url)).toBe(true)
    for (const url of ['file:///etc/passwd', 'smb://host/share', 'javascript:alert(1)', 'data:text/html,<script>1</script>', 'vscode://x', 'not a url']) {
      expect(await openExternalSafely(url)).toBe(false)
    }
    expect(openExternal).toHaveBeenCalledTimes(3)
  })
})

describe('hardenWebContents', () => {
  it('keeps navigation inside our origin and sends https links to the browser', () => {
    const { contents, emit } = fakeContents()
    hardenWebContents(contents, packaged)
    const inside = { url: 'app://opsdeck/index.html', preventDefault: vi.fn() }
    emit('will-navigate', inside)
    expect(inside.preventDefault).not.toHaveBeenCalled()
    const away = { url: 'https://example.com/pricing', preventDefault: vi.fn() }
    emit('will-navigate', away)
    expect(away.preventDefault).toHaveBeenCalled()
    expect(openExternal).toHaveBeenCalledWith('https://example.com/pricing')
  })

  it('blocks navigation to a file: URL without opening it', () => {
    const { contents, emit } = fakeContents()
    hardenWebContents(contents, dev)
    const event = { url: 'file:///etc/passwd', preventDefault: vi.fn() }
    emit('will-navigate', event)
    expect(event.preventDefault).toHaveBeenCalled()
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('denies every new window, opening https ones in the browser', () => {
    const { contents, openWindow } = fakeContents()
    hardenWebContents(contents, packaged)
    expect(openWindow('https://example.com')).toEqual({ action: 'deny' })
    expect(openWindow('app://opsdeck/index.html')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com')
  })

  it('keeps a page that is not ours (the hidden PDF printer) in place without sending its links to the browser', () => {
    const { contents, emit, openWindow } = fakeContents('data:text/html;charset=utf-8,%3Cp%3Ereport%3C%2Fp%3E')
    hardenWebContents(contents, packaged)
    const refresh = { url: 'https://example.com/tracker', preventDefault: vi.fn() }
    emit('will-navigate', refresh)
    expect(refresh.preventDefault).toHaveBeenCalled()
    expect(openWindow('https://example.com/popup')).toEqual({ action: 'deny' })
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('prevents webviews from attaching', () => {
    const { contents, emit } = fakeContents()
    hardenWebContents(contents, packaged)
    const event = { preventDefault: vi.fn() }
    emit('will-attach-webview', event)
    expect(event.preventDefault).toHaveBeenCalled()
  })
})

describe('installSecurityHandlers', () => {
  function install() {
    const appListeners = new Map<string, Listener>()
    let requestHandler: Listener = () => undefined
    let checkHandler: Listener = () => undefined
    const app = { on: (event: string, listener: Listener) => appListeners.set(event, listener) }
    const session = {
      setPermissionRequestHandler: (handler: Listener) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: Listener) => (checkHandler = handler)
    }
    installSecurityHandlers(app as never, session as never, packaged)
    const request = (permission: string, requestingUrl: string): boolean => {
      const callback = vi.fn()
      requestHandler(null, permission, callback, { requestingUrl, isMainFrame: true })
      return callback.mock.calls[0]?.[0] as boolean
    }
    const check = (permission: string, origin: string): boolean => checkHandler(null, permission, origin, {}) as boolean
    return { appListeners, request, check }
  }

  it('grants notifications to our page and nothing else to anyone', () => {
    const { request, check } = install()
    expect(request('notifications', 'app://opsdeck/index.html')).toBe(true)
    expect(check('notifications', 'app://opsdeck')).toBe(true)
    for (const permission of ['media', 'geolocation', 'clipboard-read', 'openExternal', 'usb']) {
      expect(request(permission, 'app://opsdeck/index.html')).toBe(false)
      expect(check(permission, 'app://opsdeck')).toBe(false)
    }
    expect(request('notifications', 'https://evil.example/')).toBe(false)
    expect(check('notifications', 'https://evil.example')).toBe(false)
  })

  it('hardens every web contents as it is created', () => {
    const { appListeners } = install()
    const { contents, openWindow } = fakeContents()
    appListeners.get('web-contents-created')?.({}, contents)
    expect(openWindow('https://example.com')).toEqual({ action: 'deny' })
  })
})
