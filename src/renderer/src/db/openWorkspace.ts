import { storageProblemOf, type StorageProblem } from '@shared/storageErrors'
import { db } from './db'

export interface OpenFailure {
  /** A connection closed or aborted while opening reads as a database that would not open. */
  problem: Exclude<StorageProblem, 'closed' | 'aborted'>
  message: string
}

/**
 * Opens the workspace's database before the app draws, so that a database that will not open (written by a newer
 * Opsdeck, damaged, refused by the disk) gets one clear screen instead of a failing query on every page.
 */
export async function openWorkspace(): Promise<OpenFailure | undefined> {
  // Dexie 4 opens a database a newer version left at its higher version; this Opsdeck would then write records
  // without what the newer one expects. It stays closed, untouched, and the screen says to update.
  const declared = db.verno
  try {
    await db.open()
    const found = db.backendDB().version / 10
    if (found > declared) {
      db.close()
      return { problem: 'newer', message: `The workspace is at version ${found}; this Opsdeck knows versions up to ${declared}.` }
    }
    return undefined
  } catch (error) {
    const problem = storageProblemOf(error) ?? 'unopenable'
    return { problem: problem === 'aborted' || problem === 'closed' ? 'unopenable' : problem, message: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * Replaces a database that cannot be opened with an empty one, for a restore to fill. Only ever run after the
 * person confirmed it: what the damaged database still held is gone (its backups are kept elsewhere).
 */
export async function replaceUnopenableWorkspace(): Promise<void> {
  db.close()
  await db.delete({ disableAutoOpen: false })
  await db.open()
}
