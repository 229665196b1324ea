import { formatBytes } from '../format/bytes'

/** Left free on top of the estimate: a database that fills the disk mid-write may be lost whole. */
export const spaceMarginBytes = 256 * 1024 * 1024

/** IndexedDB keeps a feedback CSV in about 1.6 times its size (rows, indexes, history). */
export const csvToDatabaseFactor = 1.6

/**
 * Whether work that writes about `neededBytes` fits in `freeBytes` with the margin; a message with the
 * numbers when it does not. Unknown free space passes: the platform did not say, and refusing would be a guess.
 */
export function checkFreeSpace({ what, neededBytes, freeBytes, locale }: { what: string; neededBytes: number; freeBytes: number | undefined; locale?: string }): string | undefined {
  if (freeBytes === undefined || !Number.isFinite(freeBytes)) return undefined
  const needed = Math.ceil(neededBytes) + spaceMarginBytes
  if (freeBytes >= needed) return undefined
  return `${what} needs about ${formatBytes(needed, locale)} of free space (${formatBytes(Math.ceil(neededBytes), locale)} and a margin of ${formatBytes(spaceMarginBytes, locale)}), but only ${formatBytes(Math.max(0, freeBytes), locale)} is free. Free some space and try again.`
}
