import { defineConfig } from '@playwright/test'
import { browserOrExit } from './scripts/findBrowser.mjs'

/**
 * A browser on this machine, never a downloaded one (CHROMIUM_PATH, /usr/bin/chromium and other Linux paths, an
 * installed Chrome or Edge): scripts/findBrowser.mjs. Without one the run stops with one line. Flags keep it off the
 * (closed) network.
 */
export const browserLaunch = browserOrExit()
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]
/** E2E_PORT lets two checkouts on one machine run their suites side by side. */
export const e2ePort = Number(process.env.E2E_PORT ?? 5199)
export const baseURL = `http://127.0.0.1:${e2ePort}`

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: { ...browserLaunch, args: chromiumArgs },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure'
  },
  // The renderer exactly as electron-vite built it for the app, served on localhost (outDir is relative to the renderer root).
  webServer: {
    command: `npx vite preview --config vite.web.config.mts --outDir ../../out/renderer --port ${e2ePort}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000
  }
})
