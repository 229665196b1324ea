import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, pageHeading, startEmpty, test } from './fixtures'

// West of UTC, so that a time shifted by the zone would show.
test.use({ timezoneId: 'America/New_York', locale: 'en-US' })

const fixture = (name: string) => join(__dirname, '..', 'fixtures', 'feedback', name)
const count = (page: Page, label: string) => page.getByRole('listitem', { name: new RegExp(`^${label}: `) })
const preview = (page: Page) => page.getByRole('table', { name: 'Preview of the first rows' })
const previewRow = (page: Page, text: string | RegExp) => preview(page).getByRole('row').filter({ hasText: text })

async function openImport(page: Page, file: string) {
  await startEmpty(page)
  await page.goto('/#/feedback')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import CSV' }).click()
  await (await chooser).setFiles(fixture(file))
  await expect(pageHeading(page, 'Import feedback')).toBeVisible()
  await expect(preview(page)).toBeVisible()
}

async function importAndOpenInbox(page: Page, items: number) {
  await page.getByRole('button', { name: new RegExp(`^Import ${items} items`) }).click()
  await expect(page.getByRole('heading', { name: /^Imported / })).toBeVisible({ timeout: 30_000 })
  await page.getByRole('link', { name: 'View feedback' }).click()
  await expect(page.getByText(`${items} items, newest first`)).toBeVisible()
}

test('an Intercom conversation report without a message body: the title is the text, in the zone its header names', async ({ page }) => {
  await openImport(page, 'intercom-conversations-report.csv')
  await expect(page.getByText('Intercom conversations', { exact: true })).toBeVisible()
  const row = previewRow(page, 'Can we export the Gantt view to PDF?')
  // 08:55 in America/New_York, shown in a browser in New York: not shifted.
  await expect(row).toContainText('Sep 1, 2026, 8:55 AM')
  await expect(row).toContainText('Dana Whitfield')
  await expect(row).toContainText('Harbor Analytics')
  await expect(page.getByRole('combobox', { name: 'Received at' })).toHaveValue('Conversation started at (America/New_York)')
  await expect(count(page, 'New')).toHaveAttribute('aria-label', 'New: 5')
  await expect(page.getByText(/Row 7, column "Conversation title": the feedback text is empty/)).toBeVisible()
  await importAndOpenInbox(page, 5)
})

test('a Typeform export: the open answers are the text, system columns are not, and questions show without HTML', async ({ page }) => {
  await openImport(page, 'typeform-html-questions.csv')
  await expect(page.getByText('Typeform responses', { exact: true })).toBeVisible()
  await expect(previewRow(page, 'Pricing was unclear for teams over 20 people')).toContainText('The onboarding checklist was great')
  const mapping = page.getByRole('table', { name: 'Column mapping' })
  await expect(mapping.getByText('What almost stopped you from signing up?')).toBeVisible()
  await expect(mapping.getByText("Anything else you'd like to tell us?")).toBeVisible()
  await expect(page.getByText(/<strong>|<em>/)).toHaveCount(0)
  await expect(page.getByRole('combobox', { name: 'Received at' })).toHaveValue('Submit Date (UTC)')
  await expect(page.getByRole('combobox', { name: 'Company' })).toHaveValue('Which company do you work for?')
  await importAndOpenInbox(page, 4)
})

test('a UserVoice export with Idea columns folds one row per voter into one item per idea', async ({ page }) => {
  await openImport(page, 'uservoice-ideas.csv')
  await expect(page.getByText('UserVoice ideas (one row per voter)', { exact: true })).toBeVisible()
  await expect(previewRow(page, 'Audit log export')).toContainText('Grace Liu')
  await expect(previewRow(page, 'Audit log export')).toContainText('enterprise, security')
  // The creator, not the first voter.
  await expect(previewRow(page, 'Recurring tasks')).toContainText('Noah Becker')
  await expect(page.getByText('["enterprise"')).toHaveCount(0)
  await importAndOpenInbox(page, 3)
})

test('a German semicolon export in Windows-1252 is read with its accents, columns and numbers', async ({ page }) => {
  await openImport(page, 'german-semicolon-1252.csv')
  await expect(page.getByRole('combobox', { name: 'Encoding' })).toHaveValue('Windows-1252 (Western)')
  await expect(page.getByText('Semicolon', { exact: true })).toBeVisible()
  const row = previewRow(page, 'Der Export nach Excel schneidet Umlaute ab')
  await expect(row).toContainText('Jürgen Weiß')
  await expect(row).toContainText('Bäckerei Weiß GmbH')
  await expect(row).toContainText('€1,250')
  await expect(row).toContainText('Jan 14, 2026')
  await expect(page.getByRole('combobox', { name: 'Company' })).toHaveValue('Firma')
  await expect(page.getByRole('combobox', { name: 'Rating or score' })).toHaveValue('Bewertung')
  // "n/a" as a revenue: a warning for the column, and the row is still imported.
  await expect(page.getByRole('list', { name: 'Values that could not be read' })).toContainText('Column "Umsatz (€)": 1 row (4) has a value that is not a revenue ("n/a")')
  await importAndOpenInbox(page, 4)
})

test('stray NUL bytes are removed and counted, and every row is imported', async ({ page }) => {
  await openImport(page, 'stray-nuls.csv')
  await expect(page.getByText('Removed 6 stray NUL bytes')).toBeVisible()
  await expect(page.getByText(/binary data/)).toHaveCount(0)
  await expect(previewRow(page, 'Calendar sync makes duplicates')).toContainText('Ben Okoro')
  await importAndOpenInbox(page, 5)
})

test('a file mixing CRLF, LF and CR with multi-line cells keeps every row', async ({ page }) => {
  await openImport(page, 'mixed-line-endings.csv')
  await expect(count(page, 'New')).toHaveAttribute('aria-label', 'New: 7')
  await expect(count(page, 'Rejected')).toHaveAttribute('aria-label', 'Rejected: 0')
  await expect(previewRow(page, 'Invoices show the old address')).toContainText('Dara Kim')
  await expect(previewRow(page, 'Search misses accents')).toContainText('Eli Novak')
  await expect(previewRow(page, 'App crashes when attaching photos')).toContainText('Femi Adeyemi')
  await importAndOpenInbox(page, 7)
})

test('a Zendesk export: Good/Bad satisfaction gets a value map, an ARR column mapped by hand is stored as MRR', async ({ page }) => {
  await openImport(page, 'zendesk-satisfaction-arr.csv')
  await expect(page.getByText('Zendesk tickets', { exact: true })).toBeVisible()
  const values = page.getByRole('table', { name: 'Rating values of Satisfaction Score' })
  await expect(values.getByRole('textbox', { name: 'Rating for “Good”' })).toHaveValue('5')
  await expect(values.getByRole('textbox', { name: 'Rating for “Bad”' })).toHaveValue('1')
  await expect(values.getByRole('textbox', { name: 'Rating for “Offered”' })).toHaveValue('')
  await expect(previewRow(page, 'SSO login loops')).toContainText(/\b1\b/)

  await page.getByText('Good 1 · Bad 0').click()
  await expect(values.getByRole('textbox', { name: 'Rating for “Good”' })).toHaveValue('1')
  await expect(values.getByRole('textbox', { name: 'Rating for “Bad”' })).toHaveValue('0')

  await page.getByRole('combobox', { name: 'Revenue', exact: true }).click()
  await page.getByRole('option', { name: 'Account ARR [decimal]' }).click()
  await expect(page.getByRole('radio', { name: 'Annual (ARR), divided by 12' })).toBeChecked()
  await expect(page.getByText('Guessed from the column name.')).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Currency of “Account ARR [decimal]”' })).toHaveValue('USD')
  // 48,000 a year is 4,000 a month.
  await expect(previewRow(page, 'Roadmap PDF export does nothing')).toContainText('$4,000')
  await expect(page.getByRole('list', { name: 'Values that could not be read' })).toContainText('Column "Account ARR [decimal]": 1 row (6) has a value that is not a revenue ("n/a")')

  await page.getByRole('radio', { name: 'Monthly (MRR)' }).check()
  await expect(previewRow(page, 'Roadmap PDF export does nothing')).toContainText('$48,000')
  await page.getByRole('radio', { name: 'Annual (ARR), divided by 12' }).check()
  await expect(previewRow(page, 'Roadmap PDF export does nothing')).toContainText('$4,000')

  // The value map and the revenue answer are part of the mapping: remembered with it (and saved in the preset), they come back next week.
  await page.getByRole('textbox', { name: 'Save this mapping as a preset' }).fill('Zendesk weekly')
  await page.getByRole('button', { name: 'Save preset' }).click()
  await importAndOpenInbox(page, 6)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import CSV' }).click()
  await (await chooser).setFiles(fixture('zendesk-satisfaction-arr.csv'))
  await expect(page.getByText(/Using the mapping from your last import of this layout/)).toBeVisible()
  await expect(page.getByRole('table', { name: 'Rating values of Satisfaction Score' }).getByRole('textbox', { name: 'Rating for “Bad”' })).toHaveValue('0')
  await expect(page.getByRole('radio', { name: 'Annual (ARR), divided by 12' })).toBeChecked()
  await expect(count(page, 'Unchanged')).toHaveAttribute('aria-label', 'Unchanged: 6')
})
