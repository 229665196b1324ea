import type { Page } from '@playwright/test'
import { fixtureDir, readFolder, zipFolder } from '../unit/playbookImport/fixtureFiles'
import { expect, pageHeading, startEmpty, test } from './fixtures'

// A zone west of UTC: nothing in an import should shift with it.
test.use({ timezoneId: 'America/Los_Angeles' })

const editorText = (page: Page) => page.getByRole('textbox', { name: 'Playbook text' })

async function openPlaybooks(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Playbooks', exact: true }).click()
  await expect(pageHeading(page, 'Playbooks')).toBeVisible()
}

interface PageGlobals {
  DataTransfer: new () => { items: { add(file: unknown): void } }
  File: new (parts: unknown[], name: string, options: { type: string }) => unknown
  ClipboardEvent: new (type: string, init: Record<string, unknown>) => unknown
}

type Upload = { name: string; mimeType: string; buffer: Buffer }

async function chooseFiles(page: Page, files: Upload[]): Promise<void> {
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: /^Import…$|^Choose files or a \.zip…$/ }).first().click()
  await (await choosing).setFiles(files)
  await expect(page.getByRole('table', { name: 'Files to import' })).toBeVisible()
}

const zipUpload = (name: string, folder: string): Upload => ({ name, mimeType: 'application/zip', buffer: Buffer.from(zipFolder(fixtureDir(folder))) })

function previewRow(page: Page, path: string) {
  return page.getByRole('table', { name: 'Files to import' }).getByRole('row').filter({ hasText: path })
}

async function importAndReport(page: Page, count: number): Promise<void> {
  await page.getByRole('button', { name: `Import ${count} playbook${count === 1 ? '' : 's'}` }).click()
  await expect(pageHeading(page, 'Import report')).toBeVisible()
}

async function openFromReport(page: Page, title: string): Promise<void> {
  await page.getByRole('table', { name: 'Imported files' }).getByRole('link', { name: title, exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(title)
}

async function expectImageShown(page: Page, alt: string): Promise<void> {
  const image = editorText(page).getByRole('img', { name: alt })
  await expect(image).toBeVisible()
  await expect.poll(() => image.evaluate((element) => (element as unknown as { naturalWidth: number }).naturalWidth)).toBe(24)
  expect(await image.getAttribute('src')).toMatch(/^blob:/)
}

async function playbookTitles(page: Page): Promise<string[]> {
  await openPlaybooks(page)
  const links = page.getByRole('table', { name: 'Playbooks' }).getByRole('link')
  return (await links.allTextContents()).sort()
}

test('a Notion export zip imports with owners, a working link to its sub-page and images, and updates on a second import', async ({ page }) => {
  await startEmpty(page)
  await openPlaybooks(page)
  await chooseFiles(page, [zipUpload('Notion export.zip', 'notion')])

  const top = previewRow(page, 'Support operations 5f0c1a2b3c4d4e5f8a9b0c1d2e3f4a5b.md')
  await expect(top).toContainText('New playbook')
  await expect(top).toContainText('Dana Whitfield')
  await expect(top).toContainText('new person')
  await expect(top).toContainText('3 steps, 1 done')
  await expect(top).toContainText('“Refund approvals” links to a page outside this import')
  await expect(page.getByRole('alert').filter({ hasText: 'added on import' })).toContainText('Lee Marsh')
  // Nothing is written before the import: another window of the workspace still shows an empty library.
  const other = await page.context().newPage()
  await other.goto('/#/playbooks')
  await expect(other.getByRole('heading', { name: 'Write down how your team works' })).toBeVisible()
  await other.close()

  await importAndReport(page, 2)
  await openFromReport(page, 'Support operations')
  await expect(page.getByText('Published', { exact: true }).first()).toBeVisible()
  await expect(page.getByText('Not published yet')).toHaveCount(0)
  await expect(editorText(page).getByRole('checkbox', { name: 'To do: Check the queue for tickets older than 24 hours' })).toBeVisible()
  await expect(editorText(page).getByRole('checkbox', { name: 'Done: Confirm the pager is routed to you' })).toBeChecked()
  await expectImageShown(page, 'Queue dashboard')
  await editorText(page).getByRole('link', { name: 'Escalation policy' }).first().click()
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Escalation policy')
  await expectImageShown(page, 'Untitled')

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'People', exact: true }).click()
  await expect(page.getByRole('main').getByText('Dana Whitfield')).toBeVisible()
  await expect(page.getByRole('main').getByText('Lee Marsh')).toBeVisible()
  await expect(page.getByRole('main').getByText('Sam Okafor')).toHaveCount(0)

  await openPlaybooks(page)
  await chooseFiles(page, [zipUpload('Notion export.zip', 'notion')])
  await expect(previewRow(page, 'Support operations 5f0c1a2b3c4d4e5f8a9b0c1d2e3f4a5b.md')).toContainText('Updates earlier import')
  await expect(page.getByRole('alert').filter({ hasText: 'added on import' })).toHaveCount(0)
  await importAndReport(page, 2)
  expect(await playbookTitles(page)).toEqual(['Escalation policy', 'Support operations'])
})

test('a Confluence HTML space export skips its index and links its pages to each other', async ({ page }) => {
  await startEmpty(page)
  await openPlaybooks(page)
  await chooseFiles(page, [zipUpload('OPS-space-export.zip', 'confluence')])
  await expect(previewRow(page, 'OPS/index.html')).toContainText('Skipped')
  await expect(previewRow(page, 'OPS/index.html')).toContainText('space index')
  await expect(previewRow(page, 'OPS/Vendor-onboarding_1933313.html')).toContainText('Vendor onboarding')
  await expect(previewRow(page, 'OPS/Vendor-onboarding_1933313.html')).toContainText('Priya Raman')
  await expect(previewRow(page, 'OPS/Quarterly-access-review_1933320.html')).toContainText('Marcus Lee')

  await importAndReport(page, 3)
  await openFromReport(page, 'Vendor onboarding')
  await expect(editorText(page).getByRole('checkbox', { name: 'Done: Request the SOC 2 report' })).toBeChecked()
  await expect(editorText(page).getByRole('checkbox', { name: 'To do: Send the security questionnaire' })).toBeVisible()
  await expectImageShown(page, 'approval-flow.png')
  await expect(editorText(page).getByText('Do not share customer data before the DPA is signed.')).toBeVisible()
  await expect(editorText(page)).not.toContainText('Created by')
  await editorText(page).getByRole('link', { name: 'Quarterly access review' }).click()
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Quarterly access review')
  expect(await playbookTitles(page)).toEqual(['Operations Home', 'Quarterly access review', 'Vendor onboarding'])

})

test('an Obsidian vault chosen as a folder resolves its wikilinks and embeds, and the import can be undone', async ({ page }) => {
  await startEmpty(page)
  await page.goto('/#/playbooks/import')
  await expect(page.getByRole('heading', { name: 'Drop an export here, or choose it' })).toBeVisible()
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose a folder…' }).click()
  await (await choosing).setFiles(fixtureDir('obsidian', 'Ops vault'))
  await expect(previewRow(page, 'Ops vault/Runbooks/Release checklist.md')).toContainText('Priya Raman')
  await expect(previewRow(page, 'Ops vault/.obsidian/app.json')).toContainText('Obsidian settings')
  await expect(previewRow(page, 'Ops vault/Runbooks/Release checklist.md')).toContainText('“Retired process” links to Retired process, which is not in this import')

  await importAndReport(page, 3)
  await openFromReport(page, 'Release checklist')
  await expectImageShown(page, 'Pasted image 20250304101522')
  await expect(editorText(page).getByText('Freeze first')).toBeVisible()
  await editorText(page).getByRole('link', { name: 'who to tell' }).click()
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Launch comms')

  await page.goBack()
  await page.goBack()
  await expect(pageHeading(page, 'Import report')).toBeVisible()
  await page.getByRole('button', { name: 'Undo import' }).click()
  await page.getByRole('dialog', { name: 'Undo this import?' }).getByRole('button', { name: 'Undo import' }).click()
  await expect(page.getByText('This import was undone')).toBeVisible()
  await openPlaybooks(page)
  await expect(page.getByRole('heading', { name: 'Write down how your team works' })).toBeVisible()
})

test('plain Markdown files with front matter import with their links, and a broken file is refused with its line', async ({ page }) => {
  await startEmpty(page)
  await openPlaybooks(page)
  const files = readFolder(fixtureDir('markdown')).map((file) => ({ name: file.path, mimeType: 'text/markdown', buffer: Buffer.from(file.bytes) }))
  await chooseFiles(page, [...files, { name: 'broken.md', mimeType: 'text/markdown', buffer: Buffer.from('---\ntitle: Broken\ntags: [a, b\n---\n\nText\n') }])
  await expect(previewRow(page, 'broken.md')).toContainText('Refused')
  await expect(previewRow(page, 'broken.md')).toContainText(/Line \d+: the front matter is not valid YAML/)
  await importAndReport(page, 2)
  await openFromReport(page, 'Onboarding buddy programme')
  await expect(editorText(page).getByRole('checkbox', { name: 'To do: Book three 30-minute coffees' })).toBeVisible()
  await editorText(page).getByRole('link', { name: 'Offboarding' }).click()
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Offboarding')
  await expect(editorText(page).getByRole('link', { name: 'https://handbook.example.com/offboarding' })).toHaveAttribute('href', 'https://handbook.example.com/offboarding')

  // An image pasted into the editor is stored as a blob and shown at once.
  await editorText(page).getByRole('paragraph').filter({ hasText: 'Collect the laptop' }).click()
  const png = readFolder(fixtureDir('notion')).find((file) => file.path.endsWith('queue-dashboard.png'))?.bytes ?? new Uint8Array()
  await editorText(page).evaluate((element, bytes) => {
    // In the page, where DataTransfer and ClipboardEvent exist; this file is typed for Node.
    const page = globalThis as unknown as PageGlobals
    const transfer = new page.DataTransfer()
    transfer.items.add(new page.File([new Uint8Array(bytes)], 'whiteboard.png', { type: 'image/png' }))
    ;(element as unknown as { dispatchEvent(event: unknown): boolean }).dispatchEvent(new page.ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }))
  }, Array.from(png))
  await expectImageShown(page, 'whiteboard')
})
