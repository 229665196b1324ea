import { backupIdPattern } from '../bridge'

/**
 * Backups that the browser build writes into a folder the user granted are named by their id:
 * "Opsdeck backup 20261202T064000Z-1a2b3c4d.opsdeck". The name is how Opsdeck knows a file there as its own:
 * retention only ever removes files of exactly this shape, never anything else in the folder.
 */
const fileNamePattern = /^Opsdeck backup (\d{8}T\d{6}Z-[0-9a-f]{8})\.opsdeck$/

export function backupFileName(id: string): string {
  if (!backupIdPattern.test(id)) throw new Error(`Not a backup id: ${id}`)
  return `Opsdeck backup ${id}.opsdeck`
}

/** The id of a file Opsdeck wrote, or undefined for any other name. */
export function backupIdOfFileName(name: string): string | undefined {
  return fileNamePattern.exec(name)?.[1]
}

/** When the backup was written, from its id ("20261202T064000Z-…" → "2026-12-02T06:40:00.000Z"). */
export function backupIdTime(id: string): string {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-/.exec(id)
  if (!match) throw new Error(`Not a backup id: ${id}`)
  const [, year, month, dayOfMonth, hours, minutes, seconds] = match
  return `${year}-${month}-${dayOfMonth}T${hours}:${minutes}:${seconds}.000Z`
}

/** A new id for a backup written at `now`; `random` gives 4 random bytes. */
export function newBackupId(now: Date, random: Uint8Array): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')
  return `${stamp}-${[...random.slice(0, 4)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`
}
