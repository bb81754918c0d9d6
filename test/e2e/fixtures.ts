import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

/**
 * axe with the WCAG 2.2 AA rule set; returns the violations so a test can print them. Run in the page
 * itself (legacy mode: the app has no frames, and the default opens a second page per run to merge
 * frame results) and collecting violations only: about three times faster on a loaded machine
 * (15 → 5 s for step 3's page at load 20).
 */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze()
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }))
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([])
}

/** Waits until an API answer came from the mock service worker (not from vite preview's HTML fallback). */
export async function waitForMockedApi(page: Page, path: string) {
  const response = await page.waitForResponse((r) => new URL(r.url()).pathname === `/api${path}`)
  expect(response.fromServiceWorker()).toBe(true)
  expect(response.headers()['content-type']).toContain('application/json')
  return response
}

/**
 * Waits until the demo build's mock backend is up (it publishes `window.__mockBackend` once its worker
 * controls the page). Before that, the page shows from its HTML or its first render only: a page opened
 * while the worker still installs waits for the worker to claim it (mocks/until-claimed.ts), and the
 * demo panel's and the tests' controls (`__mockBackend`) are not there yet.
 */
export async function waitForMockBackend(page: Page) {
  await page.waitForFunction(() => '__mockBackend' in window, undefined, { timeout: 20_000 })
}

declare global {
  interface Window {
    __reportCspViolation?: (text: string) => void
  }
}

/**
 * Every browser test runs under the app's Content-Security-Policy and fails on any violation: the
 * page reports `securitypolicyviolation` events, and the browser's console CSP errors are caught
 * too. A test that provokes one on purpose reads and empties `cspViolations` itself.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = []
      await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
        violations.push(text)
      })
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const where = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : ''
          window.__reportCspViolation?.(
            `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}${where}`,
          )
        })
      })
      context.on('console', (message) => {
        if (/Content[ -]Security[ -]Policy/i.test(message.text()))
          violations.push(`console: ${message.text()}`)
      })
      await use(violations)
      expect(violations, 'Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
})
export { expect }
