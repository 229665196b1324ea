// Screenshots of the feedback inbox, its detail panel and the themes in light and dark:
// node scripts/screenshots-feedback.mjs [outDir]. Needs the built renderer (npm run build) and serves it itself.
import { chromium } from '@playwright/test'
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

const outDir = process.argv[2] ?? '.screenshots'
const port = process.env.SCREENSHOT_PORT ?? '5213'
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
    const context = await browser.newContext({ baseURL, colorScheme: scheme, viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    page.on('pageerror', (error) => console.error(`[${scheme}] page error:`, error.message))
    page.on('console', (message) => message.type() === 'error' && console.error(`[${scheme}] console:`, message.text()))
    await page.goto('/')
    await page.getByRole('button', { name: 'Load sample workspace' }).click()
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor()
    await page.goto('/#/feedback')
    await page.getByRole('grid', { name: 'Feedback' }).waitFor()
    await page.waitForTimeout(500)
    await page.screenshot({ path: join(outDir, `${scheme}-feedback-inbox.png`) })
    await page.keyboard.press('j')
    await page.keyboard.press('j')
    await page.getByRole('complementary', { name: 'Feedback detail' }).waitFor()
    await page.waitForTimeout(500)
    await page.screenshot({ path: join(outDir, `${scheme}-feedback-detail.png`) })
    await page.keyboard.press('l')
    await page.waitForTimeout(300)
    await page.screenshot({ path: join(outDir, `${scheme}-feedback-link.png`) })
    await page.goto('/#/feedback/themes')
    await page.getByRole('table', { name: 'Theme ranking' }).waitFor()
    await page.getByRole('button', { name: /^Score of SAML/ }).click()
    await page.waitForTimeout(800)
    await page.screenshot({ path: join(outDir, `${scheme}-feedback-themes.png`), fullPage: true })
    await page.goto('/#/feedback/themes/sample-theme-export')
    await page.waitForTimeout(800)
    await page.screenshot({ path: join(outDir, `${scheme}-feedback-theme.png`), fullPage: true })
    await context.close()
  }
  await browser.close()
  console.log(`Screenshots in ${outDir}`)
} finally {
  process.kill(-server.pid)
}
