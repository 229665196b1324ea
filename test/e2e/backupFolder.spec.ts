import type { Page } from '@playwright/test'
import { answerFolderPickerWithOpfs, expect, filesInOpfsFolder, startWithSample, test } from './fixtures'

test.beforeEach(({ page }) => answerFolderPickerWithOpfs(page))

const backupsRegion = (page: Page) => page.getByRole('region', { name: 'Backups' })
const whereBackupsGo = (page: Page) => backupsRegion(page).getByRole('group', { name: 'Where backups go' })

test('Back up now writes a verified file into the folder the user granted, lists it there, and remembers the folder', async ({ page }) => {
  await startWithSample(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings', exact: true }).click()
  await expect(whereBackupsGo(page)).toContainText('Backups go to this browser')
  await whereBackupsGo(page).getByRole('button', { name: 'Choose a backup folder…' }).click()
  await expect(whereBackupsGo(page)).toContainText('Backups go to the folder “Opsdeck backups”')
  await expect(page.getByText('Backups now go to Opsdeck backups. Those taken before stay where they were.')).toBeVisible()

  let downloaded = false
  page.on('download', () => (downloaded = true))
  await backupsRegion(page).getByRole('button', { name: 'Back up now' }).click()
  await expect(page.getByText(/^Backed up and verified into Opsdeck backups \(/)).toBeVisible()
  const table = backupsRegion(page).getByRole('table', { name: 'Backups in the backups folder' })
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table).toContainText('Verified, newest')
  const files = await filesInOpfsFolder(page)
  expect(files).toHaveLength(1)
  expect(files[0]).toMatch(/^Opsdeck backup \d{8}T\d{6}Z-[0-9a-f]{8}\.opsdeck$/)
  expect(downloaded).toBe(false)

  // Another visit: the handle was kept, the permission still holds, the backup is listed from the folder.
  await page.reload()
  // The sample's tools have notice deadlines coming up: the start-up summary comes first.
  const summary = page.getByRole('dialog', { name: 'While you were away' })
  await summary.press('Escape')
  await expect(summary).toBeHidden()
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings', exact: true }).click()
  await expect(whereBackupsGo(page)).toContainText('the folder “Opsdeck backups”')
  await expect(backupsRegion(page).getByRole('table', { name: 'Backups in the backups folder' }).getByRole('row')).toHaveCount(2)

  // The backup reads back from the folder for a restore; the preview is as far as this goes.
  await backupsRegion(page).getByRole('button', { name: /^Restore the backup of / }).click()
  const preview = page.getByRole('dialog', { name: 'Restore this workspace?' })
  await expect(preview).toBeVisible()
  await preview.getByRole('button', { name: 'Cancel' }).click()

  // Use default: back to this browser; the file stays in the folder, which is the user's.
  await whereBackupsGo(page).getByRole('button', { name: 'Use default' }).click()
  await expect(whereBackupsGo(page)).toContainText('Backups go to this browser')
  expect(await filesInOpfsFolder(page)).toEqual(files)
})
