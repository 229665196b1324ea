import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it, expect, vi, beforeEach } from 'vitest'
import { BRIDGE_ERROR_PREFIX, parseBridgeArgs, savePdfArgsSchema } from '@shared/bridge'
import type { ShowSaveDialog } from '../../../src/main/files/savedFiles'

type Listener = (...args: unknown[]) => unknown

const electron = vi.hoisted(() => {
  const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x00, 0xff])
  const windows: {
    options: { show?: boolean; webPreferences?: Record<string, unknown> }
    listeners: Map<string, Listener>
    windowOpenHandler: Listener | undefined
    loadURL: ReturnType<typeof vi.fn>
    printToPDF: ReturnType<typeof vi.fn>
    destroy: ReturnType<typeof vi.fn>
    destroyed: boolean
  }[] = []
  const behaviour = {
    load: async (_url: string): Promise<void> => undefined,
    print: async (_options: unknown): Promise<Uint8Array> => pdf
  }
  const pdfSession = {
    beforeRequest: undefined as Listener | undefined,
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    webRequest: { onBeforeRequest: vi.fn((listener: Listener) => (pdfSession.beforeRequest = listener)) },
    setPermissionRequestHandler: vi.fn((handler: Listener) => (pdfSession.permissionRequest = handler)),
    setPermissionCheckHandler: vi.fn((handler: Listener) => (pdfSession.permissionCheck = handler))
  }
  return { pdf, windows, behaviour, pdfSession, fromPartition: vi.fn(() => pdfSession) }
})

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: unknown
    constructor(options: (typeof electron.windows)[number]['options']) {
      const record: (typeof electron.windows)[number] = {
        options,
        listeners: new Map(),
        windowOpenHandler: undefined,
        loadURL: vi.fn((url: string) => electron.behaviour.load(url)),
        printToPDF: vi.fn((printOptions: unknown) => electron.behaviour.print(printOptions)),
        destroy: vi.fn(() => (record.destroyed = true)),
        destroyed: false
      }
      electron.windows.push(record)
      this.webContents = {
        on: (event: string, listener: Listener) => record.listeners.set(event, listener),
        setWindowOpenHandler: (handler: Listener) => (record.windowOpenHandler = handler),
        printToPDF: record.printToPDF
      }
      Object.assign(this, { loadURL: record.loadURL, destroy: record.destroy, isDestroyed: () => record.destroyed })
    }
  }
  return { BrowserWindow, session: { fromPartition: electron.fromPartition } }
})

const { MAX_DATA_URL_CHARS, PDF_PARTITION, htmlDataUrl, printHtmlToPdf, savePdf } = await import('../../../src/main/files/savePdf')

const html = '<!doctype html><html><head><title>Q3 report</title><style>h1 { color: #0b7285 }</style></head><body><h1>Onboarding — 92 % #1</h1></body></html>'
const dataUrl = `data:text/html;charset=utf-8,${encodeURIComponent(html)}`

let tempDir: string
beforeEach(async () => {
  electron.windows.length = 0
  electron.behaviour.load = async () => undefined
  electron.behaviour.print = async () => electron.pdf
  tempDir = await mkdtemp(join(tmpdir(), 'opsdeck-pdf-'))
})

function onlyWindow() {
  expect(electron.windows).toHaveLength(1)
  return electron.windows[0]!
}

function deps(showSaveDialog: ShowSaveDialog, registry = new Map<string, string>()) {
  return { printToPdf: printHtmlToPdf, showSaveDialog, documentsDir: tempDir, registry }
}

describe('printHtmlToPdf', () => {
  it('prints the document in a hidden, sandboxed window without script or preload, then closes it', async () => {
    const bytes = await printHtmlToPdf(html)
    expect([...bytes]).toEqual([...electron.pdf])
    const window = onlyWindow()
    expect(window.options.show).toBe(false)
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, javascript: false, webSecurity: true })
    expect(window.options.webPreferences).not.toHaveProperty('preload')
    expect(window.options.webPreferences?.['session']).toBe(electron.pdfSession)
    expect(electron.fromPartition).toHaveBeenCalledWith(PDF_PARTITION)
    expect(PDF_PARTITION).not.toMatch(/^persist:/)
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith(dataUrl)
    expect(window.printToPDF).toHaveBeenCalledExactlyOnceWith({ printBackground: true, pageSize: 'A4' })
    expect(window.loadURL.mock.invocationCallOrder[0]).toBeLessThan(window.printToPDF.mock.invocationCallOrder[0]!)
    expect(window.destroy).toHaveBeenCalledOnce()
  })

  it('loads the HTML as a percent-encoded UTF-8 data: URL', () => {
    expect(htmlDataUrl('<p>a&b # ü</p>')).toBe('data:text/html;charset=utf-8,%3Cp%3Ea%26b%20%23%20%C3%BC%3C%2Fp%3E')
    expect(decodeURIComponent(htmlDataUrl(html).slice('data:text/html;charset=utf-8,'.length))).toBe(html)
  })

  it('closes the hidden window even when printing throws, and says what went wrong', async () => {
    electron.behaviour.print = async () => {
      throw new Error('Printing failed')
    }
    await expect(printHtmlToPdf(html)).rejects.toThrow(`${BRIDGE_ERROR_PREFIX}Could not make the PDF: Printing failed`)
    expect(onlyWindow().destroy).toHaveBeenCalledOnce()
  })

  it('closes the hidden window when the document does not load, without printing', async () => {
    electron.behaviour.load = async () => {
      throw new Error('ERR_INVALID_URL (-300) loading data:text/html')
    }
    await expect(printHtmlToPdf(html)).rejects.toThrow(BRIDGE_ERROR_PREFIX)
    const window = onlyWindow()
    expect(window.printToPDF).not.toHaveBeenCalled()
    expect(window.destroy).toHaveBeenCalledOnce()
  })

  it('refuses a document too long for a data: URL before opening a window', async () => {
    await expect(printHtmlToPdf(' '.repeat(MAX_DATA_URL_CHARS / 3 + 1))).rejects.toThrow(`${BRIDGE_ERROR_PREFIX}This document is too large`)
    expect(electron.windows).toHaveLength(0)
  })

  it('lets the window show exactly its document: its own navigations and new windows are refused', async () => {
    await printHtmlToPdf(html)
    const { listeners, windowOpenHandler } = onlyWindow()
    const navigate = (url: string, isMainFrame = true) => {
      const event = { url, isMainFrame, preventDefault: vi.fn() }
      listeners.get('will-frame-navigate')?.(event)
      return event.preventDefault.mock.calls.length > 0
    }
    expect(navigate(dataUrl)).toBe(false)
    expect(navigate('https://example.com/')).toBe(true)
    expect(navigate('app://opsdeck/index.html')).toBe(true)
    expect(navigate('file:///etc/passwd')).toBe(true)
    expect(navigate('data:text/html,other')).toBe(true)
    expect(navigate(dataUrl, false)).toBe(true)
    expect(windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
  })

  it('gives the printer a session that fetches nothing but data: URLs and grants no permission', async () => {
    await printHtmlToPdf(html)
    await printHtmlToPdf(html)
    const { pdfSession } = electron
    expect(pdfSession.webRequest.onBeforeRequest).toHaveBeenCalledOnce()
    const decide = (url: string) => {
      const callback = vi.fn()
      pdfSession.beforeRequest?.({ url }, callback)
      return callback.mock.calls[0]?.[0] as { cancel: boolean }
    }
    expect(decide(dataUrl)).toEqual({ cancel: false })
    expect(decide('data:image/png;base64,iVBORw0KGgo=')).toEqual({ cancel: false })
    for (const url of ['https://tracker.example/pixel.gif', 'http://localhost:5173/', 'file:///etc/passwd', 'app://opsdeck/index.html']) {
      expect(decide(url)).toEqual({ cancel: true })
    }
    const callback = vi.fn()
    pdfSession.permissionRequest?.(null, 'notifications', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(pdfSession.permissionCheck?.()).toBe(false)
  })
})

describe('savePdf', () => {
  it('prints, then writes the PDF bytes atomically where the user chose and remembers the file', async () => {
    const target = join(tempDir, 'Q3 report.pdf')
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: target }))
    const registry = new Map<string, string>()
    const args = savePdfArgsSchema.parse({ title: 'Save report', suggestedName: 'report.pdf', html })
    const result = await savePdf(args, deps(showSaveDialog, registry))
    expect(result).toEqual({ saved: true, fileId: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'Q3 report.pdf' })
    expect(showSaveDialog).toHaveBeenCalledExactlyOnceWith({
      title: 'Save report',
      defaultPath: join(tempDir, 'report.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }]
    })
    expect([...(await readFile(target))]).toEqual([...electron.pdf])
    expect(await readdir(tempDir)).toEqual(['Q3 report.pdf'])
    expect(result.saved && registry.get(result.fileId)).toBe(target)
    expect(onlyWindow().destroy).toHaveBeenCalledOnce()
  })

  it('returns saved: false and writes nothing when the dialog is cancelled', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: true, filePath: '' }))
    const registry = new Map<string, string>()
    expect(await savePdf(savePdfArgsSchema.parse({ suggestedName: 'report.pdf', html }), deps(showSaveDialog, registry))).toEqual({ saved: false })
    expect(await readdir(tempDir)).toEqual([])
    expect(registry.size).toBe(0)
    expect(onlyWindow().destroy).toHaveBeenCalledOnce()
  })

  it('asks nothing when printing fails', async () => {
    electron.behaviour.print = async () => {
      throw new Error('Printing failed')
    }
    const showSaveDialog = vi.fn<ShowSaveDialog>()
    await expect(savePdf(savePdfArgsSchema.parse({ suggestedName: 'report.pdf', html }), deps(showSaveDialog))).rejects.toThrow(/Printing failed/)
    expect(showSaveDialog).not.toHaveBeenCalled()
    expect(onlyWindow().destroy).toHaveBeenCalledOnce()
  })

  it('says why when the PDF cannot be written', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: join(tempDir, 'missing folder', 'report.pdf') }))
    await expect(savePdf(savePdfArgsSchema.parse({ suggestedName: 'report.pdf', html }), deps(showSaveDialog))).rejects.toThrow(
      `${BRIDGE_ERROR_PREFIX}Could not save "report.pdf": it was moved or deleted`
    )
  })

  it('takes only names ending in .pdf without a slash (the contract schema)', () => {
    expect(parseBridgeArgs('savePdf', { suggestedName: 'Report.PDF', html })).toMatchObject({ ok: true })
    for (const suggestedName of ['report', 'report.pdf.html', 'reports/q3.pdf', '..\\q3.pdf']) {
      expect(parseBridgeArgs('savePdf', { suggestedName, html })).toMatchObject({ ok: false, message: expect.stringMatching(/suggestedName/) })
    }
  })
})
