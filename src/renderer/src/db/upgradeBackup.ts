import { Dexie } from 'dexie'
import type { WorkspaceHeader } from '@shared/workspaceFile'
import { DATABASE_NAME, db } from './db'
import { snapshotWorkspace } from './workspaceSnapshot'

/** The schema version this copy of Opsdeck opens the database at (the newest `version(n)`). Reading it opens nothing. */
export function appSchemaVersion(): number {
  return db.verno
}

/** Whether a database exists at a version older than `targetVersion`: one cheap call, no open. */
export async function upgradePending(targetVersion: number, name = DATABASE_NAME): Promise<boolean> {
  const existing = (await indexedDB.databases?.())?.find((database) => database.name === name)
  // Dexie stores version n as IndexedDB version 10n.
  return Boolean(existing?.version && existing.version / 10 < targetVersion)
}

/**
 * Before a new version of Opsdeck upgrades the database: a backup of it as the previous version left it.
 * The database is opened without a schema (Dexie's dynamic mode), so opening it upgrades nothing.
 * Undefined when there is no database yet or it is already current.
 */
export async function snapshotBeforeUpgrade(targetVersion: number, appVersion: string, name = DATABASE_NAME): Promise<{ bytes: Uint8Array; header: WorkspaceHeader } | undefined> {
  if (!(await upgradePending(targetVersion, name))) return undefined
  const old = new Dexie(name)
  await old.open()
  try {
    return await snapshotWorkspace(old, { reason: 'before-upgrade', appVersion, createdAt: new Date().toISOString() })
  } finally {
    old.close()
  }
}
