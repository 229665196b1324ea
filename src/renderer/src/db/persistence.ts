/**
 * Asks the browser not to evict our data under storage pressure. Electron and a
 * installed PWA grant it; a plain browser tab may refuse, which the Settings page shows.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false
  if (await navigator.storage.persisted()) return true
  return navigator.storage.persist()
}
