import 'fake-indexeddb/auto'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'
import { db } from '../../src/renderer/src/db/db'

// Mantine reads these browser APIs, which happy-dom leaves out.
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener: () => {},
  removeListener: () => {},
  addEventListener: () => {},
  removeEventListener: () => {},
  dispatchEvent: () => false
})) as typeof window.matchMedia

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
}

// A loaded two-core machine (CI runs the builds beside the tests) needs more than the 1 s default to find things.
configure({ asyncUtilTimeout: 5000 })

beforeEach(async () => {
  await db.delete()
  await db.open()
})

afterEach(() => {
  cleanup()
  window.location.hash = ''
})
