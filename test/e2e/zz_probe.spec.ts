import { expect, startWithSample, test } from './fixtures'
test('probe blockquote state', async ({ page }) => {
  await startWithSample(page)
  await page.goto('/#/playbooks/sample-playbook-triage')
  const text = page.getByRole('textbox', { name: 'Playbook text' })
  await text.waitFor()
  await text.click()
  await page.keyboard.press('Control+Home')
  await page.waitForTimeout(300)
  console.log('blockquote pressed:', await page.getByRole('button', { name: 'Quote or callout' }).getAttribute('aria-pressed'))
  console.log('active buttons:', await page.locator('[data-active]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))))
  await expect(text).toBeVisible()
})
