import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, modKey, pageHeading, startEmpty, startWithSample, test } from './fixtures'

function saveState(page: Page, state: 'Saved' | 'Unsaved changes') {
  return page.getByRole('status').filter({ hasText: new RegExp(`^${state}$`) })
}

function editorText(page: Page) {
  return page.getByRole('textbox', { name: 'Playbook text' })
}

async function openPlaybooks(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Playbooks', exact: true }).click()
  await expect(pageHeading(page, 'Playbooks')).toBeVisible()
}

async function createFromTemplate(page: Page, template: RegExp): Promise<void> {
  await openPlaybooks(page)
  await page.getByRole('button', { name: 'New playbook' }).click()
  await expect(pageHeading(page, 'New playbook')).toBeVisible()
  await page.getByRole('radio', { name: template }).click()
  await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible()
  await page.getByRole('button', { name: 'Create from template' }).click()
  await expect(editorText(page)).toBeVisible()
}

/** Puts the cursor on a new empty line at the very top of the document. */
/** The browser moves the caret for Ctrl+Home; the editor learns of it on the next selectionchange, a frame later. */
async function pressAndSettle(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key)
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))')
}

async function newLineAtTop(page: Page): Promise<void> {
  await editorText(page).click()
  await expect(editorText(page)).toBeFocused()
  await pressAndSettle(page, `${modKey}+Home`)
  await page.keyboard.press('Enter')
  await page.keyboard.press('ArrowUp')
}

async function publish(page: Page, message: string, kind: 'Minor' | 'Major', label: string): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: /Publish/ })
  await dialog.getByRole('textbox', { name: 'What changed' }).fill(message)
  await dialog.getByRole('radio', { name: new RegExp(`^${kind}`) }).check()
  await dialog.getByRole('button', { name: `Publish ${label}` }).click()
  await expect(page.getByText(`Published version ${label}`)).toBeVisible()
}

test('a playbook from a template is edited, published twice, compared, restored and run', async ({ page, consoleErrors }) => {
  await startEmpty(page)
  await createFromTemplate(page, /Feedback triage routine/)
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Feedback triage routine')

  // Markdown shortcuts while typing: a heading, and a checklist step from "- [ ] ".
  await newLineAtTop(page)
  await page.keyboard.type('## Escalations')
  await page.keyboard.press('Enter')
  await page.keyboard.type('- [ ] Page the on-call PM for data loss')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Tell the account manager')
  await expect(editorText(page).getByRole('heading', { name: 'Escalations', level: 2 })).toBeVisible()
  await expect(editorText(page).getByRole('checkbox', { name: 'To do: Page the on-call PM for data loss' })).toBeVisible()
  await expect(saveState(page, 'Saved')).toBeVisible()
  // Autosave never moves the cursor: typing goes on where it stopped.
  await page.keyboard.type(' today')
  await expect(editorText(page).getByRole('checkbox', { name: 'To do: Tell the account manager today' })).toBeVisible()

  await publish(page, 'First version', 'Major', '1.0')

  await editorText(page).click()
  await pressAndSettle(page, `${modKey}+Home`)
  await page.keyboard.press('End')
  await page.keyboard.type(' and security')
  await page.keyboard.press(`${modKey}+s`)
  await expect(saveState(page, 'Saved')).toBeVisible()
  await publish(page, 'Security escalations too', 'Minor', '1.1')

  await page.getByRole('tab', { name: /History/ }).click()
  const versions = page.getByRole('table', { name: 'Versions' })
  await expect(versions.getByRole('row', { name: /1\.1 Security escalations too/ })).toBeVisible()
  await expect(versions.getByRole('row', { name: /1\.0 First version/ })).toBeVisible()
  const diff = page.getByRole('region', { name: 'Differences between the two versions' })
  await expect(diff).toContainText('Removed: ## Escalations')
  await expect(diff).toContainText('Added: ## Escalations and security')

  await page.getByRole('button', { name: 'Restore version 1.0' }).click()
  await page.getByRole('dialog', { name: 'Restore version 1.0?' }).getByRole('button', { name: 'Restore as new version' }).click()
  await expect(page.getByText('Restored 1.0 as version 1.2')).toBeVisible()
  await expect(versions.getByRole('row', { name: /1\.2 Restored version 1\.0/ })).toBeVisible()
  await page.getByRole('tab', { name: 'Document' }).click()
  await expect(editorText(page).getByRole('heading', { name: 'Escalations', level: 2 })).toBeVisible()
  await expect(editorText(page)).not.toContainText('and security')

  await page.getByRole('button', { name: 'Start run' }).click()
  const start = page.getByRole('dialog', { name: /Start a run/ })
  await start.getByRole('textbox', { name: 'Run title' }).fill('Triage, week 12')
  await start.getByRole('button', { name: /Step deadlines/ }).click()
  await start.getByRole('textbox', { name: 'Days after start for “Page the on-call PM for data loss”' }).fill('2')
  await start.getByRole('button', { name: 'Start run' }).click()
  await expect(pageHeading(page, 'Triage, week 12')).toBeVisible()
  const progress = page.getByRole('progressbar', { name: 'Progress of Triage, week 12' })
  await expect(progress).toHaveAttribute('aria-valuetext', /^0 of \d+ steps done$/)
  await expect(page.getByText(/^Due \d{4}-\d{2}-\d{2}$/)).toBeVisible()
  const total = Number(/of (\d+)/.exec((await progress.getAttribute('aria-valuetext')) ?? '')?.[1])
  await page.getByRole('checkbox', { name: 'Page the on-call PM for data loss' }).check()
  await page.getByRole('checkbox', { name: 'Tell the account manager today' }).check()
  await expect(progress).toHaveAttribute('aria-valuetext', `2 of ${total} steps done`)
  await expect(page.getByText('Done just now').first()).toBeVisible()

  await openPlaybooks(page)
  await page.getByRole('tab', { name: /Active runs/ }).click()
  await expect(page.getByRole('table', { name: 'Active runs' }).getByRole('row', { name: /Triage, week 12/ })).toContainText(`2/${total}`)
  expect(consoleErrors).toEqual([])
})

test('text typed just before the page is killed is recovered on the next start', async ({ page, context }) => {
  await startEmpty(page)
  await createFromTemplate(page, /Release notes/)
  await newLineAtTop(page)
  // Typing without a pause never lets the 800 ms autosave run; the recovery draft is written every 2 seconds.
  await page.keyboard.type('Drafted before the crash, then more words typed without a pause until the window dies', { delay: 60 })
  await expect(saveState(page, 'Unsaved changes')).toBeVisible()
  await page.close({ runBeforeUnload: false })

  const restarted = await context.newPage()
  await restarted.goto('/')
  await expect(pageHeading(restarted, 'Dashboard')).toBeVisible()
  await restarted.getByRole('link', { name: 'Release notes' }).first().click()
  await expect(restarted.getByText(/Recovered unsaved changes from/)).toBeVisible()
  await restarted.getByRole('button', { name: 'Keep recovered changes' }).click()
  await expect(editorText(restarted)).toContainText('Drafted before the crash')
  await expect(saveState(restarted, 'Saved')).toBeVisible()

  await restarted.reload()
  await expect(editorText(restarted)).toContainText('Drafted before the crash')
  await expect(restarted.getByText(/Recovered unsaved changes/)).toHaveCount(0)
})

test('navigating away right after typing loses nothing', async ({ page, context }) => {
  await startEmpty(page)
  await createFromTemplate(page, /Pricing change/)
  const address = page.url()
  await newLineAtTop(page)
  await page.keyboard.type('Typed and left at once')
  await page.goto('about:blank')

  const again = await context.newPage()
  await again.goto(address)
  await expect(again.getByText(/Recovered unsaved changes from/)).toBeVisible()
  await again.getByRole('button', { name: 'Keep recovered changes' }).click()
  await expect(editorText(again)).toContainText('Typed and left at once')
  await expect(saveState(again, 'Saved')).toBeVisible()
})

test('a playbook exported as Markdown imports back with the same text', async ({ page, consoleErrors }) => {
  await startWithSample(page)
  await openPlaybooks(page)
  await page.getByRole('link', { name: 'Weekly feedback triage' }).click()
  await expect(editorText(page)).toContainText('Weekly triage')

  await page.getByRole('button', { name: 'More actions' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: /Export as Markdown/ }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('Weekly feedback triage.md')
  const markdown = readFileSync((await download.path()) as string, 'utf8')
  expect(markdown).toMatch(/^---\ntitle: Weekly feedback triage\n/)
  expect(markdown).toContain('- [ ] Import new feedback from every source since the last triage')
  expect(markdown).toContain('| Support tickets | Support lead | Weekly export |')

  await openPlaybooks(page)
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import…' }).click()
  const chooser = await choosing
  expect(chooser.isMultiple()).toBe(true)
  await chooser.setFiles([{ name: 'Weekly feedback triage.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) }])
  await page.getByRole('button', { name: 'Import 1 playbook' }).click()
  await page.getByRole('table', { name: 'Imported files' }).getByRole('link', { name: 'Weekly feedback triage' }).click()
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Weekly feedback triage')
  await expect(editorText(page).getByRole('heading', { name: 'Weekly triage' })).toBeVisible()
  await expect(editorText(page).getByRole('checkbox', { name: 'To do: Import new feedback from every source since the last triage' })).toBeVisible()
  await expect(editorText(page).getByRole('cell', { name: 'Support lead' }).first()).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Summary' })).toHaveValue('Keep the feedback inbox under control and themes current.')

  await openPlaybooks(page)
  await expect(page.getByRole('table', { name: 'Playbooks' }).getByRole('link', { name: 'Weekly feedback triage' })).toHaveCount(2)

  // Any playbook can become a template, offered next to the built-in ones.
  await page.getByRole('table', { name: 'Playbooks' }).getByRole('link', { name: 'Product launch checklist' }).click()
  await page.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('menuitem', { name: 'Save as template' }).click()
  await expect(page.getByText(/Saved “Product launch checklist” as a template/)).toBeVisible()
  await openPlaybooks(page)
  await page.getByRole('button', { name: 'New playbook' }).click()
  await expect(page.getByRole('radio', { name: /Product launch checklist/ })).toHaveCount(2)
  await expect(page.getByRole('button', { name: 'Delete the template “Product launch checklist”' })).toBeVisible()
  expect(consoleErrors).toEqual([])
})

test('an import names the file it could not read and imports the others', async ({ page }) => {
  await startEmpty(page)
  await openPlaybooks(page)
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import…' }).click()
  await (await choosing).setFiles([
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "opsdeck-playbook", ') },
    { name: 'Launch plan.md', mimeType: 'text/markdown', buffer: Buffer.from('# Launch plan\n\n## Before\n\n- [ ] Brief support\n') }
  ])
  await expect(page.getByRole('table', { name: 'Files to import' }).getByRole('row').filter({ hasText: 'broken.json' })).toContainText(/Refused.*Not valid JSON/)
  await page.getByRole('button', { name: 'Import 1 playbook' }).click()
  await expect(page.getByRole('table', { name: 'Imported files' }).getByRole('row').filter({ hasText: 'broken.json' })).toContainText('Refused')
  await page.getByRole('table', { name: 'Imported files' }).getByRole('link', { name: 'Launch plan' }).click()
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Launch plan')
  await expect(editorText(page).getByRole('checkbox', { name: 'To do: Brief support' })).toBeVisible()
})

test('two windows editing one playbook: the second writer compares and chooses', async ({ page, context }) => {
  await startEmpty(page)
  await createFromTemplate(page, /Quarterly planning/)
  const other = await context.newPage()
  await other.goto(page.url())
  await expect(editorText(other)).toBeVisible()

  // Both windows hold unsaved text at the same time: one keeps typing while the other types and saves.
  await newLineAtTop(other)
  await Promise.all([
    other.keyboard.type('Beta from the other window', { delay: 100 }),
    (async () => {
      await page.waitForTimeout(300)
      await newLineAtTop(page)
      await page.keyboard.type('Alpha from the first window')
      await page.keyboard.press(`${modKey}+s`)
    })()
  ])
  // Whichever window saved second meets the newer revision: it is shown both versions and chooses.
  const name = 'This playbook was changed in another window'
  const seen = (window: Page, mine: string, theirs: string) =>
    window
      .getByRole('dialog', { name })
      .waitFor()
      .then(() => ({ window, mine, theirs }))
  const outcome = await Promise.race([seen(other, 'Beta from the other window', 'Alpha from the first window'), seen(page, 'Alpha from the first window', 'Beta from the other window')].map((found) => found.catch(() => new Promise<never>(() => undefined))))
  const loser = outcome.window
  const winner = loser === page ? other : page
  const conflict = loser.getByRole('dialog', { name })
  await expect(conflict.getByRole('region', { name: /Differences/ })).toContainText(`Added: ${outcome.mine}`)
  await expect(conflict.getByRole('region', { name: /Differences/ })).toContainText(`Removed: ${outcome.theirs}`)
  await expect(editorText(winner)).toContainText(outcome.theirs)
  await conflict.getByRole('button', { name: 'Keep mine' }).click()
  await expect(conflict).toHaveCount(0)
  await expect(saveState(loser, 'Saved')).toBeVisible()
  // The other window had nothing unsaved, so it follows the choice.
  await expect(editorText(winner)).toContainText(outcome.mine)
  await expect(editorText(winner)).not.toContainText(outcome.theirs)
})
