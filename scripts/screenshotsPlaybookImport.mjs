// Screenshots of the playbook import (preview, report, an imported page) at 1280x720 in light and dark, for a person
// to look at. Needs the built renderer (npx electron-vite build).  node scripts/screenshotsPlaybookImport.mjs [--out dir]
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { zipSync } from 'fflate'
import { openScreenshotSession, settle } from './screenshotSession.mjs'

const fixtures = resolve(import.meta.dirname, '../test/fixtures/playbooks')
const { values } = parseArgs({ options: { out: { type: 'string', default: 'screenshots' } } })
const out = resolve(values.out)
mkdirSync(out, { recursive: true })

function zipOf(dir) {
  const entries = {}
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name)
      if (statSync(full).isDirectory()) walk(full)
      else entries[relative(dir, full).split(/[\\/]/).join('/')] = new Uint8Array(readFileSync(full))
    }
  }
  walk(dir)
  return Buffer.from(zipSync(entries))
}

const session = await openScreenshotSession({ viewport: { width: 1280, height: 720 } })
try {
  for (const scheme of ['light', 'dark']) {
    const page = await session.newPage(scheme, 'playbook-import')
    const shot = async (name) => {
      await settle(page)
      await page.screenshot({ path: join(out, `${scheme}-playbook-import-${name}.png`) })
    }
    await page.goto('/')
    await page.getByRole('button', { name: 'Start empty' }).click()
    await page.goto('/#/playbooks/import')
    await page.getByRole('heading', { name: 'Drop an export here, or choose it' }).waitFor()
    await shot('empty')
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Choose files or a .zip…' }).click()
    await (await chooser).setFiles([
      { name: 'Notion export.zip', mimeType: 'application/zip', buffer: zipOf(join(fixtures, 'notion')) },
      { name: 'OPS space.zip', mimeType: 'application/zip', buffer: zipOf(join(fixtures, 'confluence')) }
    ])
    await page.getByRole('table', { name: 'Files to import' }).waitFor()
    await shot('preview')
    await page.getByRole('table', { name: 'Files to import' }).getByRole('row').filter({ hasText: 'OPS/index.html' }).scrollIntoViewIfNeeded()
    await shot('preview-scrolled')
    await page.getByRole('button', { name: /^Import \d+ playbooks$/ }).click()
    await page.getByRole('heading', { name: 'Import report', level: 1 }).waitFor()
    await shot('report')
    await page.getByRole('table', { name: 'Imported files' }).getByRole('link', { name: 'Support operations' }).click()
    await page.getByRole('textbox', { name: 'Playbook text' }).getByRole('img', { name: 'Queue dashboard' }).scrollIntoViewIfNeeded()
    await shot('imported-page')
    await page.context().close()
  }
} finally {
  await session.close()
}
console.log(`Screenshots in ${out}`)
