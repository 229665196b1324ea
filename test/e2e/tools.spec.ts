import ICAL from 'ical.js'
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { addDays, localIsoDate } from '../../src/shared/domain/tools/isoDate'
import { expect, modKey, pageHeading, startEmpty, startWithSample, test } from './fixtures'

const today = () => localIsoDate(new Date())

async function openTools(page: Page) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tools', exact: true }).click()
  await expect(pageHeading(page, 'Tools')).toBeVisible()
}

async function addTool(page: Page, tool: { name: string; vendor: string; price: string; contractEnd: string; noticeDays: string }) {
  await page.getByRole('button', { name: 'New tool' }).click()
  const dialog = page.getByRole('dialog', { name: 'New tool' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill(tool.name)
  await dialog.getByRole('textbox', { name: 'Vendor' }).fill(tool.vendor)
  await dialog.getByRole('textbox', { name: 'Price' }).fill(tool.price)
  await dialog.getByRole('textbox', { name: 'Contract end' }).fill(tool.contractEnd)
  await dialog.getByRole('textbox', { name: 'Notice period (days)' }).fill(tool.noticeDays)
  await dialog.getByRole('button', { name: 'Add tool' }).click()
  await expect(dialog).toBeHidden()
}

test('a tool added by hand through the form is in the table after a reload', async ({ page, consoleErrors }) => {
  await startEmpty(page)
  await openTools(page)
  await page.getByRole('button', { name: 'New tool' }).click()
  const dialog = page.getByRole('dialog', { name: 'New tool' })
  await dialog.getByRole('button', { name: 'Add tool' }).click()
  await expect(dialog.getByText('A tool needs a name')).toBeVisible()
  await page.keyboard.press('Escape')

  await addTool(page, { name: 'Linear', vendor: 'Linear Orbit', price: '4800', contractEnd: addDays(today(), 300), noticeDays: '30' })
  const table = page.getByRole('table', { name: 'Tools' })
  await expect(table.getByRole('row', { name: /Linear/ })).toContainText('$4,800')

  await page.reload()
  const row = page.getByRole('table', { name: 'Tools' }).getByRole('row', { name: /Linear/ })
  await expect(row).toContainText('Linear Orbit')
  await expect(row).toContainText('270 days left')
  await row.getByRole('button', { name: 'Linear' }).click()
  const drawer = page.getByRole('dialog', { name: 'Linear' })
  await expect(drawer.getByRole('group', { name: 'Computed values' })).toContainText('$4,800')
  await expect(page).toHaveURL(/#\/tools\/[\w-]+$/)
  expect(consoleErrors).toEqual([])
})

test('a tool whose notice deadline is in 10 days appears in the start-up summary', async ({ page, consoleErrors }) => {
  await startEmpty(page)
  await openTools(page)
  await addTool(page, { name: 'Miro', vendor: 'Miro', price: '1200', contractEnd: addDays(today(), 10 + 30), noticeDays: '30' })
  await page.reload()
  const summary = page.getByRole('dialog', { name: 'While you were away' })
  const coming = summary.getByRole('list', { name: 'Notice deadlines coming up' }).getByRole('listitem')
  await expect(coming).toHaveCount(1)
  await expect(coming).toContainText('Miro')
  await expect(coming).toContainText('10 days left')
  await summary.getByRole('button', { name: 'Open Miro' }).click()
  await expect(summary).toBeHidden()
  await expect(page.getByRole('dialog', { name: 'Miro' }).getByRole('group', { name: 'Computed values' })).toContainText('10 days left')

  // Told once: the next start the same day stays quiet.
  await page.reload()
  await expect(pageHeading(page, 'Tools')).toBeVisible()
  await expect(page.getByRole('dialog', { name: 'While you were away' })).toHaveCount(0)
  expect(consoleErrors).toEqual([])
})

test('the sample workspace’s 10-day deadlines greet the user at the next start, unless snoozed or dismissed', async ({ page, consoleErrors }) => {
  await startWithSample(page)
  await page.goto('/#/tools/sample-tool-1')
  const amplitude = page.getByRole('dialog', { name: 'Amplitude' })
  await amplitude.getByRole('button', { name: 'Snooze' }).click()
  await page.getByRole('menuitem', { name: 'For 7 days' }).click()
  await expect(amplitude.getByRole('group', { name: 'Reminder' })).toContainText('Snoozed until')
  await page.keyboard.press('Escape')
  await expect(amplitude).toBeHidden()

  await page.goto('/#/tools/sample-tool-9')
  const dovetail = page.getByRole('dialog', { name: 'Dovetail' })
  await dovetail.getByRole('button', { name: 'Dismiss for this deadline' }).click()
  await expect(dovetail.getByRole('group', { name: 'Reminder' })).toContainText('Dismissed for this deadline')
  await page.keyboard.press('Escape')

  await page.reload()
  const summary = page.getByRole('dialog', { name: 'While you were away' })
  await expect(summary.getByRole('listitem').filter({ hasText: 'Notion' })).toContainText('10 days left')
  await expect(summary.getByRole('listitem').filter({ hasText: 'Amplitude' })).toHaveCount(0)
  await expect(summary.getByRole('listitem').filter({ hasText: 'Dovetail' })).toHaveCount(0)
  await summary.getByRole('button', { name: 'Done' }).click()
  await expect(summary).toBeHidden()
  expect(consoleErrors).toEqual([])
})

test('the renewal timeline, the overlaps and the no-owner list', async ({ page, consoleErrors }) => {
  await startWithSample(page)
  await openTools(page)
  await page.getByRole('tab', { name: 'Renewals' }).click()
  await expect(page.getByRole('tab', { name: 'Renewals' })).toHaveAttribute('aria-selected', 'true')
  const deadline = addDays(today(), 10)
  const month = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${deadline}T00:00:00Z`))
  const monthList = page.getByRole('list', { name: `Notice deadlines in ${month}` })
  await expect(monthList.getByRole('listitem').filter({ hasText: 'Amplitude' })).toContainText('10 days left')
  await expect(monthList.getByRole('listitem').filter({ hasText: 'Notion' })).toContainText('10 days left')

  // The tabs follow the keyboard.
  await page.getByRole('tab', { name: 'Renewals' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'Spend' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('group', { name: 'Spend totals' })).toContainText('Annual spend')
  await expect(page.getByRole('list', { name: 'Tools left out of the totals' })).toContainText('No exchange rate for EUR')

  await page.getByRole('tab', { name: /Attention/ }).click()
  const noOwner = page.getByRole('list', { name: 'Tools without an owner' })
  await expect(noOwner.getByRole('listitem')).toHaveCount(2)
  await expect(noOwner).toContainText('Dovetail')
  await expect(noOwner).toContainText('Notion')
  const overlap = page.getByRole('list', { name: 'analytics tools used by Growth' })
  await expect(overlap.getByRole('button', { name: 'Amplitude' })).toBeVisible()
  await expect(overlap.getByRole('button', { name: 'Mixpanel' })).toBeVisible()
  await overlap.getByRole('button', { name: 'Mixpanel' }).click()
  await expect(page.getByRole('dialog', { name: 'Mixpanel' })).toBeVisible()
  expect(consoleErrors).toEqual([])
})

test('the notice deadlines export as an iCalendar file that parses back', async ({ page, consoleErrors }) => {
  await startWithSample(page)
  await openTools(page)
  await page.getByRole('button', { name: 'Export' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'Export calendar (.ics)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('opsdeck-notice-deadlines.ics')

  const calendar = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), 'utf8')))
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
  expect(events).toHaveLength(9)
  const amplitude = events.find((event) => event.summary === 'Notice deadline: Amplitude (Amplitude Inc.)')
  expect(amplitude?.startDate.toString()).toBe(addDays(today(), 10))
  expect(amplitude?.startDate.isDate).toBe(true)
  expect(amplitude?.description).toContain('renews automatically unless notice is given by')
  expect(new Set(events.map((event) => event.uid)).size).toBe(9)
  expect(consoleErrors).toEqual([])
})

test('the calendar export is also a command, and the inventory exports as CSV for Excel', async ({ page }) => {
  await startWithSample(page)
  await page.keyboard.press(`${modKey}+K`)
  await page.getByRole('textbox', { name: 'Search pages, commands and records' }).fill('notice deadlines')
  const calendar = page.waitForEvent('download')
  await page.getByRole('button', { name: /Export notice deadlines \(\.ics\)/ }).click()
  expect((await calendar).suggestedFilename()).toBe('opsdeck-notice-deadlines.ics')

  await openTools(page)
  await page.getByRole('button', { name: 'Export' }).click()
  const csv = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'Export CSV' }).click()
  const download = await csv
  expect(download.suggestedFilename()).toBe('opsdeck-tools.csv')
  const bytes = readFileSync(await download.path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const lines = bytes.toString('utf8').slice(1).split('\r\n')
  expect(lines[0]).toMatch(/^Name,Vendor,Category,/)
  expect(lines.filter((line) => line.startsWith('Amplitude,'))).toHaveLength(1)
})

test('the tool settings change the spend view', async ({ page, consoleErrors }) => {
  await startWithSample(page)
  await page.goto('/#/settings')
  const section = page.getByRole('region', { name: 'Tools and renewals' })
  await section.getByRole('button', { name: 'Add EUR' }).click()
  await section.getByRole('textbox', { name: 'Value in USD' }).fill('1.1')
  await section.getByRole('button', { name: 'Add rate' }).click()
  await expect(section.getByRole('table', { name: 'Exchange rates' })).toContainText('EUR')

  await page.goto('/#/tools')
  await page.getByRole('tab', { name: 'Spend' }).click()
  await expect(page.getByRole('group', { name: 'Spend totals' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Tools left out of the totals' })).toHaveCount(0)
  expect(consoleErrors).toEqual([])
})
