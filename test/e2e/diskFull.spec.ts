import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, test as base, type Page } from '@playwright/test'
import { baseURL, browserLaunch, chromiumArgs } from '../../playwright.config'
import { expect, pageHeading, startBigFeedbackImport, startEmpty, startWithSample } from './fixtures'

/** Chromium applies a quota override to a profile on disk (not to a throwaway context): each test gets its own. */
const test = base.extend<{ page: Page }>({
  page: async ({ baseURL: url }, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'opsdeck-disk-full-'))
    const context = await chromium.launchPersistentContext(profile, { ...browserLaunch, args: chromiumArgs, baseURL: url ?? baseURL, viewport: { width: 1280, height: 720 } })
    try {
      await use(context.pages()[0] ?? (await context.newPage()))
    } finally {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    }
  }
})

/**
 * A small disk, made real: Chromium's DevTools protocol gives this origin a quota before the app first opens its
 * database, so writes past it fail with the browser's own QuotaExceededError, in the page and in its workers alike.
 * The page's storage estimate does not see the override, as when another program fills the disk after the check
 * before an import. "Another program" here is a scratch database that the test fills until nothing more fits.
 */
async function smallDisk(page: Page, bytes: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: baseURL, quotaSize: bytes })
}

/** Writes random bytes into a scratch database until no write of even 512 bytes fits (run in the page). */
const fillScratch = `(async () => {
  const scratch = await new Promise((resolve) => {
    const request = indexedDB.open('disk-filler', 1)
    request.onupgradeneeded = () => request.result.createObjectStore('bytes')
    request.onsuccess = () => resolve(request.result)
  })
  const write = (size) => new Promise((resolve) => {
    const transaction = scratch.transaction('bytes', 'readwrite')
    transaction.objectStore('bytes').put(crypto.getRandomValues(new Uint8Array(size)).slice(), crypto.randomUUID())
    transaction.oncomplete = () => resolve(true)
    transaction.onabort = () => resolve(false)
  })
  for (const size of [1 << 16, 1 << 12, 1 << 9]) while (await write(size));
  scratch.close()
})()`

async function fillTheDisk(page: Page): Promise<void> {
  await page.evaluate(fillScratch)
}

async function freeTheDisk(page: Page): Promise<void> {
  await page.evaluate(`new Promise((resolve) => (indexedDB.deleteDatabase('disk-filler').onsuccess = resolve))`)
}

const editorText = (page: Page) => page.getByRole('textbox', { name: 'Playbook text' })
const saveStatus = (page: Page) => page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Unsaved changes|Not saved: .*)$/ })

test('the editor keeps what is typed on a full disk, offers a file, and saves it by itself once there is room', async ({ page }) => {
  await smallDisk(page, 64 * 1024 * 1024)
  await startWithSample(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Playbooks', exact: true }).click()
  await expect(pageHeading(page, 'Playbooks')).toBeVisible()
  await page.getByRole('link', { name: 'Weekly feedback triage' }).first().click()
  await expect(editorText(page)).toBeVisible()

  await fillTheDisk(page)
  const words = ' Typed while the disk was full, '.repeat(400)
  await editorText(page).click()
  await page.keyboard.press('End')
  await page.keyboard.insertText(words)
  await expect(saveStatus(page)).toHaveText('Not saved: the disk is full', { timeout: 20_000 })
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Save as file…' })).toBeVisible()
  await expect(editorText(page)).toContainText('Typed while the disk was full')

  // Keeping a copy as a file works while the database refuses writes.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save as file…' }).click()
  const saved = await download
  expect(saved.suggestedFilename()).toMatch(/\.md$/)

  // Room again: the next automatic retry saves the text, with no click.
  await freeTheDisk(page)
  await expect(saveStatus(page)).toHaveText('Saved', { timeout: 45_000 })
  await page.reload()
  await expect(editorText(page)).toContainText('Typed while the disk was full')
})

test('an import that meets a full disk halfway is rolled back, says why, and the workspace is as it was', async ({ page }) => {
  // Room for the app and the first part of the file, not for all 60,000 rows.
  await smallDisk(page, 12 * 1024 * 1024)
  await startEmpty(page)
  await startBigFeedbackImport(page)
  const notice = page.getByRole('alert').filter({ hasText: 'The import of big.csv stopped' })
  await expect(notice).toBeVisible({ timeout: 30_000 })
  await expect(notice).toContainText('The disk is full')

  await page.reload()
  await page.goto('/#/feedback')
  await expect(page.getByRole('heading', { name: 'Hear every customer in one place' })).toBeVisible({ timeout: 30_000 })
  await page.goto('/#/feedback/imports')
  await expect(page.getByRole('row', { name: /big\.csv.*Rolled back/ })).toBeVisible()
})
