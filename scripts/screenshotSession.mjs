// Serves the built renderer with vite preview and opens Debian's Chromium, for scripts that take screenshots.
import { chromium } from '@playwright/test'
import { browserOrExit } from './findBrowser.mjs'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { relative, resolve } from 'node:path'

const repoRoot = resolve(import.meta.dirname, '..')

/** The same flags as playwright.config.ts: they keep Chromium off the (closed) network. */
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** A port nobody listens on, so a session never reuses another engineer's server on 5199. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer()
    probe.unref()
    probe.on('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => done(port))
    })
  })
}

async function waitUntilServing(url, server) {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode} before serving ${url}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250))
  }
  throw new Error(`vite preview did not serve ${url} within 30 seconds`)
}

/**
 * Starts the server and the browser. `newPage(scheme, label)` gives a page in a fresh context (its own IndexedDB)
 * that reports the page's errors on stderr; `close()` stops everything this session started.
 */
export async function openScreenshotSession({ rendererDir = resolve(repoRoot, 'out/renderer'), port, viewport = { width: 1440, height: 900 } } = {}) {
  const root = resolve(rendererDir)
  if (!existsSync(resolve(root, 'index.html'))) throw new Error(`No built renderer in ${root}: run npx electron-vite build first`)
  const chosenPort = String(port ?? (await freePort()))
  const baseURL = `http://127.0.0.1:${chosenPort}`
  // vite resolves --outDir from the renderer root that vite.web.config.mts declares.
  const server = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.mts', '--outDir', relative(resolve(repoRoot, 'src/renderer'), root), '--port', chosenPort, '--strictPort'], {
    cwd: repoRoot,
    stdio: 'ignore',
    detached: true
  })
  const stopServer = () => {
    if (server.exitCode === null) process.kill(-server.pid)
  }
  let browser
  try {
    await waitUntilServing(baseURL, server)
    browser = await chromium.launch({ ...browserOrExit(), args: chromiumArgs })
  } catch (error) {
    stopServer()
    throw error
  }
  return {
    baseURL,
    async newPage(scheme, label) {
      const context = await browser.newContext({ baseURL, colorScheme: scheme, viewport })
      const page = await context.newPage()
      page.on('pageerror', (error) => console.error(`[${label} ${scheme}] page error:`, error.message))
      page.on('console', (message) => message.type() === 'error' && console.error(`[${label} ${scheme}] console:`, message.text()))
      return page
    },
    async close() {
      try {
        await browser.close()
      } finally {
        stopServer()
      }
    }
  }
}

/** Waits for two frames and a short pause, so transitions and live queries have drawn. */
export async function settle(page, ms = 300) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  await page.waitForTimeout(ms)
}
