import { z } from 'zod'

/** What the first line of every Opsdeck workspace file says it is. */
export const workspaceFileFormat = 'opsdeck-workspace'
/** The layout of the file itself (header line + Dexie export); the database schema has its own version. */
export const workspaceFileFormatVersion = 1

export const workspaceParts = ['playbooks', 'tools', 'feedback', 'people', 'metrics'] as const
export type WorkspacePart = (typeof workspaceParts)[number]

export const backupReasons = ['manual', 'scheduled', 'quit', 'before-restore', 'before-merge', 'before-import', 'before-delete', 'before-upgrade', 'export'] as const
export type BackupReason = (typeof backupReasons)[number]

export const workspaceHeaderSchema = z.object({
  format: z.literal(workspaceFileFormat),
  formatVersion: z.number().int().positive(),
  appVersion: z.string().min(1).max(64),
  schemaVersion: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: true }),
  reason: z.enum(backupReasons),
  /** 'all' for a whole workspace; otherwise the parts an export holds. */
  parts: z.union([z.literal('all'), z.array(z.enum(workspaceParts)).min(1)]),
  /** Rows per table in the content, so a reader can check that nothing went missing. */
  counts: z.record(z.string().max(64), z.number().int().nonnegative()),
  contentBytes: z.number().int().nonnegative(),
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/)
})
export type WorkspaceHeader = z.infer<typeof workspaceHeaderSchema>

/** Everything in a header but what is worked out from the content itself. */
export type WorkspaceHeaderFields = Omit<WorkspaceHeader, 'format' | 'formatVersion' | 'counts' | 'contentBytes' | 'contentSha256'>

/** The sum of a header's counts: the number of records the file holds. */
export function totalRows(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0)
}
