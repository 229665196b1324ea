// Screenshots in light and dark, for a person to look at. Needs the built renderer (npx electron-vite build).
//   node scripts/screenshots.mjs [--out dir] [--renderer dir] [--port n] [area...]
// Areas: pages, empty, imports, tools, feedback, playbooks; all of them when none is named. Files are <scheme>-<area>-<name>.png.
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { openScreenshotSession, settle } from './screenshotSession.mjs'

const fixtures = resolve(import.meta.dirname, '../test/fixtures')
const feedbackFixture = join(fixtures, 'feedback/zendesk.csv')
const inventoryFixture = join(fixtures, 'tools/inventory.csv')

async function loadSample(page) {
  await page.goto('/')
  await page.getByRole('button', { name: 'Load sample workspace' }).click()
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor()
}

async function chooseFile(page, buttonName, file) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: buttonName }).click()
  await (await chooser).setFiles(file)
}

/** Every page of the sample workspace, the first-run screen, the command palette and the shortcuts dialog. */
async function pages(page, shot) {
  await page.goto('/')
  await page.getByRole('heading', { name: 'Welcome to Opsdeck' }).waitFor()
  await shot('first-run')
  await page.getByRole('button', { name: 'Load sample workspace' }).click()
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor()
  for (const [name, title] of [
    ['dashboard', 'Dashboard'],
    ['feedback', 'Feedback'],
    ['playbooks', 'Playbooks'],
    ['tools', 'Tools'],
    ['metrics', 'Metrics'],
    ['people', 'People'],
    ['settings', 'Settings']
  ]) {
    await page.goto(`/#/${name}`)
    await page.getByRole('heading', { name: title, level: 1 }).waitFor()
    await shot(name, { fullPage: true })
  }
  await page.goto('/#/dashboard')
  await page.mouse.move(0, 0)
  await page.keyboard.press('Control+K')
  const search = page.getByRole('textbox', { name: 'Search pages, commands and records' })
  await search.waitFor()
  await shot('palette')
  await page.keyboard.press('Escape')
  await search.waitFor({ state: 'hidden' })
  await page.keyboard.press('Shift+?')
  await page.getByRole('table', { name: 'Keyboard shortcuts' }).waitFor()
  await shot('shortcuts')
}

/** What a new, empty workspace shows on each page: the teaching empty states. */
async function empty(page, shot) {
  await page.goto('/')
  await page.getByRole('button', { name: 'Start empty' }).click()
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor()
  for (const name of ['dashboard', 'feedback', 'playbooks', 'metrics', 'people', 'feedback/imports']) {
    await page.goto(`/#/${name}`)
    await shot(name.replace('/', '-'))
  }
}

/** The feedback import (choose, preview, history) and the tools import (choose, preview). */
async function imports(page, shot) {
  await loadSample(page)
  await page.goto('/#/feedback/import')
  await page.getByRole('heading', { name: 'Import feedback', level: 1 }).waitFor()
  await shot('feedback-choose')
  await chooseFile(page, 'Choose a CSV file…', feedbackFixture)
  await page.getByRole('table', { name: 'Preview of the first rows' }).waitFor()
  await shot('feedback-preview', { fullPage: true })
  await page.getByRole('button', { name: /^Import [\d,]+ items/ }).click()
  await page.getByRole('heading', { name: /^Imported / }).waitFor({ timeout: 30_000 })
  await shot('feedback-done')
  await page.goto('/#/feedback/imports')
  await page.getByRole('table', { name: 'Import history' }).waitFor()
  await shot('feedback-history')

  await page.goto('/#/tools/import')
  await page.getByRole('heading', { name: 'Import tools', level: 1 }).waitFor()
  await shot('tools-choose')
  await chooseFile(page, 'Choose a CSV file…', inventoryFixture)
  await page.getByRole('table', { name: 'Preview of the tools' }).waitFor()
  await shot('tools-preview', { fullPage: true })
}

/** The Tools page: empty, new tool, the start-up summary, each tab, the drawer and the export menu. */
async function tools(page, shot) {
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
  const drawer = page.getByRole('dialog', { name: 'Amplitude' })
  await drawer.waitFor()
  await shot('drawer')
  await drawer.getByRole('button', { name: 'Snooze' }).click()
  await page.getByRole('menuitem', { name: 'Until a date…' }).click()
  await shot('drawer-snooze')
  await drawer.getByRole('group', { name: 'Seats' }).scrollIntoViewIfNeeded()
  await shot('drawer-form')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Export' }).click()
  await shot('export-menu')
  await page.keyboard.press('Escape')
}

/** The feedback inbox, its detail panel, linking, and the themes. */
async function feedback(page, shot) {
  await loadSample(page)
  await page.goto('/#/feedback')
  await page.getByRole('grid', { name: 'Feedback' }).waitFor()
  await shot('inbox')
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await page.getByRole('complementary', { name: 'Feedback detail' }).waitFor()
  await shot('detail')
  await page.keyboard.press('l')
  await shot('link')
  await page.goto('/#/feedback/themes')
  await page.getByRole('table', { name: 'Theme ranking' }).waitFor()
  await page.getByRole('button', { name: /^Score of SAML/ }).click()
  await shot('themes', { fullPage: true })
  await page.goto('/#/feedback/themes/sample-theme-export')
  await shot('theme', { fullPage: true })
}

/** The playbook library, template gallery, editor, history diff and a run. */
async function playbooks(page, shot) {
  await loadSample(page)
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
  await settle(page, 0)
  await page.keyboard.type('Start with the enterprise accounts. ')
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor()
  await page.evaluate('window.scrollTo(0, 0)')
  await page.mouse.move(0, 0)
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
}

const areas = { pages, empty, imports, tools, feedback, playbooks }

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: '.screenshots' }, renderer: { type: 'string' }, port: { type: 'string' } }
})
const unknown = positionals.filter((name) => !(name in areas))
if (unknown.length > 0) {
  console.error(`Unknown area ${unknown.join(', ')}. Areas: ${Object.keys(areas).join(', ')}`)
  process.exit(2)
}
const chosen = positionals.length > 0 ? positionals : Object.keys(areas)
mkdirSync(values.out, { recursive: true })

const session = await openScreenshotSession({ rendererDir: values.renderer, port: values.port && Number(values.port) })
let failed = false
try {
  for (const area of chosen) {
    for (const scheme of ['light', 'dark']) {
      const page = await session.newPage(scheme, area)
      const shot = async (name, options = {}) => {
        await settle(page)
        await page.screenshot({ path: join(values.out, `${scheme}-${area}-${name}.png`), ...options })
      }
      try {
        await areas[area](page, shot)
      } catch (error) {
        failed = true
        console.error(`[${area} ${scheme}] stopped: ${error.message.split('\n')[0]}`)
      } finally {
        await page.context().close()
      }
    }
  }
} finally {
  await session.close()
}
console.log(`Screenshots of ${chosen.join(', ')} in ${values.out}`)
if (failed) process.exitCode = 1
