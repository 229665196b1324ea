import { test as base, expect, type Page } from '@playwright/test'

/** Every test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await use(errors)
    expect(errors, 'console errors').toEqual([])
  }
})

export { expect }

export async function startEmpty(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByRole('button', { name: 'Start empty' }).click()
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1, exact: true })).toBeVisible()
}

export async function startWithSample(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByRole('button', { name: 'Load sample workspace' }).click()
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1, exact: true })).toBeVisible()
}

export const modKey = process.platform === 'darwin' ? 'Meta' : 'Control'
