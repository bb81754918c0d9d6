/**
 * The built app as a browser gets it: a strict Content-Security-Policy as headers (from `vite
 * preview`) and as a meta tag, nosniff and a referrer policy; the app runs under it with no
 * violation (the fixture fails any test that has one), and the fixture does catch one.
 */
import { expect, test, waitForMockedApi } from './fixtures'

test('the build is served with a strict CSP, nosniff and a referrer policy, as headers and a meta tag', async ({
  page,
}) => {
  const response = await page.goto('/')
  expect(response).not.toBeNull()
  const headers = response?.headers() ?? {}
  const csp = headers['content-security-policy'] ?? ''
  expect(csp).toContain("script-src 'self'")
  expect(csp).toContain("frame-ancestors 'none'")
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/)
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(meta).toContain("script-src 'self'")
  expect(meta).not.toContain('frame-ancestors')
  // Every asset comes with the headers too (the service worker script among them).
  const worker = await page.request.get('/mockServiceWorker.js')
  expect(worker.headers()['x-content-type-options']).toBe('nosniff')
})

test('the app and its mock backend run under the policy: zod without eval, the demo panel without inline style', async ({
  page,
  cspViolations,
}) => {
  const loaded = waitForMockedApi(page, '/session')
  await page.goto('/application?scenario=application-by-account')
  await loaded
  // zod parses every answer (its eval feature test was a violation); the demo panel's styles apply.
  await expect(page.getByRole('textbox', { name: 'Position' })).toBeVisible()
  const demo = page.getByRole('complementary', { name: 'Demo controls' })
  await expect(demo).toBeVisible()
  // Its stylesheet applied (it was an inline <style>, which the policy refuses).
  expect(await demo.evaluate((panel) => getComputedStyle(panel).position)).toBe('relative')
  expect(cspViolations).toEqual([])

  // The listener catches a violation: an inline script is refused and reported.
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.body.append(script)
  })
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0)
  expect(
    await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan),
  ).toBeUndefined()
  cspViolations.splice(0)
})
