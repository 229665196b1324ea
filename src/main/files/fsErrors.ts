const reasons: Record<string, string> = {
  ENOENT: 'it was moved or deleted',
  EACCES: 'permission was denied',
  EPERM: 'permission was denied, or another program has the file open',
  EBUSY: 'another program has the file open',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  EISDIR: 'it is a folder, not a file',
  EDANGLINGLINK: 'it is a link to a file that does not exist'
}

/** A reason the user can act on, from a Node file-system error. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const reason = code === undefined ? undefined : reasons[code]
  return reason ?? (error instanceof Error ? error.message : String(error))
}
