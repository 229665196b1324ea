import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, startEmpty, test } from './fixtures'

const fixture = (name: string) => join(__dirname, '..', 'fixtures', 'feedback', name)

async function importZendesk(page: Page) {
  await page.goto('/#/feedback')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import CSV' }).click()
  await (await chooser).setFiles(fixture('zendesk.csv'))
  await page.getByRole('button', { name: /^Import \d+ items/ }).click()
  await expect(page.getByRole('heading', { name: /^Imported / })).toBeVisible({ timeout: 30_000 })
  await page.getByRole('link', { name: 'View feedback' }).click()
  await expect(page.getByText('12 items, newest first')).toBeVisible()
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Feedback' })
const activeRow = (page: Page) => grid(page).locator('[role="row"][aria-current="true"]')
const status = (page: Page, name: string) => page.getByRole('radio', { name })

async function openInbox(page: Page) {
  await page.getByRole('tab', { name: 'Inbox' }).click()
  await expect(grid(page)).toBeVisible()
}

async function press(page: Page, ...keys: string[]) {
  for (const key of keys) {
    await page.keyboard.press(key)
    // Each key acts on the row the previous one left the cursor on.
    await page.waitForTimeout(120)
  }
}

async function createTheme(page: Page, name: string, effort: string, confidence: string) {
  await page.getByRole('button', { name: 'New theme' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New theme' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name)
  await dialog.getByRole('textbox', { name: 'Effort (person-weeks)' }).fill(effort)
  await dialog.getByRole('textbox', { name: 'Confidence (%)' }).fill(confidence)
  await dialog.getByRole('button', { name: 'Create theme' }).click()
  await expect(dialog).toBeHidden()
}

const importanceNames = { '1': 'Nice to have', '2': 'Important', '3': 'Critical' } as const

async function linkActiveRow(page: Page, theme: string, themeName: string, importanceKey: '1' | '2' | '3') {
  await expect(activeRow(page)).toHaveCount(1)
  await press(page, 'l')
  await page.getByRole('textbox', { name: 'Find a theme' }).pressSequentially(theme)
  await press(page, 'Enter')
  await expect(page.getByRole('group', { name: `Importance for ${themeName}` })).toBeVisible()
  await press(page, importanceKey)
  await expect(page.getByRole('dialog', { name: 'Link to a theme' })).toBeHidden()
  const detail = page.getByRole('complementary', { name: 'Feedback detail' })
  await expect(detail.getByRole('combobox', { name: `Importance for ${themeName}` })).toHaveValue(importanceNames[importanceKey])
}

test('triage from the keyboard, themes ranked with their breakdown, undo, and a saved view that survives a reload', async ({ page, consoleErrors }) => {
  test.setTimeout(180_000)
  await startEmpty(page)
  await importZendesk(page)
  await expect(grid(page).getByRole('row')).toHaveCount(13)

  // Ten rows triaged with the keyboard only.
  await press(page, 'j')
  await expect(activeRow(page)).toHaveCount(1)
  await expect(page.getByRole('complementary', { name: 'Feedback detail' })).toBeVisible()
  await press(page, 'r', 'r', 'r', 'r')
  await expect(status(page, 'Reviewed 4')).toHaveCount(1)
  await press(page, 'x', 'j', 'x')
  await expect(page.getByText('2 items selected')).toBeVisible()
  await press(page, 'e')
  await expect(status(page, 'Archived 2')).toHaveCount(1)
  await press(page, 'j', 't')
  await page.getByRole('textbox', { name: /^Tags for this item/ }).pressSequentially('billing')
  await press(page, 'Enter')
  await expect(page.getByRole('complementary', { name: 'Feedback detail' }).getByRole('button', { name: 'Remove tag billing' })).toBeVisible()
  await press(page, 'j', 'r', 'r', 'e')
  await expect(status(page, 'Reviewed 6')).toHaveCount(1)
  await expect(status(page, 'Archived 3')).toHaveCount(1)
  await expect(status(page, 'New 3')).toHaveCount(1)

  // z undoes the last action: the last archive.
  await press(page, 'z')
  await expect(status(page, 'Archived 2')).toHaveCount(1)
  await expect(status(page, 'New 4')).toHaveCount(1)

  // Two themes.
  await page.getByRole('tab', { name: 'Themes' }).click()
  await createTheme(page, 'Export to PDF', '2', '80')
  await expect(page.getByRole('table', { name: 'Theme ranking' })).toBeVisible()
  await createTheme(page, 'Single sign-on', '5', '50')

  // Rows linked with importances, from the keyboard.
  await openInbox(page)
  await page.getByRole('textbox', { name: 'Search feedback' }).fill('export the roadmap')
  await press(page, 'Escape')
  await expect(page.getByText('2 items, newest first')).toBeVisible()
  await expect(grid(page).getByRole('row')).toHaveCount(3)
  await press(page, 'j')
  await linkActiveRow(page, 'Export', 'Export to PDF', '3')
  await press(page, 'j')
  await linkActiveRow(page, 'Export', 'Export to PDF', '2')
  await page.getByRole('textbox', { name: 'Search feedback' }).fill('okta')
  await press(page, 'Escape')
  await expect(page.getByText('1 item, newest first')).toBeVisible()
  await expect(grid(page).getByRole('row')).toHaveCount(2)
  await press(page, 'j')
  await linkActiveRow(page, 'Single', 'Single sign-on', '1')

  // The ranking follows: RICE = reach × impact × confidence ÷ effort.
  await page.getByRole('tab', { name: 'Themes' }).click()
  await page.getByRole('textbox', { name: 'Reach period (days)' }).fill('3650')
  const ranking = page.getByRole('table', { name: 'Theme ranking' })
  await expect(ranking.getByRole('row').nth(1)).toContainText('Export to PDF')
  await ranking.getByRole('button', { name: /^Score of Export to PDF: 2\./ }).click()
  await expect(page.getByRole('region', { name: 'RICE score of Export to PDF breakdown' })).toContainText('2 × 2.5 × 0.8 ÷ 2 = 2')
  await ranking.getByRole('button', { name: /^Score of Single sign-on: 0\.1\./ }).click()
  await expect(page.getByRole('region', { name: 'RICE score of Single sign-on breakdown' })).toContainText('1 × 1 × 0.5 ÷ 5 = 0.1')

  // Undo the last link: Single sign-on loses its only customer.
  await openInbox(page)
  await press(page, 'z')
  await page.getByRole('tab', { name: 'Themes' }).click()
  await page.getByRole('textbox', { name: 'Reach period (days)' }).fill('3650')
  const ssoScore = page.getByRole('button', { name: /^Score of Single sign-on: 0\./ })
  await expect(ssoScore).toBeVisible()
  if ((await ssoScore.getAttribute('aria-expanded')) !== 'true') await ssoScore.click()
  await expect(page.getByRole('region', { name: 'RICE score of Single sign-on breakdown' })).toContainText('0 × 0 × 0.5 ÷ 5 = 0')

  // A smaller effort lifts Single sign-on after it is linked again with a critical importance.
  await openInbox(page)
  await press(page, 'j')
  await linkActiveRow(page, 'Single', 'Single sign-on', '3')
  await page.getByRole('tab', { name: 'Themes' }).click()
  await page.getByRole('textbox', { name: 'Reach period (days)' }).fill('3650')
  await page.getByRole('link', { name: 'Single sign-on' }).click()
  await page.getByRole('button', { name: 'Edit' }).click()
  await page.getByRole('dialog', { name: 'Edit Single sign-on' }).getByRole('textbox', { name: 'Effort (person-weeks)' }).fill('0.5')
  await page.getByRole('button', { name: 'Save theme' }).click()
  await expect(page.getByRole('region', { name: 'RICE score breakdown' })).toContainText('1 × 3 × 0.5 ÷ 0.5 = 3')
  await page.getByRole('link', { name: 'All themes' }).click()
  await page.getByRole('textbox', { name: 'Reach period (days)' }).fill('3650')
  await expect(page.getByRole('table', { name: 'Theme ranking' }).getByRole('row').nth(1)).toContainText('Single sign-on')

  // A saved view, in the navigation, survives a reload.
  await openInbox(page)
  await page.getByRole('textbox', { name: 'Search feedback' }).fill('')
  await press(page, 'Escape')
  // The default view is the open work: the two archived items have their own tab.
  await expect(page.getByText('10 items, newest first')).toBeVisible()
  await expect(status(page, 'Open 10')).toBeChecked()
  await status(page, 'Archived 2').dispatchEvent('click')
  await expect(page.getByText('2 items, newest first')).toBeVisible()
  await page.getByRole('button', { name: 'Save view' }).click()
  await page.getByRole('textbox', { name: 'View name' }).fill('Archived this week')
  await press(page, 'Enter')
  const navigation = page.getByRole('navigation', { name: 'Main navigation' })
  await expect(navigation.getByRole('link', { name: 'Archived this week' })).toBeVisible()
  await page.reload()
  await expect(page.getByText('2 items, newest first')).toBeVisible()
  await navigation.getByRole('link', { name: 'Feedback' }).click()
  await expect(page.getByText('10 items, newest first')).toBeVisible()
  await navigation.getByRole('link', { name: 'Archived this week' }).click()
  await expect(page.getByText('2 items, newest first')).toBeVisible()
  await expect(status(page, 'Archived 2')).toBeChecked()
  expect(consoleErrors).toEqual([])
})
