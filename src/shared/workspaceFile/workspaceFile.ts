import { sha256Hex } from './checksum'
import { countsOf, readDexieExportMeta } from './dexieMeta'
import { gunzip, gzip, looksLikeGzip } from './gzip'
import { workspaceFileFormat, workspaceFileFormatVersion, workspaceHeaderSchema, type WorkspaceHeader, type WorkspaceHeaderFields } from './header'

/**
 * An Opsdeck workspace file: gzip of one header line (JSON) and, after it, dexie-export-import's export
 * of the database. The header says what made the file and what is in it; its SHA-256 and counts let a
 * reader prove the content is whole before anything is changed.
 */

export type WorkspaceFileProblemCode = 'foreign' | 'damaged' | 'truncated' | 'newer-format' | 'newer-schema' | 'checksum' | 'counts'

export interface WorkspaceFileProblem {
  code: WorkspaceFileProblemCode
  message: string
}

export type ReadWorkspaceFileResult = { ok: true; header: WorkspaceHeader; content: Uint8Array } | { ok: false; problem: WorkspaceFileProblem }

const encoder = new TextEncoder()
const decoder = new TextDecoder()
const newline = 0x0a
/** A header is well under a kilobyte; a first line longer than this is not ours. */
const maxHeaderBytes = 64 * 1024

export async function encodeWorkspaceFile(fields: WorkspaceHeaderFields, content: Uint8Array): Promise<{ bytes: Uint8Array; header: WorkspaceHeader }> {
  const meta = readDexieExportMeta(content)
  if (!meta) throw new Error('The workspace export is not in the format dexie-export-import writes')
  const header: WorkspaceHeader = {
    format: workspaceFileFormat,
    formatVersion: workspaceFileFormatVersion,
    ...fields,
    counts: countsOf(meta),
    contentBytes: content.byteLength,
    contentSha256: await sha256Hex(content)
  }
  const line = encoder.encode(`${JSON.stringify(header)}\n`)
  const whole = new Uint8Array(line.byteLength + content.byteLength)
  whole.set(line)
  whole.set(content, line.byteLength)
  return { bytes: await gzip(whole), header }
}

function problem(code: WorkspaceFileProblemCode, message: string): { ok: false; problem: WorkspaceFileProblem } {
  return { ok: false, problem: { code, message } }
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  return [...keys].every((key) => a[key] === b[key])
}

/**
 * Reads and proves a workspace file: ours, complete, not newer than this copy of Opsdeck, and its content
 * exactly what the header says (checksum, size and counts). Every refusal says why, naming the file.
 */
export async function readWorkspaceFile(bytes: Uint8Array, { fileName, currentSchemaVersion }: { fileName: string; currentSchemaVersion: number }): Promise<ReadWorkspaceFileResult> {
  if (!looksLikeGzip(bytes)) return problem('foreign', `${fileName} is not an Opsdeck workspace file.`)
  let whole: Uint8Array
  try {
    whole = await gunzip(bytes)
  } catch {
    return problem('truncated', `${fileName} is incomplete or damaged: it could not be decompressed to its end. Nothing was changed.`)
  }
  const end = whole.subarray(0, maxHeaderBytes).indexOf(newline)
  if (end < 0) return problem('foreign', `${fileName} is not an Opsdeck workspace file.`)
  let raw: unknown
  try {
    raw = JSON.parse(decoder.decode(whole.subarray(0, end)))
  } catch {
    return problem('foreign', `${fileName} is not an Opsdeck workspace file.`)
  }
  if ((raw as { format?: unknown } | null)?.format !== workspaceFileFormat) return problem('foreign', `${fileName} is not an Opsdeck workspace file.`)
  const formatVersion = (raw as { formatVersion?: unknown }).formatVersion
  if (typeof formatVersion === 'number' && formatVersion > workspaceFileFormatVersion) {
    return problem('newer-format', `${fileName} was made by a newer version of Opsdeck (file format ${formatVersion}). Update Opsdeck to open it.`)
  }
  const parsed = workspaceHeaderSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return problem('damaged', `${fileName} has a damaged header (${issue?.path.map(String).join('.') || 'header'}: ${issue?.message ?? 'unexpected'}).`)
  }
  const header = parsed.data
  if (header.schemaVersion > currentSchemaVersion) {
    return problem('newer-schema', `${fileName} was made by Opsdeck ${header.appVersion}, whose workspace (version ${header.schemaVersion}) is newer than this copy reads (version ${currentSchemaVersion}). Update Opsdeck to restore it.`)
  }
  const content = whole.subarray(end + 1)
  if (content.byteLength !== header.contentBytes) {
    return problem('truncated', `${fileName} is incomplete: it holds ${content.byteLength} of ${header.contentBytes} bytes of data. Nothing was changed.`)
  }
  if ((await sha256Hex(content)) !== header.contentSha256) {
    return problem('checksum', `${fileName} is damaged: its data does not match its checksum. Nothing was changed.`)
  }
  const meta = readDexieExportMeta(content)
  if (!meta) return problem('damaged', `${fileName} is damaged: its data is not a workspace export.`)
  if (meta.databaseVersion !== header.schemaVersion || !sameCounts(countsOf(meta), header.counts)) {
    return problem('counts', `${fileName} is damaged: its data does not hold the records its header lists.`)
  }
  return { ok: true, header, content }
}
