import type { Page } from '@playwright/test'
import { expect, pageHeading, startWithSample, test } from './fixtures'

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name, exact: true }).click()

/** A page of the app's origin that is not the app: the test reaches the origin's IndexedDB from it. */
async function openBlankPage(page: Page): Promise<void> {
  await page.route('**/blank.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }))
  await page.goto('/blank.html')
}

test('a workspace written by a newer Opsdeck is not opened, and the screen says to update', async ({ page }) => {
  await startWithSample(page)
  await openBlankPage(page)
  // What a newer Opsdeck leaves behind: the same database at a higher version.
  await page.evaluate(`new Promise((resolve, reject) => {
    const request = indexedDB.open('opsdeck', 100000)
    request.onsuccess = () => { request.result.close(); resolve(undefined) }
    request.onerror = () => reject(request.error)
  })`)
  await page.goto('/')
  await expect(pageHeading(page, 'This workspace needs a newer Opsdeck')).toBeVisible()
  await expect(page.getByText('Update Opsdeck to open it; nothing was changed.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Restore the backup of/ })).toHaveCount(0)
})

test('a damaged workspace with a backup offers to restore it, and the data comes back', async ({ page }) => {
  // The damage: while the flag is set, opening the workspace fails as Chromium fails on a broken store; deleting
  // the database removes the damage with it.
  await page.addInitScript(`(() => {
    const open = IDBFactory.prototype.open
    const remove = IDBFactory.prototype.deleteDatabase
    IDBFactory.prototype.open = function (name, version) {
      if (name !== 'opsdeck' || localStorage.getItem('e2e.damaged') !== '1') return open.call(this, name, version)
      const request = { error: new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError'), readyState: 'done', onerror: null, onsuccess: null, onupgradeneeded: null, onblocked: null, addEventListener() {}, removeEventListener() {} }
      setTimeout(() => request.onerror && request.onerror({ type: 'error', target: request, preventDefault() {}, stopPropagation() {} }))
      return request
    }
    IDBFactory.prototype.deleteDatabase = function (name) {
      if (name === 'opsdeck') localStorage.removeItem('e2e.damaged')
      return remove.call(this, name)
    }
  })()`)
  await startWithSample(page)
  await nav(page, 'People')
  await expect(page.getByRole('cell', { name: 'Maya Chen', exact: true })).toBeVisible()
  // A backup kept in this browser: Delete everything takes one first.
  await nav(page, 'Settings')
  await page.getByRole('button', { name: 'Delete everything…' }).click()
  await page.getByRole('dialog', { name: 'Delete everything in this workspace' }).getByRole('button', { name: 'Delete everything' }).click()
  await expect(page.getByText(/A backup of what was deleted, taken .*, is in this browser/)).toBeVisible()

  await page.evaluate("localStorage.setItem('e2e.damaged', '1')")
  await page.reload()
  await expect(pageHeading(page, 'Opsdeck cannot open your workspace')).toBeVisible()
  await expect(page.getByText('Internal error opening backing store')).toBeVisible()
  await page.getByRole('button', { name: /^Restore the backup of/ }).click()
  const replace = page.getByRole('dialog', { name: 'Replace the workspace that cannot be opened?' })
  await expect(replace).toContainText('Your backups are kept.')
  await replace.getByRole('button', { name: /^Restore the backup of/ }).click()

  const preview = page.getByRole('dialog', { name: 'Restore this workspace?' })
  await preview.getByRole('button', { name: 'Restore workspace' }).click()
  await expect(page.getByText('Workspace restored')).toBeVisible({ timeout: 30_000 })
  await nav(page, 'People')
  await expect(page.getByRole('cell', { name: 'Maya Chen', exact: true })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('cell', { name: 'Maya Chen', exact: true })).toBeVisible()
})
