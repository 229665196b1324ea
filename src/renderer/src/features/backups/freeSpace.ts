import { checkFreeSpace } from '@shared/workspaceFile'

/** What this origin may still store, by the browser's (or Electron's) own estimate; undefined where it does not say. */
export async function storageFreeBytes(): Promise<number | undefined> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined)
  return estimate?.quota !== undefined && estimate.usage !== undefined ? estimate.quota - estimate.usage : undefined
}

/** A refusal message when `neededBytes` would not fit in the workspace's storage, else undefined. */
export async function spaceProblem(what: string, neededBytes: number): Promise<string | undefined> {
  return checkFreeSpace({ what, neededBytes, freeBytes: await storageFreeBytes() })
}
