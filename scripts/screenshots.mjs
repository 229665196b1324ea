// Screenshots of every page in light and dark, for a person to look at: node scripts/screenshots.mjs [outDir]
// Needs the built renderer (npm run build) and serves it itself.
import { chromium } from '@playwright/test'
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

const outDir = process.argv[2] ?? '.screenshots'
const baseURL = 'http://127.0.0.1:5199'
mkdirSync(outDir, { recursive: true })

const server = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.mts', '--outDir', '../../out/renderer'], { stdio: 'ignore', detached: true })
try {
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(baseURL)).ok) break
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ baseURL, colorScheme: scheme, viewport: { width: 1360, height: 860 } })
    const page = await context.newPage()
    await page.goto('/')
    await page.screenshot({ path: join(outDir, `${scheme}-first-run.png`) })
    await page.getByRole('button', { name: 'Load sample workspace' }).click()
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor()
    for (const name of ['dashboard', 'feedback', 'playbooks', 'tools', 'metrics', 'people', 'settings']) {
      await page.goto(`/#/${name}`)
      await page.waitForTimeout(400)
      await page.screenshot({ path: join(outDir, `${scheme}-${name}.png`) })
    }
    await page.keyboard.press('Control+K')
    await page.waitForTimeout(300)
    await page.screenshot({ path: join(outDir, `${scheme}-palette.png`) })
    await context.close()
  }
  await browser.close()
  console.log(`Screenshots in ${outDir}`)
} finally {
  process.kill(-server.pid)
}
