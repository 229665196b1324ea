import { expect, test } from '@playwright/test'
import { CONTENT_SECURITY_POLICY } from '../../src/shared/contentSecurityPolicy'

const probe = `
const tries = {}
try { eval('1 + 1'); tries.eval = 'ran' } catch (error) { tries.eval = error.name }
try { Function('return 1')(); tries.Function = 'ran' } catch (error) { tries.Function = error.name }
postMessage(tries)
`

test.describe('the renderer runs under a CSP without unsafe-eval', () => {
  test('a worker script served by the app cannot eval or build a Function from a string', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'Welcome to Opsdeck' })).toBeVisible()

    // The probe is served with the very headers the server sends for a real script of the build.
    const scriptUrl = await page.locator('script[type="module"][src]').first().evaluate((script) => (script as unknown as { src: string }).src)
    expect(scriptUrl).not.toBe('')
    await page.route('**/csp-probe-worker.js', async (route) => {
      const real = await route.fetch({ url: scriptUrl })
      expect(real.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
      await route.fulfill({ status: 200, headers: real.headers(), body: probe })
    })
    // A string, as the end-to-end project compiles without the DOM's types.
    const result = await page.evaluate<Record<string, string>>(`new Promise((resolve, reject) => {
      const worker = new Worker('/csp-probe-worker.js')
      worker.onmessage = (event) => resolve(event.data)
      worker.onerror = (event) => reject(new Error(event.message))
    })`)
    expect(result).toEqual({ eval: 'EvalError', Function: 'EvalError' })
  })

  test('a script of the page itself cannot eval a string', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'Welcome to Opsdeck' })).toBeVisible()
    // Code that Playwright evaluates is exempt from the CSP; a same-origin script that the page loads is not.
    await page.route('**/csp-probe-page.js', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/javascript',
        body: "try { eval('1 + 1'); document.body.dataset.probe = 'ran' } catch (error) { document.body.dataset.probe = error.name }"
      })
    )
    await page.evaluate(`document.head.append(Object.assign(document.createElement('script'), { src: '/csp-probe-page.js' }))`)
    await expect(page.locator('body')).toHaveAttribute('data-probe', 'EvalError')
  })
})
