import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { expect, startWithSample, test } from './fixtures'

/** The schema version the app declares: the last `version(n)` in db.ts. */
const schemaVersion = Math.max(...[...readFileSync('src/renderer/src/db/db.ts', 'utf8').matchAll(/this\.version\((\d+)\)/g)].map((match) => Number(match[1])))

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

type DexieTable = { tableName: string; rows: Record<string, unknown>[] }
type DexieExport = { data: { tables: { name: string; rowCount: number }[]; data: DexieTable[] } }

/** A colleague's file: our backup, changed as they would have changed it, with a header that matches again. */
function colleagueFile(backupFile: string, change: (table: (name: string) => Record<string, unknown>[]) => void): string {
  const text = gunzipSync(readFileSync(backupFile)).toString('utf8')
  const newline = text.indexOf('\n')
  const header = JSON.parse(text.slice(0, newline)) as Record<string, unknown>
  const content = JSON.parse(text.slice(newline + 1)) as DexieExport
  change((name) => content.data.data.find((table) => table.tableName === name)!.rows)
  for (const meta of content.data.tables) meta.rowCount = content.data.data.find((table) => table.tableName === meta.name)!.rows.length
  const contentText = JSON.stringify(content)
  const counts = Object.fromEntries(content.data.tables.map((meta) => [meta.name, meta.rowCount]))
  const newHeader = { ...header, reason: 'export', counts, contentBytes: Buffer.byteLength(contentText), contentSha256: createHash('sha256').update(contentText).digest('hex') }
  const path = join(mkdtempSync(join(tmpdir(), 'opsdeck-e2e-merge-')), 'colleague.opsdeck')
  writeFileSync(path, gzipSync(`${JSON.stringify(newHeader)}\n${contentText}`))
  return path
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
  await expect(preview).toContainText(`workspace version ${schemaVersion}`)
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
  await expect(refusal).toContainText(`newer.opsdeck was made by Opsdeck 3.0.0, whose workspace (version 12) is newer than this copy reads (version ${schemaVersion})`)
  await page.keyboard.press('Escape')

  await expect(workspaceSummary(page)).toHaveText(before ?? '')
  await nav(page, 'People')
  await expect(page.getByRole('cell', { name: 'Grace Hopper', exact: true })).toBeVisible()
})

test('merging an overlapping workspace lists the conflict and keeps both sides’ new records', async ({ page }) => {
  await startWithSample(page)
  const backupFile = await backUpNow(page)
  const theirs = colleagueFile(backupFile, (table) => {
    const people = table('people')
    const kofi = people.find((person) => person['name'] === 'Kofi Mensah')!
    kofi['name'] = 'Kofi Mensah (theirs)'
    kofi['updatedAt'] = '2026-12-01T10:00:00.000Z'
    people.push({ ...kofi, id: '0193a6f0-0000-7000-8000-00000000c011', name: 'Colleague Only', updatedAt: kofi['createdAt'] })
  })

  await addPerson(page, 'Ada Lovelace')
  await page.getByRole('button', { name: 'Edit Kofi Mensah' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit Kofi Mensah' })
  await edit.getByRole('textbox', { name: 'Name' }).fill('Kofi Mensah (mine)')
  await edit.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('cell', { name: 'Kofi Mensah (mine)', exact: true })).toBeVisible()

  await nav(page, 'Settings')
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('region', { name: 'Backups' }).getByRole('button', { name: 'Merge from file…' }).click()
  await (await choosing).setFiles(theirs)
  const dialog = page.getByRole('dialog', { name: 'Merge this workspace into yours?' })
  await expect(dialog).toContainText('1 record was changed on both sides')
  const conflicts = dialog.getByRole('table', { name: 'Conflicts' })
  await expect(conflicts).toContainText('Kofi Mensah (mine)')
  await expect(dialog.getByRole('table', { name: 'What the merge changes' }).getByRole('row', { name: /^People/ }).getByRole('cell').first()).toHaveText('1')
  await dialog.getByRole('button', { name: 'Merge' }).click()
  await expect(page.getByText('Workspace merged')).toBeVisible()

  await nav(page, 'People')
  await expect(page.getByRole('cell', { name: 'Ada Lovelace', exact: true })).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Colleague Only', exact: true })).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Kofi Mensah (mine)', exact: true })).toBeVisible()
})

test('a restore that would not fit on the disk is refused with the numbers, and nothing changes', async ({ page }) => {
  await startWithSample(page)
  await addPerson(page, 'Hedy Lamarr')
  const backupFile = await backUpNow(page)
  // The browser says only 100 MB are left for this site: less than the restore and its margin.
  await page.evaluate(() => {
    const storage = (globalThis as unknown as { navigator: { storage: { estimate: () => Promise<{ quota: number; usage: number }> } } }).navigator.storage
    storage.estimate = async () => ({ quota: 300 * 1024 * 1024, usage: 200 * 1024 * 1024 })
  })
  await chooseRestoreFile(page, backupFile)
  const refusal = page.getByRole('dialog', { name: 'This file cannot be restored' })
  await expect(refusal).toContainText(/Restoring .+ needs about 256 MB of free space \(.+ and a margin of 256 MB\), but only 100 MB is free\. Free some space and try again\./)
  await page.keyboard.press('Escape')
  await nav(page, 'People')
  await expect(page.getByRole('cell', { name: 'Hedy Lamarr', exact: true })).toBeVisible()
})
