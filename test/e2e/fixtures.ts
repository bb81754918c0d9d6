import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

/** axe with the WCAG 2.2 AA rule set; returns the violations so a test can print them. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
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

export const test = base
export { expect }
