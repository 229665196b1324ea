import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, pageHeading, startBigFeedbackImport, startEmpty, test } from './fixtures'

const fixture = (name: string) => join(__dirname, '..', 'fixtures', 'feedback', name)

async function openImport(page: Page, file: string) {
  await page.goto('/#/feedback')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import CSV' }).click()
  await (await chooser).setFiles(file)
  await expect(pageHeading(page, 'Import feedback')).toBeVisible()
}

const count = (page: Page, label: string) => page.getByRole('listitem', { name: new RegExp(`^${label}: `) })

async function importPreviewed(page: Page) {
  await page.getByRole('button', { name: /^Import \d+ items/ }).click()
  await expect(page.getByRole('heading', { name: /^Imported / })).toBeVisible({ timeout: 30_000 })
}

for (const [file, source, encoding] of [
  ['zendesk.csv', 'Zendesk', 'UTF-8'],
  ['google-play-reviews.csv', 'Google Play', 'UTF-16 LE'],
  ['surveymonkey.csv', 'SurveyMonkey', 'UTF-8']
] as const) {
  test(`a ${source} export is recognised, previewed and imported with no manual mapping`, async ({ page, consoleErrors }) => {
    await startEmpty(page)
    await openImport(page, fixture(file))
    await expect(page.getByText(new RegExp(source)).first()).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'Encoding' })).toHaveValue(encoding)
    await expect(page.getByRole('table', { name: 'Preview of the first rows' })).toBeVisible()
    const created = Number((await count(page, 'New').getAttribute('aria-label'))?.replace(/\D/g, ''))
    expect(created).toBeGreaterThan(5)
    await importPreviewed(page)
    await page.getByRole('link', { name: 'View feedback' }).click()
    await expect(page.getByText(`${created} items, newest first`)).toBeVisible()
    expect(consoleErrors).toEqual([])
  })
}

test('importing the same file twice changes nothing the second time', async ({ page }) => {
  await startEmpty(page)
  await openImport(page, fixture('zendesk.csv'))
  await importPreviewed(page)
  await openImport(page, fixture('zendesk.csv'))
  await expect(count(page, 'New')).toHaveAttribute('aria-label', 'New: 0')
  await expect(count(page, 'Updated')).toHaveAttribute('aria-label', 'Updated: 0')
  await importPreviewed(page)
  await expect(count(page, 'New')).toHaveAttribute('aria-label', 'New: 0')
})

test('a bad file is refused with a clear message and nothing is written', async ({ page }) => {
  await startEmpty(page)
  await openImport(page, fixture('fake-xlsx.csv'))
  await expect(page.getByText(/Excel or ZIP file/)).toBeVisible()
  await expect(page.getByRole('button', { name: /^Import / })).toBeDisabled()
  await page.goto('/#/feedback')
  await expect(page.getByRole('heading', { name: 'Hear every customer in one place' })).toBeVisible()
})

test('undo restores the exact state before the import', async ({ page }) => {
  await startEmpty(page)
  await openImport(page, fixture('zendesk.csv'))
  await importPreviewed(page)
  await page.getByRole('link', { name: 'Import history and undo' }).click()
  await page.getByRole('button', { name: 'Undo the import of zendesk.csv' }).click()
  await page.getByRole('dialog', { name: 'Undo import' }).getByRole('button', { name: 'Undo import' }).click()
  await expect(page.getByRole('row', { name: /zendesk\.csv.*Undone/ })).toBeVisible()
  await page.goto('/#/feedback')
  await expect(page.getByRole('heading', { name: 'Hear every customer in one place' })).toBeVisible()
})

async function startImportingBigFile(page: Page) {
  await startEmpty(page)
  await startBigFeedbackImport(page)
}

test('cancelling halfway leaves no partial import', async ({ page }) => {
  await startImportingBigFile(page)
  await expect(page.getByRole('progressbar', { name: /Importing big\.csv/ })).toBeVisible()
  await page.getByRole('button', { name: 'Cancel import' }).click()
  await expect(page.getByText('Import cancelled. Nothing was kept.')).toBeVisible({ timeout: 30_000 })
  await page.goto('/#/feedback/imports')
  await expect(page.getByRole('row', { name: /big\.csv.*Cancelled/ })).toBeVisible()
  await page.goto('/#/feedback')
  await expect(page.getByRole('heading', { name: 'Hear every customer in one place' })).toBeVisible()
})

test('a page killed halfway through an import is rolled back at the next start', async ({ page, context }) => {
  await startImportingBigFile(page)
  await expect(page.getByText(/[1-9][\d,]* rows ·/)).toBeVisible({ timeout: 30_000 })
  await page.close({ runBeforeUnload: false })

  const again = await context.newPage()
  await again.goto('/#/feedback/imports')
  await expect(again.getByText('An unfinished import was rolled back')).toBeVisible({ timeout: 30_000 })
  await expect(again.getByRole('row', { name: /big\.csv.*Rolled back/ })).toBeVisible()
  await again.goto('/#/feedback')
  await expect(again.getByRole('heading', { name: 'Hear every customer in one place' })).toBeVisible()
})

test('fixtures exist for the formats the end-to-end tests use', () => {
  expect(readFileSync(fixture('google-play-reviews.csv')).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xfe]))
})
