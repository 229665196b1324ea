// Screenshots of Settings → Backups and the restore preview, light and dark at 1280×720.
//   node scripts/backupScreenshots.mjs [--out dir]   (needs the built renderer: npx electron-vite build)
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { openScreenshotSession, settle } from './screenshotSession.mjs'

const { values } = parseArgs({ options: { out: { type: 'string', default: '.screenshots/backups' } } })
const out = resolve(values.out)
mkdirSync(out, { recursive: true })

const session = await openScreenshotSession({ viewport: { width: 1280, height: 720 } })
try {
  for (const scheme of ['light', 'dark']) {
    const page = await session.newPage(scheme, 'backups')
    await page.goto('/')
    await page.getByRole('button', { name: 'Load sample workspace' }).click()
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor()
    await page.goto('/#/settings')
    const section = page.getByRole('region', { name: 'Backups' })
    const downloading = page.waitForEvent('download')
    await section.getByRole('button', { name: 'Back up now' }).click()
    const file = await (await downloading).path()
    await page.getByText(/Backed up and verified/).waitFor()
    await page.getByRole('button', { name: 'Delete everything…' }).click()
    await page.getByRole('dialog', { name: 'Delete everything in this workspace' }).getByRole('button', { name: 'Delete everything' }).click()
    await page.getByText(/A backup of what was deleted/).waitFor()
    await page.evaluate(() => document.querySelectorAll('.mantine-Notification-root').forEach((node) => node.remove()))
    await section.scrollIntoViewIfNeeded()
    await settle(page, 500)
    await page.screenshot({ path: `${out}/${scheme}-settings-backups.png` })
    const choosing = page.waitForEvent('filechooser')
    await section.getByRole('button', { name: 'Restore from file…' }).click()
    await (await choosing).setFiles(file)
    await page.getByRole('dialog', { name: 'Restore this workspace?' }).waitFor()
    await settle(page, 500)
    await page.screenshot({ path: `${out}/${scheme}-restore-preview.png` })
    await page.context().close()
  }
} finally {
  await session.close()
}
console.log(`Screenshots in ${out}`)
