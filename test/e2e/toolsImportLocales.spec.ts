import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, pageHeading, startEmpty, test } from './fixtures'

const fixture = (name: string) => join(__dirname, '..', 'fixtures', 'tools', name)

// West of UTC, on a fixed day, so every deadline below is the one a user in Los Angeles sees on 10 March 2026.
test.use({ timezoneId: 'America/Los_Angeles', locale: 'en-US' })
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-03-10T16:00:00Z'))
})

type Expected = [name: string, annual: string, deadline: string]

async function choose(page: Page, file: string) {
  await page.goto('/#/tools/import')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click()
  await (await chooser).setFiles(fixture(file))
}

async function expectPreview(page: Page, rows: Expected[]) {
  const table = page.getByRole('table', { name: 'Preview of the tools' })
  await expect(table.getByRole('row')).toHaveCount(rows.length + 1)
  for (const [name, annual, deadline] of rows) {
    const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) })
    await expect(row.getByRole('cell').nth(5), `annual cost of ${name}`).toHaveText(annual)
    await expect(row.getByRole('cell').nth(7), `deadline of ${name}`).toHaveText(deadline)
  }
}

test('imports a US, a German and a French Excel export with no manual mapping, each row with its annual cost and deadline, and the overdue deadline leads the dashboard until a decision is recorded', async ({ page, consoleErrors }) => {
  await startEmpty(page)

  await choose(page, 'inventory-excel-us.csv')
  // "Procurement" is no status any tool knows: the one value the preview cannot guess.
  await expect(page.getByText('1 row cannot be imported')).toBeVisible()
  await expect(page.getByRole('table', { name: 'Row errors' })).toContainText('"Procurement" is not a status Opsdeck knows')
  await expect(page.getByRole('combobox', { name: 'Status “Under review” becomes' })).toHaveValue('Evaluating')
  await expect(page.getByRole('combobox', { name: 'Status “Pending cancellation” becomes' })).toHaveValue('Deprecated (being phased out)')
  await expect(page.getByRole('combobox', { name: 'Billing cycle “2-year prepaid” becomes' })).toHaveValue('2-year term')
  await page.getByRole('combobox', { name: 'Status “Procurement” becomes' }).click()
  await page.getByRole('option', { name: 'Evaluating' }).click()
  await expect(page.getByRole('listitem', { name: 'New: 12' })).toBeVisible()
  await expect(page.getByRole('listitem', { name: 'Rejected: 0' })).toBeVisible()
  await expectPreview(page, [
    ['Slack', '$43,500', 'Mar 1, 2027'],
    ['Figma', '$21,600', 'Apr 15, 2026'],
    ['Datadog', '$48,000', 'Apr 1, 2027'],
    ['Snowflake', '$90,000', 'Nov 1, 2027'],
    ['Loom', '$0', 'Sep 30, 2026'],
    ['Miro', '$3,600', 'Jan 29, 2027'],
    ['Gong', '$28,800', 'Jan 30, 2026overdue'],
    ['Hotjar', '$1,188', 'Ends Mar 24, 2026 · no auto-renew'],
    ['Asana', '$4,498.20', 'Cancelled'],
    ['Amplitude', '$8,000', 'No contract end'],
    ['Zoom', '$7,495', 'Oct 31, 2026'],
    ['GitHub Enterprise', '$30,240', 'Dec 1, 2026']
  ])
  await page.getByRole('button', { name: 'Import 12 tools' }).click()
  await expect(pageHeading(page, 'Tools')).toBeVisible()

  await choose(page, 'inventory-excel-de.csv')
  // Miro and Slack, from the same vendors, are in the US file already: they are updated, not added twice.
  await expect(page.getByRole('listitem', { name: 'New: 8' })).toBeVisible()
  await expect(page.getByRole('listitem', { name: 'Updated: 2' })).toBeVisible()
  await expect(page.getByRole('listitem', { name: 'Rejected: 0' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Billing cycle “3 Jahre im Voraus” becomes' })).toHaveValue('3-year term')
  await expect(page.getByRole('combobox', { name: 'Auto-renew “Ja” becomes' })).toHaveValue('Yes')
  await expectPreview(page, [
    ['Personio', '€14,814', 'Oct 2, 2026'],
    ['DATEV Unternehmen online', '€4,800', 'Dec 31, 2025overdue'],
    ['Miro', '€800', 'Ends Apr 30, 2026 · no auto-renew'],
    ['Confluence', '€4,800', 'May 31, 2027'],
    ['Jira Software', '€7,200', 'Aug 31, 2027'],
    ['draw.io', '€0', 'No contract end'],
    ['Zoom', '€1,798.80', 'Cancelled'],
    ['Leapsome', '€6,000', 'No contract end'],
    ['Teamviewer', '€1,499', 'May 15, 2026'],
    ['Slack', '€6,960', 'Aug 1, 2026']
  ])
  await page.getByRole('button', { name: 'Import 10 tools' }).click()
  await expect(pageHeading(page, 'Tools')).toBeVisible()

  await choose(page, 'inventory-excel-fr.csv')
  await expect(page.getByRole('listitem', { name: 'New: 8' })).toBeVisible()
  await expect(page.getByRole('listitem', { name: 'Rejected: 0' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Status “À l’étude” becomes' }).or(page.getByRole('combobox', { name: "Status “À l'étude” becomes" }))).toHaveValue('Evaluating')
  await expectPreview(page, [
    ['Lucca', '€4,320', 'Dec 3, 2026'],
    ['Pennylane', '€12,000', 'Jan 31, 2026overdue'],
    ['Notion', '€960', 'Ends Jun 1, 2026 · no auto-renew'],
    ['Qonto', '€1,200', 'Aug 2, 2027'],
    ['Framasoft Framadate', '€0', 'No contract end'],
    ['Dashlane', '€2,400', 'Cancelled'],
    ['Agicap', '€6,000', 'No contract end'],
    ['Welcome to the Jungle', '€9,600', 'Apr 2, 2026']
  ])
  await page.getByRole('button', { name: 'Import 8 tools' }).click()
  await expect(pageHeading(page, 'Tools')).toBeVisible()

  await page.goto('/#/')
  const overdue = page.getByRole('list', { name: 'Overdue notice deadlines' })
  await expect(overdue.getByRole('listitem')).toHaveCount(3)
  await expect(overdue.getByRole('listitem').first()).toHaveAccessibleName('Gong: notice 39 days overdue')
  await expect(overdue.getByRole('listitem').first()).toContainText('$28,800 at stake')

  await page.goto('/#/tools')
  await page.getByRole('tab', { name: /Attention/ }).click()
  const attention = page.getByRole('region', { name: 'Overdue notice deadlines' })
  await expect(attention.getByRole('listitem').first()).toContainText('Gong')
  await expect(page.getByRole('list', { name: 'Contract warnings' })).toContainText('134 seats used but only 120 bought')
  await expect(page.getByRole('list', { name: 'Terms ending without auto-renew' })).toContainText('Hotjar')

  await page.getByRole('button', { name: 'Record a decision for Gong' }).click()
  const dialog = page.getByRole('dialog', { name: 'Renewal decision: Gong' })
  await dialog.getByRole('combobox', { name: 'Decision' }).click()
  await page.getByRole('option', { name: 'Downgrade' }).click()
  await dialog.getByRole('textbox', { name: 'Decided by' }).fill('Hannah Okafor')
  await dialog.getByRole('textbox', { name: 'New seats purchased' }).fill('12')
  await dialog.getByRole('button', { name: 'Record decision' }).click()
  await expect(dialog).toBeHidden()
  await expect(attention.getByRole('listitem')).toHaveCount(2)
  await expect(attention).not.toContainText('Gong')

  await page.getByRole('tab', { name: 'Spend' }).click()
  const savings = page.getByRole('region', { name: 'Savings from renewal decisions' })
  await expect(savings.getByRole('row').filter({ hasText: 'Gong' })).toContainText('$11,520')

  await page.goto('/#/')
  await expect(page.getByRole('list', { name: 'Overdue notice deadlines' }).getByRole('listitem').first()).toHaveAccessibleName('Pennylane: notice 38 days overdue')
  expect(consoleErrors).toEqual([])
})

test('shows the mapping editor when no column looks like the name, and imports once the user picks it', async ({ page }) => {
  await startEmpty(page)
  await page.goto('/#/tools/import')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click()
  await (await chooser).setFiles({ name: 'licences.csv', mimeType: 'text/csv', buffer: Buffer.from('Lizenz;Anbieter;Kosten;Abrechnung\r\nMiro;Miro;96,00 €;monatlich\r\n', 'utf-8') })
  await expect(page.getByText("Which column holds the tool's name?")).toBeVisible()
  await page.getByRole('combobox', { name: 'Name (required)' }).click()
  await page.getByRole('option', { name: 'Lizenz' }).click()
  const row = page.getByRole('table', { name: 'Preview of the tools' }).getByRole('row').filter({ hasText: 'Miro' })
  await expect(row.getByRole('cell').nth(5)).toHaveText('€1,152')
  await expect(page.getByRole('button', { name: 'Import 1 tools' })).toBeEnabled()
})

test('warns on the form about seats used above seats bought, and asks before Escape discards a half-filled new tool', async ({ page }) => {
  await startEmpty(page)
  await page.goto('/#/tools')
  await page.getByRole('button', { name: 'New tool' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New tool' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill('GitHub Enterprise')
  await dialog.getByRole('textbox', { name: 'Seats purchased' }).fill('120')
  await dialog.getByRole('textbox', { name: 'Seats used' }).fill('134')
  await expect(dialog.getByRole('status').filter({ hasText: '134 seats used but only 120 bought' })).toBeVisible()

  await page.keyboard.press('Escape')
  const confirm = page.getByRole('alertdialog', { name: 'Discard this new tool?' })
  await expect(confirm).toBeVisible()
  await confirm.getByRole('button', { name: 'Keep editing' }).click()
  await expect(confirm).toBeHidden()
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('GitHub Enterprise')

  await dialog.getByRole('textbox', { name: 'Name' }).press('Escape')
  await confirm.getByRole('button', { name: 'Discard' }).click()
  await expect(dialog).toBeHidden()
})
