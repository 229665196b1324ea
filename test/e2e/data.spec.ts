import { chromium } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { baseURL, browserLaunch, chromiumArgs } from '../../playwright.config'
import { expect, pageHeading, startEmpty, startWithSample, test } from './fixtures'

test('a person added through the UI is still there after a reload', async ({ page, consoleErrors }) => {
  await startEmpty(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'People', exact: true }).click()
  await page.getByRole('button', { name: 'New person' }).click()
  const dialog = page.getByRole('dialog', { name: 'New person' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Ada Lovelace')
  await dialog.getByRole('textbox', { name: 'Email' }).fill('ada@example.com')
  await dialog.getByRole('textbox', { name: 'Team' }).fill('Platform')
  await dialog.getByRole('button', { name: 'Add person' }).click()
  await expect(page.getByRole('cell', { name: 'Ada Lovelace', exact: true })).toBeVisible()

  await page.reload()
  await expect(pageHeading(page, 'People')).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Ada Lovelace', exact: true })).toBeVisible()
  await expect(page.getByRole('cell', { name: 'ada@example.com', exact: true })).toBeVisible()
  expect(consoleErrors).toEqual([])
})

test('a form names what is wrong and saves nothing until it is fixed', async ({ page }) => {
  await startEmpty(page)
  await page.goto('/#/people')
  await page.getByRole('button', { name: 'New person' }).click()
  const dialog = page.getByRole('dialog', { name: 'New person' })
  await dialog.getByRole('textbox', { name: 'Email' }).fill('not-an-email')
  await dialog.getByRole('button', { name: 'Add person' }).click()
  await expect(dialog.getByText('Give the person a name')).toBeVisible()
  await expect(dialog.getByText('"not-an-email" is not an email address')).toBeVisible()
})

test('deleting asks first and can be undone', async ({ page }) => {
  await startWithSample(page)
  await page.goto('/#/people')
  await page.getByRole('button', { name: 'Delete Kofi Mensah' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete person' })
  await expect(confirm).toContainText('Delete Kofi Mensah?')
  await confirm.getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('cell', { name: 'Kofi Mensah', exact: true })).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('cell', { name: 'Kofi Mensah', exact: true })).toBeVisible()
})

test('the sample workspace fills every page', async ({ page, consoleErrors }) => {
  await startWithSample(page)
  await expect(page.getByRole('region', { name: 'Notice deadlines' })).toContainText('Amplitude')
  await page.goto('/#/tools')
  await expect(page.getByRole('row', { name: /Figma/ })).toBeVisible()
  await page.goto('/#/metrics')
  await expect(page.getByRole('row', { name: /Weekly active teams/ })).toBeVisible()
  await page.goto('/#/feedback')
  await expect(page.getByRole('row', { name: /SAML SSO with Okta/ })).toBeVisible()
  await page.goto('/#/playbooks')
  await expect(page.getByRole('table', { name: 'Playbooks' })).toBeVisible()
  expect(consoleErrors).toEqual([])
})

test('the sample workspace survives a browser restart on the same profile', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'opsdeck-profile-'))
  const launch = () => chromium.launchPersistentContext(profile, { ...browserLaunch, args: chromiumArgs, baseURL })
  try {
    const first = await launch()
    const page = await first.newPage()
    await startWithSample(page)
    await page.goto('/#/people')
    await expect(page.getByRole('cell', { name: 'Maya Chen', exact: true })).toBeVisible()
    await first.close()

    const second = await launch()
    const again = await second.newPage()
    await again.goto('/#/people')
    await expect(again.getByRole('cell', { name: 'Maya Chen', exact: true })).toBeVisible()
    await expect(again.getByRole('heading', { name: 'Welcome to Opsdeck' })).toHaveCount(0)
    await second.close()
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
})
