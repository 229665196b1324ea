import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { expect, startWithSample, test } from './fixtures'

test.use({ timezoneId: 'America/Los_Angeles' })

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name, exact: true }).click()

async function addPerson(page: Page, name: string): Promise<void> {
  await nav(page, 'People')
  await page.getByRole('button', { name: 'New person' }).click()
  const dialog = page.getByRole('dialog', { name: 'New person' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name)
  await dialog.getByRole('button', { name: 'Add person' }).click()
  await expect(page.getByRole('cell', { name, exact: true })).toBeVisible()
}

/** Settings → Backups → Back up now: the browser build downloads the verified file. */
async function backUpNow(page: Page): Promise<string> {
  await nav(page, 'Settings')
  const downloading = page.waitForEvent('download')
  await page.getByRole('region', { name: 'Backups' }).getByRole('button', { name: 'Back up now' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^Opsdeck workspace \d{4}-\d{2}-\d{2} \d{4}\.opsdeck$/)
  await expect(page.getByText(/Backed up and verified/)).toBeVisible()
  return (await download.path()) as string
}

async function chooseRestoreFile(page: Page, path: string): Promise<void> {
  await nav(page, 'Settings')
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('region', { name: 'Backups' }).getByRole('button', { name: 'Restore from file…' }).click()
  await (await choosing).setFiles(path)
}

const workspaceSummary = (page: Page) => page.getByText(/^This workspace holds /)

test('back up, delete everything, restore from the file, then undo the restore', async ({ page }) => {
  await startWithSample(page)
  await addPerson(page, 'Ada Lovelace')
  const peopleInBackup = await page.getByRole('table').getByRole('row').count() - 1
  const backupFile = await backUpNow(page)

  // Delete everything: a backup is taken first and the message says where it is.
  await page.getByRole('button', { name: 'Delete everything…' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete everything in this workspace' })
  await expect(confirm).toContainText('A backup is taken first')
  await confirm.getByRole('button', { name: 'Delete everything' }).click()
  await expect(page.getByText(/A backup of what was deleted, taken .*, is in this browser/)).toBeVisible()
  await expect(workspaceSummary(page)).toHaveText('This workspace holds nothing yet.')
  await expect(page.getByRole('table', { name: 'Backups kept in this browser' }).getByRole('row')).toHaveCount(3)

  await chooseRestoreFile(page, backupFile)
  const preview = page.getByRole('dialog', { name: 'Restore this workspace?' })
  await expect(preview).toContainText('workspace version 4')
  const people = preview.getByRole('row', { name: /^People/ })
  await expect(people.getByRole('cell').nth(0)).toHaveText(String(peopleInBackup))
  await expect(people.getByRole('cell').nth(1)).toHaveText('0')
  await preview.getByRole('button', { name: 'Restore workspace' }).click()
  await expect(page.getByText('Workspace restored')).toBeVisible()

  await nav(page, 'People')
  await expect(page.getByRole('cell', { name: 'Ada Lovelace', exact: true })).toBeVisible()

  await page.getByRole('button', { name: 'Undo restore' }).click()
  await expect(page.getByText('Restore undone: the workspace is as it was before.')).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Ada Lovelace', exact: true })).toHaveCount(0)
  await nav(page, 'Settings')
  await expect(workspaceSummary(page)).toHaveText('This workspace holds nothing yet.')
})

test('a truncated backup and a backup from a newer version are refused, and nothing changes', async ({ page }) => {
  await startWithSample(page)
  await addPerson(page, 'Grace Hopper')
  const backupFile = await backUpNow(page)
  const before = await workspaceSummary(page).textContent()
  const dir = mkdtempSync(join(tmpdir(), 'opsdeck-e2e-backup-'))

  const whole = readFileSync(backupFile)
  const truncated = join(dir, 'truncated.opsdeck')
  writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)))
  await chooseRestoreFile(page, truncated)
  const refusal = page.getByRole('dialog', { name: 'This file cannot be restored' })
  await expect(refusal).toContainText('truncated.opsdeck is incomplete or damaged')
  await expect(refusal).toContainText('Nothing in your workspace was changed.')
  await page.keyboard.press('Escape')
  await expect(refusal).toHaveCount(0)

  const text = gunzipSync(whole).toString('utf8')
  const newline = text.indexOf('\n')
  const header = JSON.parse(text.slice(0, newline)) as { schemaVersion: number; appVersion: string }
  const newer = join(dir, 'newer.opsdeck')
  writeFileSync(newer, gzipSync(JSON.stringify({ ...header, schemaVersion: 12, appVersion: '3.0.0' }) + text.slice(newline)))
  await chooseRestoreFile(page, newer)
  await expect(refusal).toContainText('newer.opsdeck was made by Opsdeck 3.0.0, whose workspace (version 12) is newer than this copy reads (version 4)')
  await page.keyboard.press('Escape')

  await expect(workspaceSummary(page)).toHaveText(before ?? '')
  await nav(page, 'People')
  await expect(page.getByRole('cell', { name: 'Grace Hopper', exact: true })).toBeVisible()
})
