import type { Page } from '@playwright/test'
import { answerFolderPickerWithOpfs, expect, filesInOpfsFolder, pageHeading, startBigFeedbackImport, startEmpty, test } from './fixtures'

test.beforeEach(({ page }) => answerFolderPickerWithOpfs(page))

const backupsRegion = (page: Page) => page.getByRole('region', { name: 'Backups' })
const settings = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings', exact: true }).click()

/** The finished backups in the folder: a backup cut short never got its name. */
const backupFiles = async (page: Page) => (await filesInOpfsFolder(page)).filter((name) => name.endsWith('.opsdeck'))

test('a page killed during a backup leaves the earlier backups intact, and the next start says the last one did not finish', async ({ page, context }) => {
  test.setTimeout(180_000)
  await startEmpty(page)
  await settings(page)
  await backupsRegion(page).getByRole('group', { name: 'Where backups go' }).getByRole('button', { name: 'Choose a backup folder…' }).click()
  await expect(backupsRegion(page).getByRole('group', { name: 'Where backups go' })).toContainText('the folder “Opsdeck backups”')

  // A workspace big enough that a backup takes seconds; the import itself backs up first (over 10,000 rows).
  await startBigFeedbackImport(page)
  await expect(page.getByRole('heading', { name: /^Imported / })).toBeVisible({ timeout: 120_000 })

  await settings(page)
  const table = backupsRegion(page).getByRole('table', { name: 'Backups in the backups folder' })
  await expect(table.getByRole('row')).toHaveCount(2)
  const before = await backupFiles(page)
  expect(before).toHaveLength(1)

  await backupsRegion(page).getByRole('button', { name: 'Back up now' }).click()
  await expect(page.getByText('Backing up the workspace…')).toBeVisible()
  await page.close({ runBeforeUnload: false })

  const again = await context.newPage()
  await again.goto('/#/settings')
  await expect(again.getByText('A backup did not finish')).toBeVisible({ timeout: 30_000 })
  await expect(pageHeading(again, 'Settings')).toBeVisible()
  const listed = backupsRegion(again).getByRole('table', { name: 'Backups in the backups folder' })
  await expect(listed.getByRole('row')).toHaveCount(2)
  await expect(listed).toContainText('Verified, newest')
  expect(await backupFiles(again)).toEqual(before)
})
