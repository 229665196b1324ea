import { test as base, expect, type Locator, type Page } from '@playwright/test'

/** Every test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await use(errors)
    expect(errors, 'console errors').toEqual([])
  }
})

export { expect }

/** A page's title, matched by its exact name: by default "Tools" would also match "Import tools". */
export function pageHeading(page: Page, name: string): Locator {
  return page.getByRole('heading', { name, level: 1, exact: true })
}

export async function startEmpty(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByRole('button', { name: 'Start empty' }).click()
  await expect(pageHeading(page, 'Dashboard')).toBeVisible()
}

export async function startWithSample(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByRole('button', { name: 'Load sample workspace' }).click()
  await expect(pageHeading(page, 'Dashboard')).toBeVisible()
}

export const modKey = process.platform === 'darwin' ? 'Meta' : 'Control'

/** A Zendesk-like feedback export big enough that importing (and then backing up) takes seconds here. */
function bigFeedbackCsv(rows: number): Buffer {
  const lines = ['Id,Subject,Description,Requester email,Created at']
  for (let i = 1; i <= rows; i++) lines.push(`${i},Request ${i},"Customers ask for better exports, item ${i}",user${i}@example.com,2026-01-${String((i % 28) + 1).padStart(2, '0')} 10:00`)
  return Buffer.from(lines.join('\n'))
}

/**
 * The folder picker answered by a folder of the origin private file system: a real FileSystemDirectoryHandle
 * (createWritable, permissions, kept in IndexedDB) without a dialog no test can click through.
 */
export async function answerFolderPickerWithOpfs(page: Page): Promise<void> {
  await page.addInitScript(`Object.defineProperty(globalThis, 'showDirectoryPicker', {
    configurable: true,
    value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('Opsdeck backups', { create: true })
  })`)
}

/** From the inbox: chooses a 60,000-row big.csv and starts its import (over 10,000 rows, so a backup comes first). */
export async function startBigFeedbackImport(page: Page): Promise<void> {
  await page.goto('/#/feedback')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import CSV' }).click()
  await (await chooser).setFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: bigFeedbackCsv(60_000) })
  await page.getByRole('button', { name: /^Import [\d,]+ items/ }).click({ timeout: 60_000 })
}

/** The names of the files in the OPFS folder that stands in for the chosen backup folder, sorted. */
export function filesInOpfsFolder(page: Page): Promise<string[]> {
  return page.evaluate(`(async () => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('Opsdeck backups', { create: true })
    const names = []
    for await (const name of folder.keys()) names.push(name)
    return names.sort()
  })()`)
}
