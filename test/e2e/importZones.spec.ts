import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, startEmpty, test } from './fixtures'

const fixture = (name: string) => join(__dirname, '..', 'fixtures', 'feedback', name)
const grid = (page: Page) => page.getByRole('grid', { name: 'Feedback' })
const activeRow = (page: Page) => grid(page).locator('[role="row"][aria-current="true"]')
const count = (page: Page, label: string) => page.getByRole('listitem', { name: new RegExp(`^${label}: `) })
const zonePicker = (page: Page) => page.getByRole('combobox', { name: 'Time zone of the file' })
const row = (page: Page, text: string) => grid(page).getByRole('row').filter({ hasText: text })
const received = (page: Page, text: string) => row(page, text).locator('time')
/** Clock times as en-US writes them; newer ICU puts a narrow no-break space before AM/PM. */
const at = (date: string, time: string) => new RegExp(`${date},? (at )?${time.replace(' ', '\\s?')}`)

async function openImport(page: Page, file: string) {
  await page.goto('/#/feedback')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import CSV' }).click()
  await (await chooser).setFiles(file)
  await expect(page.getByRole('table', { name: 'Preview of the first rows' })).toBeVisible({ timeout: 30_000 })
}

async function importAndView(page: Page, items?: number) {
  await page.getByRole('button', { name: /^Import \d+ items/ }).click()
  await expect(page.getByRole('heading', { name: /^Imported / })).toBeVisible({ timeout: 30_000 })
  await page.getByRole('link', { name: 'View feedback' }).click()
  await expect(page.getByText(items === undefined ? /^\d+ items, newest first$/ : `${items} items, newest first`)).toBeVisible()
}

async function press(page: Page, ...keys: string[]) {
  for (const key of keys) {
    await page.keyboard.press(key)
    await page.waitForTimeout(120)
  }
}

async function expectSheetDates(page: Page) {
  // Times as the file wrote them (the file's zone is the laptop's), dates alone as those dates.
  // The cell shows the day (and, this year, the time); its title the exact date and time.
  for (const [text, day, time] of [
    ['Bulk-editing due dates', 'Sep 1', '8:55 AM'],
    ['SAML login fails', 'Sep 1', '11:30 PM'],
    ['custom fields', 'Sep 4', '12:15 AM']
  ] as const) {
    await expect(received(page, text)).toHaveAttribute('title', at(`${day}, 2026`, time))
    await expect(received(page, text)).toHaveText(new RegExp(`^${day}\\b`))
  }
  for (const [text, day, iso] of [
    ['hide weekends', 'Sep 3', '2026-09-03'],
    ['read-only link', 'Sep 5', '2026-09-05']
  ] as const) {
    await expect(received(page, text)).toHaveAttribute('title', `${day}, 2026`)
    await expect(received(page, text)).toHaveAttribute('datetime', iso)
    await expect(received(page, text)).toHaveText(new RegExp(`^${day}(, 2026)?$`))
  }
  await row(page, 'hide weekends').click()
  await expect(page.getByRole('complementary', { name: 'Feedback detail' })).toContainText(/ReceivedSep 3, 2026/)
}

for (const [timezoneId, zoneLabel, berlinMorning] of [
  ['America/New_York', /^America\/New York/, '4:14 AM'],
  ['Asia/Kolkata', /^Asia\/(Kolkata|Calcutta)/, '1:44 PM']
] as const) {
  test.describe(`with the laptop in ${timezoneId}`, () => {
    test.use({ timezoneId, locale: 'en-US' })

    test('zone-less times show as the file wrote them and dates alone as their calendar dates', async ({ page, consoleErrors }) => {
      await startEmpty(page)
      await openImport(page, fixture('feedback-log-sheet.csv'))
      await expect(zonePicker(page)).toHaveValue(zoneLabel)
      await importAndView(page, 5)
      await expectSheetDates(page)
      expect(consoleErrors).toEqual([])
    })

    test('times in an Intercom export are read in the zone its header names', async ({ page }) => {
      await startEmpty(page)
      await openImport(page, fixture('intercom.csv'))
      await expect(zonePicker(page)).toHaveValue(/^Europe\/Berlin/)
      await expect(zonePicker(page)).toBeDisabled()
      await expect(page.getByText(/names its zone, so its times are read in Europe\/Berlin/)).toBeVisible()
      await importAndView(page)
      // "Created at (Europe/Berlin)" 2026-03-27 09:14:52 is 08:14 UTC.
      await expect(received(page, 'bulk-move tasks')).toHaveAttribute('title', at('Mar 27, 2026', berlinMorning))
    })
  })
}

test.describe('with the laptop in America/New_York', () => {
  test.use({ timezoneId: 'America/New_York', locale: 'en-US' })

  test('a file zone chosen in the preview is applied and remembered for the next import of the layout', async ({ page }) => {
    await startEmpty(page)
    await openImport(page, fixture('feedback-log-sheet.csv'))
    await zonePicker(page).click()
    await zonePicker(page).fill('Berlin')
    await page.getByRole('option', { name: /^Europe\/Berlin/ }).click()
    await expect(zonePicker(page)).toHaveValue(/^Europe\/Berlin/)
    // 08:55 in Berlin (summer time, UTC+2) is 02:55 in New York.
    const preview = page.getByRole('table', { name: 'Preview of the first rows' })
    await expect(preview).toContainText(at('Sep 1, 2026', '2:55 AM'))
    await expect(preview).toContainText(new RegExp(`${at('Sep 1, 2026', '8:55 AM').source} in Europe/Berlin`))
    await expect(preview).toContainText(/Sep 3, 2026(?!,)/)
    await importAndView(page, 5)
    await expect(received(page, 'Bulk-editing due dates')).toHaveAttribute('title', at('Sep 1, 2026', '2:55 AM'))

    await openImport(page, fixture('feedback-log-sheet.csv'))
    await expect(page.getByText(/^Using the mapping from your last import of this layout, /)).toBeVisible()
    await expect(zonePicker(page)).toHaveValue(/^Europe\/Berlin/)
    await expect(count(page, 'Unchanged')).toHaveAttribute('aria-label', 'Unchanged: 5')
  })

  test('a weekly re-import of the same report keeps the mapping and the triage', async ({ page, consoleErrors }) => {
    test.setTimeout(120_000)
    await startEmpty(page)
    await openImport(page, fixture('zendesk-weekly-week1.csv'))
    // A change by hand this week: the plan column is not imported.
    await expect(page.getByRole('combobox', { name: 'Plan or segment' })).toHaveValue('Plan [list]')
    await page.getByRole('button', { name: 'Do not import Plan or segment' }).click()
    await expect(page.getByText('Your changes')).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'Plan or segment' })).toHaveValue('')
    await importAndView(page, 7)

    // Triage in between: one ticket reviewed, one linked to a theme.
    await page.getByRole('textbox', { name: 'Search feedback' }).fill('SAML')
    await press(page, 'Escape')
    await expect(page.getByText('1 item, newest first')).toBeVisible()
    await press(page, 'j', 'r')
    await expect(page.getByRole('radio', { name: 'Reviewed 1' })).toHaveCount(1)
    await page.getByRole('tab', { name: 'Themes' }).click()
    await page.getByRole('button', { name: 'New theme' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'New theme' })
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Exports')
    await dialog.getByRole('button', { name: 'Create theme' }).click()
    await expect(dialog).toBeHidden()
    await page.getByRole('tab', { name: 'Inbox' }).click()
    await page.getByRole('textbox', { name: 'Search feedback' }).fill('custom fields')
    await press(page, 'Escape')
    await expect(page.getByText('1 item, newest first')).toBeVisible()
    await row(page, 'custom fields').click()
    await expect(activeRow(page)).toHaveCount(1)
    await press(page, 'l')
    await page.getByRole('textbox', { name: 'Find a theme' }).pressSequentially('Exports')
    await press(page, 'Enter')
    await press(page, '3')
    await expect(page.getByRole('dialog', { name: 'Link to a theme' })).toBeHidden()
    await page.getByRole('textbox', { name: 'Search feedback' }).fill('')
    await expect(page.getByText('7 items, newest first')).toBeVisible()

    // Next week's report: two tickets changed, three new.
    await openImport(page, fixture('zendesk-weekly-week2.csv'))
    await expect(page.getByText(/^Using the mapping from your last import of this layout, /)).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'Plan or segment' })).toHaveValue('')
    await expect(count(page, 'New')).toHaveAttribute('aria-label', 'New: 3')
    await expect(count(page, 'Updated')).toHaveAttribute('aria-label', 'Updated: 2')
    await expect(count(page, 'Unchanged')).toHaveAttribute('aria-label', 'Unchanged: 5')
    await importAndView(page, 10)
    await expect(page.getByRole('radio', { name: 'Reviewed 1' })).toHaveCount(1)
    await expect(page.getByRole('radio', { name: 'Linked 1' })).toHaveCount(1)
    await page.getByRole('textbox', { name: 'Search feedback' }).fill('custom fields')
    await press(page, 'Escape')
    await expect(page.getByText('1 item, newest first')).toBeVisible()
    await row(page, 'custom fields').click()
    const detail = page.getByRole('complementary', { name: 'Feedback detail' })
    await expect(detail.getByRole('combobox', { name: 'Importance for Exports' })).toHaveValue('Critical')
    await expect(detail).toContainText('Harbour Fintech Ltd')
    expect(consoleErrors).toEqual([])
  })
})
