import { z } from 'zod'
import type { bridgeChannels } from './bridgeChannels'

/**
 * The one contract between the renderer and the desktop. The preload and the
 * browser bridge both `satisfies DesktopBridge`; main parses every argument
 * with the schema below before it touches the disk.
 */

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[A-Za-z0-9*]{1,16}$/)).min(1).max(20)
})
export type FileFilter = z.infer<typeof fileFilterSchema>

export const openFilesArgsSchema = z.object({
  title: z.string().max(200).optional(),
  filters: z.array(fileFilterSchema).max(10).default([]),
  multiple: z.boolean().default(false),
  // Playbook import: choose a folder (an Obsidian vault, an unpacked export); its files come back with relativePath.
  directory: z.boolean().default(false)
})
export type OpenFilesArgs = z.input<typeof openFilesArgsSchema>

/** A file the user chose. Its bytes are read in chunks through `readFileChunk`, never all at once. */
export interface OpenedFile {
  token: string
  name: string
  size: number
  lastModified: number
  /** For a file of a chosen folder: its path from the folder ("Ops vault/Runbooks/Release.md"), "/" separated. */
  relativePath?: string
}

/** A chosen folder yields at most this many files; a bigger one is not a space export. */
export const MAX_FOLDER_FILES = 5000

/** 64 MiB is far beyond a useful chunk and keeps a bad caller from exhausting memory. */
export const MAX_CHUNK_BYTES = 64 * 1024 * 1024

export const readFileChunkArgsSchema = z.object({
  token: z.string().uuid(),
  offset: z.number().int().min(0),
  length: z.number().int().min(1).max(MAX_CHUNK_BYTES)
})
export type ReadFileChunkArgs = z.infer<typeof readFileChunkArgsSchema>

export const closeFileArgsSchema = z.object({ token: z.string().uuid() })
export type CloseFileArgs = z.infer<typeof closeFileArgsSchema>

/** 512 MiB: larger exports should be streamed, which no caller needs yet. */
export const MAX_SAVE_BYTES = 512 * 1024 * 1024

export const saveFileArgsSchema = z.object({
  title: z.string().max(200).optional(),
  suggestedName: z
    .string()
    .min(1)
    .max(255)
    .refine((name) => !/[\\/]/.test(name), 'A file name cannot contain a slash'),
  filters: z.array(fileFilterSchema).max(10).default([]),
  data: z.union([z.string().max(MAX_SAVE_BYTES), z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_SAVE_BYTES, 'File too large')])
})
export type SaveFileArgs = z.input<typeof saveFileArgsSchema>

export type SaveFileResult = { saved: false } | { saved: true; fileId: string; name: string }

export const showItemInFolderArgsSchema = z.object({ fileId: z.string().uuid() })
export type ShowItemInFolderArgs = z.infer<typeof showItemInFolderArgsSchema>

export const openExternalArgsSchema = z.object({
  url: z
    .string()
    .max(4096)
    .refine((value) => {
      try {
        return new URL(value).protocol === 'https:'
      } catch {
        return false
      }
    }, 'Only https links can be opened')
})
export type OpenExternalArgs = z.infer<typeof openExternalArgsSchema>

export const showNotificationArgsSchema = z.object({
  title: z.string().min(1).max(200),
  body: z.string().max(2000).default(''),
  /** Notifications with the same tag replace each other instead of piling up. */
  tag: z.string().max(200).optional()
})
export type ShowNotificationArgs = z.input<typeof showNotificationArgsSchema>

export const savePdfArgsSchema = z.object({
  title: z.string().max(200).optional(),
  suggestedName: z
    .string()
    .min(1)
    .max(255)
    .refine((name) => !/[\\/]/.test(name), 'A file name cannot contain a slash')
    .refine((name) => name.toLowerCase().endsWith('.pdf'), 'A PDF file name ends in .pdf'),
  /** A complete, self-contained HTML document (inline styles, no scripts) to print. */
  html: z.string().min(1).max(20 * 1024 * 1024)
})
export type SavePdfArgs = z.input<typeof savePdfArgsSchema>

export interface AppInfo {
  name: string
  version: string
  platform: 'darwin' | 'win32' | 'linux' | 'web'
  /** True inside Electron; false for the browser build. */
  desktop: boolean
}

export interface DesktopBridge {
  getAppInfo(): Promise<AppInfo>
  /** Asks the user for files; null when the dialog was cancelled. */
  openFiles(args: OpenFilesArgs): Promise<OpenedFile[] | null>
  /** Bytes [offset, offset+length) of an opened file; an empty array past its end. */
  readFileChunk(args: ReadFileChunkArgs): Promise<Uint8Array>
  closeFile(args: CloseFileArgs): Promise<void>
  saveFile(args: SaveFileArgs): Promise<SaveFileResult>
  showItemInFolder(args: ShowItemInFolderArgs): Promise<void>
  openExternal(args: OpenExternalArgs): Promise<void>
  /** A desktop notification (Electron's Notification; the browser's Notification API in the web build). */
  showNotification(args: ShowNotificationArgs): Promise<void>
  /** Prints an HTML document to PDF and asks where to save it; the browser build opens its print dialog. */
  savePdf(args: SavePdfArgs): Promise<SaveFileResult>
  /** Commands chosen in the native menu; returns a function that stops listening. */
  onCommand(listener: (commandId: string) => void): () => void
}

export { bridgeChannels, commandEventChannel } from './bridgeChannels'

export type InvokedMethod = keyof typeof bridgeChannels

/** Schemas of each invoked method's single argument (undefined where it takes none). */
export const bridgeArgSchemas = {
  getAppInfo: z.undefined(),
  openFiles: openFilesArgsSchema,
  readFileChunk: readFileChunkArgsSchema,
  closeFile: closeFileArgsSchema,
  saveFile: saveFileArgsSchema,
  showItemInFolder: showItemInFolderArgsSchema,
  openExternal: openExternalArgsSchema,
  showNotification: showNotificationArgsSchema,
  savePdf: savePdfArgsSchema
} as const satisfies Record<InvokedMethod, z.ZodType>

/** Errors crossing the bridge keep only their message; this prefix marks the ones meant for the user. */
export const BRIDGE_ERROR_PREFIX = 'Opsdeck: '

export type BridgeArgs<M extends InvokedMethod> = z.output<(typeof bridgeArgSchemas)[M]>

/**
 * Checks one method's argument against the contract. Main and the browser
 * bridge both call this, so a bad request fails the same way in both builds.
 */
export function parseBridgeArgs<M extends InvokedMethod>(method: M, arg: unknown): { ok: true; data: BridgeArgs<M> } | { ok: false; message: string } {
  // TypeScript cannot follow a generic index into the schema table; BridgeArgs keeps the result honest.
  const schema = bridgeArgSchemas[method] as unknown as z.ZodType<BridgeArgs<M>>
  const parsed = schema.safeParse(arg)
  if (parsed.success) return { ok: true, data: parsed.data }
  const issues = parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'argument'}: ${issue.message}`).join('; ')
  return { ok: false, message: `Invalid request to ${method}: ${issues}` }
}
