import { join } from 'node:path'
import { expect, pageHeading, startEmpty, test } from './fixtures'

const inventory = join(__dirname, '..', 'fixtures', 'tools', 'inventory.csv')

test('a 50-row inventory spreadsheet imports with a preview, fills the timeline, overlaps and no-owner list, and can be undone', async ({ page, consoleErrors }) => {
  await startEmpty(page)
  await page.goto('/#/tools')
  await page.getByRole('link', { name: 'Import CSV' }).click()
  await expect(pageHeading(page, 'Import tools')).toBeVisible()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click()
  await (await chooser).setFiles(inventory)

  await expect(page.getByRole('listitem', { name: 'New: 50' })).toBeVisible()
  await expect(page.getByText(/New people added to the directory: .*Priya Nair/)).toBeVisible()
  await expect(page.getByRole('table', { name: 'Preview of the tools' }).getByRole('row', { name: /Looker/ })).toContainText('Google')
  await page.getByRole('button', { name: 'Import 50 tools' }).click()

  await expect(pageHeading(page, 'Tools')).toBeVisible()
  await expect(page.getByRole('table', { name: 'Tools' }).getByRole('row')).toHaveCount(51)

  await page.getByRole('tab', { name: 'Renewals' }).click()
  await expect(page.getByRole('list', { name: /^Notice deadlines in / }).first()).toBeVisible()

  await page.getByRole('tab', { name: /Attention/ }).click()
  await expect(page.getByRole('list', { name: 'Tools without an owner' })).toContainText('Aha! Roadmaps')
  await expect(page.getByRole('list', { name: 'analytics tools used by Growth' })).toContainText('Heap')

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('heading', { name: 'Never miss a notice deadline' })).toBeVisible()
  expect(consoleErrors).toEqual([])
})

test('importing the same inventory again changes nothing', async ({ page }) => {
  await startEmpty(page)
  for (const expected of ['New: 50', 'Unchanged: 50']) {
    await page.goto('/#/tools/import')
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Choose a CSV file…' }).click()
    await (await chooser).setFiles(inventory)
    await expect(page.getByRole('listitem', { name: expected })).toBeVisible()
    if (expected === 'New: 50') await page.getByRole('button', { name: 'Import 50 tools' }).click()
    await expect(pageHeading(page, expected === 'New: 50' ? 'Tools' : 'Import tools')).toBeVisible()
  }
  await expect(page.getByRole('button', { name: 'Import 0 tools' })).toBeDisabled()
})
