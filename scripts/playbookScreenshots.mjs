// Screenshots of the playbook screens (library, template gallery, editor, history diff, run) in light and dark,
// for a person to look at: node scripts/playbookScreenshots.mjs [outDir]
// Needs the built renderer (npm run build); serves it itself. RENDERER_DIR and PORT override where and how.
import { chromium } from '@playwright/test'
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

const outDir = process.argv[2] ?? '.screenshots'
const port = process.env.PORT ?? '5197'
const rendererDir = resolve(process.env.RENDERER_DIR ?? 'out/renderer')
const baseURL = `http://127.0.0.1:${port}`
mkdirSync(outDir, { recursive: true })

const server = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.mts', '--outDir', relative(resolve('src/renderer'), rendererDir), '--port', port, '--strictPort'], { stdio: 'ignore', detached: true })
const settle = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
try {
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(baseURL)).ok) break
    } catch {
      await new Promise((done) => setTimeout(done, 500))
    }
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ baseURL, colorScheme: scheme, viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    const shot = async (name) => {
      await page.waitForTimeout(300)
      await page.screenshot({ path: join(outDir, `${scheme}-playbooks-${name}.png`) })
    }
    await page.goto('/')
    await page.getByRole('button', { name: 'Load sample workspace' }).click()
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor()

    await page.goto('/#/playbooks')
    await page.getByRole('table', { name: 'Playbooks' }).waitFor()
    await shot('library')
    await page.getByRole('tab', { name: /Review/ }).click()
    await shot('review')

    await page.goto('/#/playbooks/new')
    await page.getByRole('radio', { name: /Product launch checklist/ }).click()
    await shot('templates')

    await page.goto('/#/playbooks/sample-playbook-triage')
    const text = page.getByRole('textbox', { name: 'Playbook text' })
    await text.waitFor()
    await text.click()
    await page.keyboard.press('Control+Home')
    await settle(page)
    await page.keyboard.press('End')
    await page.keyboard.type(' Start with the enterprise accounts.')
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor()
    await page.evaluate('window.scrollTo(0, 0)')
    await shot('editor')

    await page.getByRole('tab', { name: /History/ }).click()
    await page.getByRole('button', { name: /Compare version 1\.0/ }).click()
    await shot('history')

    await page.goto('/#/playbooks/run/sample-run-triage')
    await page.getByRole('heading', { name: 'Triage, this week', level: 1 }).waitFor()
    await page.getByRole('button', { name: /Add a note on/ }).nth(2).click()
    await page.getByRole('textbox', { name: /Note on/ }).fill('Two enterprise accounts asked for SSO again; escalated to the identity PM')
    await page.getByRole('button', { name: 'Save note' }).click()
    await page.getByRole('checkbox').nth(2).check()
    await page.getByRole('button', { name: 'Mark blocked' }).click()
    await page.getByRole('textbox', { name: 'What is it waiting for?' }).fill('The Intercom export is broken until Thursday')
    await page.getByRole('button', { name: 'Mark blocked' }).last().click()
    await shot('run')
    await context.close()
  }
  await browser.close()
  console.log(`Screenshots in ${outDir}`)
} finally {
  process.kill(-server.pid)
}
