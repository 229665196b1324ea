import { join } from 'node:path'
import { BrowserWindow, session, type PrintToPDFOptions, type Session, type WebContents, type WebPreferences } from 'electron'
import type { z } from 'zod'
import type { SaveFileResult, savePdfArgsSchema } from '@shared/bridge'
import { userError } from '../userError'
import { writeSavedFile, type SavedFileRegistry, type ShowSaveDialog } from './savedFiles'

/** Chromium refuses to navigate to a URL longer than 2 MiB (url::kMaxURLChars); a longer data: URL would load nothing. */
export const MAX_DATA_URL_CHARS = 2 * 1024 * 1024

/** An in-memory session (no "persist:"), apart from the app's: it has no app:// handler, no storage and no network. */
export const PDF_PARTITION = 'opsdeck-pdf'

/** The printer's page gets no script, no Node and no preload: it only lays out the HTML it was given. */
export const pdfWindowWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  javascript: false,
  webSecurity: true,
  webviewTag: false,
  spellcheck: false
} as const satisfies WebPreferences

/** Margins are left to Chromium's default (1 cm): Electron's printToPDF takes them in inches and has no marginType. */
export const pdfPrintOptions = { printBackground: true, pageSize: 'A4' } as const satisfies PrintToPDFOptions

export function htmlDataUrl(html: string): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`
}

/**
 * Keeps a page on the one document it was loaded with. loadURL itself emits no
 * navigation event; anything the page starts (a meta refresh, a link, a frame) is
 * refused, and it may open no window.
 */
export function confineToDocument(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, url: string): void {
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame || event.url !== url) event.preventDefault()
  })
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

const lockedSessions = new WeakSet<Session>()

/** The printer's session: data: URLs only (the document and its inline images and fonts), no permissions. */
function pdfSession(): Session {
  const pdf = session.fromPartition(PDF_PARTITION)
  if (!lockedSessions.has(pdf)) {
    pdf.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }))
    pdf.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
    pdf.setPermissionCheckHandler(() => false)
    lockedSessions.add(pdf)
  }
  return pdf
}

/** Lays out `html` in a hidden window and prints it to PDF bytes. The window is closed whatever happens. */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const url = htmlDataUrl(html)
  if (url.length > MAX_DATA_URL_CHARS) throw userError('This document is too large to save as a PDF.')
  const window = new BrowserWindow({ show: false, webPreferences: { ...pdfWindowWebPreferences, session: pdfSession() } })
  try {
    confineToDocument(window.webContents, url)
    await window.loadURL(url)
    return await window.webContents.printToPDF(pdfPrintOptions)
  } catch (error) {
    throw userError(`Could not make the PDF: ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    if (!window.isDestroyed()) window.destroy()
  }
}

export interface SavePdfDeps {
  printToPdf: (html: string) => Promise<Uint8Array>
  showSaveDialog: ShowSaveDialog
  documentsDir: string
  registry: SavedFileRegistry
}

/** Prints first, so a document that cannot be printed fails before the user picks a place for it. */
export async function savePdf(args: z.output<typeof savePdfArgsSchema>, deps: SavePdfDeps): Promise<SaveFileResult> {
  const pdf = await deps.printToPdf(args.html)
  const result = await deps.showSaveDialog({
    title: args.title,
    defaultPath: join(deps.documentsDir, args.suggestedName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }]
  })
  if (result.canceled || !result.filePath) return { saved: false }
  return writeSavedFile(result.filePath, pdf, deps.registry)
}
