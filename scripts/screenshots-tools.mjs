// Screenshots of the Tools page (each tab, the drawer, the start-up summary, settings) in light and dark:
// node scripts/screenshots-tools.mjs [outDir]. Needs the built renderer (npm run build) and serves it itself.
import { chromium } from '@playwright/test'
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

const outDir = process.argv[2] ?? '.screenshots'
const port = process.env.SCREENSHOT_PORT ?? '5199'
const baseURL = `http://127.0.0.1:${port}`
mkdirSync(outDir, { recursive: true })

const server = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.mts', '--outDir', '../../out/renderer', '--port', port], { stdio: 'ignore', detached: true })
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
    const shot = async (name, options = {}) => {
      await page.waitForTimeout(400)
      await page.screenshot({ path: join(outDir, `${scheme}-tools-${name}.png`), ...options })
    }
    await page.goto('/')
    await page.getByRole('button', { name: 'Start empty' }).click()
    await page.goto('/#/tools')
    await shot('empty')
    await page.getByRole('button', { name: 'New tool' }).click()
    await shot('new-tool', { fullPage: true })
    await page.keyboard.press('Escape')

    await page.goto('/#/settings')
    await page.getByRole('button', { name: 'Load sample workspace' }).click()
    await page.getByRole('button', { name: 'Add sample data' }).click().catch(() => undefined)
    await page.waitForTimeout(500)
    await page.reload()
    await page.getByRole('dialog', { name: 'While you were away' }).waitFor()
    await shot('while-you-were-away')
    await page.getByRole('button', { name: 'Done' }).click()

    await page.goto('/#/tools')
    for (const tab of ['Inventory', 'Renewals', 'Spend', 'Attention']) {
      await page.getByRole('tab', { name: new RegExp(tab) }).click()
      await shot(tab.toLowerCase(), { fullPage: true })
    }
    await page.getByRole('tab', { name: 'Inventory' }).click()
    await page.getByRole('button', { name: 'Amplitude' }).click()
    await page.getByRole('dialog', { name: 'Amplitude' }).waitFor()
    await shot('drawer')
    const drawer = page.getByRole('dialog', { name: 'Amplitude' })
    await drawer.getByRole('button', { name: 'Snooze' }).click()
    await page.getByRole('menuitem', { name: 'Until a date…' }).click()
    await shot('drawer-snooze')
    await drawer.getByRole('group', { name: 'Seats' }).scrollIntoViewIfNeeded()
    await shot('drawer-form')
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Export' }).click()
    await shot('export-menu')
    await page.keyboard.press('Escape')
    await page.goto('/#/settings')
    await shot('settings', { fullPage: true })
    await page.goto('/#/dashboard')
    await shot('dashboard')
    await context.close()
  }
  await browser.close()
  console.log(`Screenshots in ${outDir}`)
} finally {
  process.kill(-server.pid)
}
