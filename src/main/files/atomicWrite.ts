import { randomUUID } from 'node:crypto'
import { lstat, open, realpath, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Writes `data` to `path` so that a crash or a full disk leaves either the old
 * file or the new one, never half of one: temp file beside it, fsync, rename.
 * A file that exists keeps its permissions (a 0600 file stays private), and a
 * symlink is written through to the file it points to, never replaced by a file.
 */
export async function atomicWrite(requestedPath: string, data: string | Uint8Array): Promise<void> {
  const path = await writeTarget(requestedPath)
  const existingMode = await stat(path).then(
    (stats) => stats.mode & 0o7777,
    () => undefined
  )
  const tempPath = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`)
  try {
    const handle = await open(tempPath, 'wx', existingMode ?? 0o666)
    try {
      // open() applies the umask; an existing file's mode is restored exactly.
      if (existingMode !== undefined) await handle.chmod(existingMode)
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(tempPath, path)
  } catch (error) {
    await rm(tempPath, { force: true })
    throw error
  }
  await syncDirectory(dirname(path))
}

/** The file a write to `path` lands in: the path itself, or the end of its chain of symlinks. */
async function writeTarget(path: string): Promise<string> {
  const link = await lstat(path).catch(() => undefined)
  if (!link?.isSymbolicLink()) return path
  try {
    return await realpath(path)
  } catch {
    // A dangling link: writing through would create a file wherever it points, replacing it would break the link.
    throw Object.assign(new Error(`${basename(path)} is a link to a file that does not exist`), { code: 'EDANGLINGLINK' })
  }
}

/** Makes the rename itself durable. Windows cannot open a folder for syncing; the rename is durable there already. */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Best effort only: the file itself is already complete on disk.
  }
}
