import { join } from 'node:path'
import { expect, pageHeading, startEmpty, test } from './fixtures'

const inventory = join(__dirname, '..', 'fixtures', 'tools', 'inventory-unreadable.csv')

test('a spreadsheet with unreadable optional cells keeps those rows, lists each warning by row and column in the preview, and imports them', async ({ page, consoleErrors }) => {
  await startEmpty(page)
  await page.goto('/#/tools/import')
  await expect(pageHeading(page, 'Import tools')).toBeVisible()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click()
  await (await chooser).setFiles(inventory)

  await expect(page.getByRole('listitem', { name: 'New: 3' })).toBeVisible()
  await expect(page.getByRole('listitem', { name: 'Rejected: 1' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Row errors' })).toContainText('the tool has no name')
  await expect(page.getByText('5 values in 2 rows cannot be read as written')).toBeVisible()
  await expect(page.getByText('Warnings: 5 in 2 rows')).toBeVisible()
  const warnings = page.getByRole('table', { name: 'Row warnings' })
  await expect(warnings.getByRole('row', { name: /Seats used/ })).toHaveText(/^2\s*Seats used\s*many\s*"many" is not a number; left empty$/)
  await expect(warnings.getByRole('row', { name: /Contract end/ })).toContainText('31/02/2027')
  await expect(warnings.getByRole('row', { name: /Contract end/ })).toContainText('no notice deadline')
  await expect(warnings.getByRole('row', { name: /Data classification/ })).toContainText(/^3\s*Data classification\s*Top secret/)
  const preview = page.getByRole('table', { name: 'Preview of the tools' })
  await expect(preview.getByRole('row', { name: /Figma/ })).toContainText('No contract end')
  await expect(preview.getByRole('row', { name: /Miro/ })).toBeVisible()

  await page.getByRole('button', { name: 'Import 3 tools' }).click()
  await expect(pageHeading(page, 'Tools')).toBeVisible()
  await expect(page.getByRole('table', { name: 'Tools' }).getByRole('row')).toHaveCount(4)
  expect(consoleErrors).toEqual([])
})
