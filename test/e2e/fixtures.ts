import { test as base, expect, type Locator, type Page } from '@playwright/test'

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

/** A page's title, matched by its exact name: by default "Tools" would also match "Import tools". */
export function pageHeading(page: Page, name: string): Locator {
  return page.getByRole('heading', { name, level: 1, exact: true })
}

export async function startEmpty(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByRole('button', { name: 'Start empty' }).click()
  await expect(pageHeading(page, 'Dashboard')).toBeVisible()
}

export async function startWithSample(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByRole('button', { name: 'Load sample workspace' }).click()
  await expect(pageHeading(page, 'Dashboard')).toBeVisible()
}

export const modKey = process.platform === 'darwin' ? 'Meta' : 'Control'
