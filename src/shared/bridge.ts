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

/** Bytes of `text` in UTF-8, counted without encoding it (a lone surrogate counts as the 3 bytes of U+FFFD). */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/** At most `limit` bytes once written as UTF-8: a character can take up to 3 bytes, so a count of characters is not enough. */
export function fitsUtf8Limit(text: string, limit: number): boolean {
  return text.length * 3 <= limit || (text.length <= limit && utf8ByteLength(text) <= limit)
}

/** Schemes a link may open outside the app: the web and e-mail. file:, smb:, javascript:, data: and custom schemes never. */
export const EXTERNAL_LINK_PROTOCOLS: readonly string[] = ['https:', 'http:', 'mailto:']

export function isExternalLinkUrl(value: string): boolean {
  try {
    return EXTERNAL_LINK_PROTOCOLS.includes(new URL(value).protocol)
  } catch {
    return false
  }
}

export const saveFileArgsSchema = z.object({
  title: z.string().max(200).optional(),
  suggestedName: z
    .string()
    .min(1)
    .max(255)
    .refine((name) => !/[\\/]/.test(name), 'A file name cannot contain a slash'),
  filters: z.array(fileFilterSchema).max(10).default([]),
  data: z.union([
    z.string().max(MAX_SAVE_BYTES).refine((text) => fitsUtf8Limit(text, MAX_SAVE_BYTES), 'File too large: more than 512 MiB once written'),
    z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_SAVE_BYTES, 'File too large: more than 512 MiB')
  ])
})
export type SaveFileArgs = z.input<typeof saveFileArgsSchema>

export type SaveFileResult = { saved: false } | { saved: true; fileId: string; name: string }

export const showItemInFolderArgsSchema = z.object({ fileId: z.string().uuid() })
export type ShowItemInFolderArgs = z.infer<typeof showItemInFolderArgsSchema>

export const openExternalArgsSchema = z.object({
  url: z
    .string()
    .max(4096)
    .refine(isExternalLinkUrl, 'Only web (http, https) and e-mail (mailto) links can be opened')
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

// ---- Backups (issue 13). Backups are named by id; their paths never leave main. ----

/** A backup crosses the bridge whole once, when it is written; 1 GiB is far beyond a workspace of a million rows. */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024

/** "20261202T064000Z-1a2b3c4d": the time it was written (UTC) and a random suffix. */
export const backupIdPattern = /^\d{8}T\d{6}Z-[0-9a-f]{8}$/
export const backupIdSchema = z.string().regex(backupIdPattern, 'Not a backup id')

export const writeBackupArgsSchema = z.object({
  /** A workspace file (src/shared/workspaceFile): its header says what it is; main verifies it after writing. */
  data: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_BACKUP_BYTES, 'A backup is between 1 byte and 1 GiB')
})
export type WriteBackupArgs = z.infer<typeof writeBackupArgsSchema>

export const readBackupChunkArgsSchema = z.object({
  id: backupIdSchema,
  offset: z.number().int().min(0),
  length: z.number().int().min(1).max(MAX_CHUNK_BYTES)
})
export type ReadBackupChunkArgs = z.infer<typeof readBackupChunkArgsSchema>

export const backupIdArgsSchema = z.object({ id: backupIdSchema })
export type BackupIdArgs = z.infer<typeof backupIdArgsSchema>

export interface BackupEntry {
  id: string
  createdAt: string
  size: number
  reason: string
  appVersion: string
  schemaVersion: number
  counts: Record<string, number>
  /** Read back after writing: checksum and counts matched. */
  verified: boolean
}

export interface BackupList {
  /** 'folder': files in the backups folder (the desktop app's, or one a browser was granted); 'browser': copies kept in this browser's storage. */
  location: 'folder' | 'browser'
  backups: BackupEntry[]
  /** Free bytes on the disk that holds the backups, where the platform says. */
  freeBytes?: number
}

/**
 * Where backups go. In the desktop app: the backups folder in its data folder ('default') or a folder the
 * user chose ('chosen'). In a browser: this browser's storage with downloads ('browser'), or a folder the
 * user granted once through the File System Access API ('chosen').
 */
export interface BackupLocation {
  kind: 'default' | 'chosen' | 'browser'
  /** For people to read only (a path on the desktop, a folder's name in a browser); nothing sends it back. */
  display: string
  /**
   * 'ready': backups can be written there. 'needs-permission': the browser must be asked again, from a click
   * (Grant access again). 'unavailable': the folder cannot be written now (a removed drive), see `problem`.
   */
  access: 'ready' | 'needs-permission' | 'unavailable'
  problem?: string
  /** A folder can be chosen: always in the desktop app, in a browser that has showDirectoryPicker. */
  canChooseFolder: boolean
  /** Automatic backups run: a ready folder, in the desktop app or a browser. */
  automatic: boolean
}

export interface BackupBridge {
  /** Writes a workspace file as a new backup, reads it back and verifies it; refused (and removed) when it does not verify. */
  writeBackup(args: WriteBackupArgs): Promise<BackupEntry>
  /** The backups, newest first. */
  listBackups(): Promise<BackupList>
  /** Bytes [offset, offset+length) of a backup; an empty array past its end. */
  readBackupChunk(args: ReadBackupChunkArgs): Promise<Uint8Array>
  showBackupInFolder(args: BackupIdArgs): Promise<void>
  getBackupLocation(): Promise<BackupLocation>
  /** Asks for a folder, checks that it can be written and remembers it; null when the dialog was cancelled. */
  chooseBackupFolder(): Promise<BackupLocation | null>
  /** Back to the default: the data folder's backups folder, or this browser's storage and downloads. */
  useDefaultBackupFolder(): Promise<BackupLocation>
  /** Asks again for access to the chosen folder (a browser's permission; a drive that is back). Call it from a click. */
  reconnectBackupFolder(): Promise<BackupLocation>
}

export const logErrorArgsSchema = z.object({
  /** Where it happened: "Playbooks page", "Dashboard card Metrics", "window". */
  where: z.string().min(1).max(200),
  message: z.string().max(4000),
  stack: z.string().max(20_000).optional()
})
export type LogErrorArgs = z.infer<typeof logErrorArgsSchema>

export interface ErrorLogBridge {
  /** Appends an error to the local log file (main); the browser build keeps it in the console. */
  logError(args: LogErrorArgs): Promise<void>
  /** Shows the log file in its folder; the browser build has none. */
  showErrorLog(): Promise<void>
}

const backupArgSchemas = {
  writeBackup: writeBackupArgsSchema,
  listBackups: z.undefined(),
  readBackupChunk: readBackupChunkArgsSchema,
  showBackupInFolder: backupIdArgsSchema,
  getBackupLocation: z.undefined(),
  chooseBackupFolder: z.undefined(),
  useDefaultBackupFolder: z.undefined(),
  reconnectBackupFolder: z.undefined(),
  logError: logErrorArgsSchema,
  showErrorLog: z.undefined()
} as const

// ---- end of backups ----

export interface DesktopBridge extends BackupBridge, ErrorLogBridge {
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
  savePdf: savePdfArgsSchema,
  ...backupArgSchemas
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
