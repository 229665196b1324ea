import { expect, modKey, pageHeading, startEmpty, test } from './fixtures'

const pages = ['Dashboard', 'Feedback', 'Playbooks', 'Tools', 'Metrics', 'People', 'Settings']

test('a new user is welcomed and can start with an empty workspace', async ({ page, consoleErrors }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Welcome to Opsdeck' })).toBeVisible()
  await page.getByRole('button', { name: 'Start empty' }).click()
  await expect(pageHeading(page, 'Dashboard')).toBeVisible()
  await page.reload()
  await expect(pageHeading(page, 'Dashboard')).toBeVisible()
  expect(consoleErrors).toEqual([])
})

test('the navigation reaches every page, each teaching what it is for', async ({ page, consoleErrors }) => {
  await startEmpty(page)
  const navigation = page.getByRole('navigation', { name: 'Main navigation' })
  for (const name of pages) {
    await navigation.getByRole('link', { name, exact: true }).click()
    await expect(pageHeading(page, name)).toBeVisible()
    await expect(navigation.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page')
  }
  await navigation.getByRole('link', { name: 'Tools', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Never miss a notice deadline' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'New tool' })).toBeVisible()
  expect(consoleErrors).toEqual([])
})

test('the command palette opens from the keyboard and navigates', async ({ page, consoleErrors }) => {
  await startEmpty(page)
  await page.keyboard.press(`${modKey}+K`)
  const search = page.getByRole('textbox', { name: 'Search pages, commands and records' })
  await expect(search).toBeFocused()
  await search.fill('metrics')
  await page.keyboard.press('ArrowDown')
  await page.getByRole('button', { name: /Go to Metrics/ }).click()
  await expect(pageHeading(page, 'Metrics')).toBeVisible()

  await page.keyboard.press(`${modKey}+K`)
  await page.getByRole('textbox', { name: 'Search pages, commands and records' }).fill('go to people')
  await page.keyboard.press('Enter')
  await expect(pageHeading(page, 'People')).toBeVisible()
  expect(consoleErrors).toEqual([])
})

test('keyboard shortcuts navigate and list themselves', async ({ page }) => {
  await startEmpty(page)
  await page.keyboard.press(`${modKey}+4`)
  await expect(pageHeading(page, 'Tools')).toBeVisible()
  await page.keyboard.press('Shift+?')
  await expect(page.getByRole('table', { name: 'Keyboard shortcuts' })).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Command palette' })).toBeVisible()
})

test('the theme switches between light and dark and is remembered', async ({ page }) => {
  await startEmpty(page)
  const html = page.locator('html')
  const before = await html.getAttribute('data-mantine-color-scheme')
  const toggle = page.getByRole('button', { name: /Switch to (dark|light) theme/ })
  await toggle.click()
  const after = await html.getAttribute('data-mantine-color-scheme')
  expect(after).not.toBe(before)
  await page.reload()
  await expect(html).toHaveAttribute('data-mantine-color-scheme', after!)
})
