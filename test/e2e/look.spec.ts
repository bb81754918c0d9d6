/**
 * The look: visual comparisons of a few key pages (baselines committed beside this file; fonts are
 * self-hosted and animations off, so they are stable), the phone layout (one-line header and
 * stepper, nothing sideways at 320 px, the main action above the fold), the focus ring, axe on the
 * phone's open menus, and the layout-shift budget of the pages that load data after the first paint.
 *
 * Update the baselines after an intended change:  npx playwright test test/e2e/look.spec.ts --update-snapshots
 */
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'

const PHONE = { width: 360, height: 740 }
const CLS_BUDGET = 0.02

/** Opens a page afresh in a scenario, in a language, and waits for its heading, data and fonts. */
async function open(page: Page, path: string, { scenario = 'demo', language = 'en', started = false } = {}) {
  await page.addInitScript(
    ({ language, started }) => {
      if (sessionStorage.getItem('look.init')) return
      sessionStorage.setItem('look.init', '1')
      localStorage.setItem('partner-onboarding.language', language)
      if (started)
        localStorage.setItem('partner-onboarding.started', '1')
        // Layout shifts from the first paint on (buffered), none caused by input.
      ;(window as unknown as { __cls: number }).__cls = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number
          hadRecentInput: boolean
        })[])
          if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value
      }).observe({ type: 'layout-shift', buffered: true })
    },
    { language, started },
  )
  await page.goto(`${path}?scenario=${scenario}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 })
  // The mock layer starts after the first paint, and the Demo button (the page's last piece) with it.
  await expect(page.getByRole('button', { name: /^(Demo|Демо)$/ })).toBeVisible({ timeout: 15_000 })
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => document.fonts.ready)
}

const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { __cls: number }).__cls)

test.describe('visual comparisons', () => {
  test.use({ reducedMotion: 'reduce' })

  test('the program page, wide, in English', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await open(page, '/')
    await expect(
      page.getByRole('heading', { name: 'The referral program is not accepting new partners' }),
    ).toBeVisible()
    await expect(page).toHaveScreenshot('program-en-1280.png', { fullPage: true, animations: 'disabled' })
  })

  test('the sign-in methods on a phone, in Russian', async ({ page }) => {
    await page.setViewportSize(PHONE)
    await open(page, '/sign-in', { language: 'ru', started: true })
    await expect(page.getByRole('button', { name: /Анна Смирнова/ })).toBeVisible()
    await expect(page).toHaveScreenshot('sign-in-ru-360.png', { fullPage: true, animations: 'disabled' })
  })

  test('the application with its error summary, wide, in English', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await open(page, '/application', { scenario: 'application-by-account', started: true })
    await page.getByRole('button', { name: 'Send request' }).click()
    await expect(page.getByRole('alert').filter({ hasText: /problem/ })).toBeFocused()
    // The autosave line carries the time of day.
    await expect(page).toHaveScreenshot('application-errors-en-1280.png', {
      fullPage: true,
      animations: 'disabled',
      caret: 'hide',
      mask: [page.locator('[role="status"]')],
    })
  })
})

test.describe('the phone', () => {
  test.use({ viewport: PHONE })

  test('the header and the stepper are one line each; the stepper opens the full list', async ({ page }) => {
    await open(page, '/application', { scenario: 'application-by-account', started: true })
    const header = page.locator('header')
    expect((await header.boundingBox())?.height).toBeLessThanOrEqual(60)
    const nav = page.getByRole('navigation', { name: 'Steps to partner status' })
    const toggle = nav.getByRole('button', { name: 'Step 3 of 7 · Partnership application' })
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(nav.getByRole('listitem')).toHaveCount(0)
    await toggle.click()
    await expect(nav.getByRole('listitem')).toHaveCount(7)
    await expect(nav.getByRole('link', { name: /^Sign in ?, done$/ })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('the account is a menu: who is signed in, and Sign out', async ({ page }) => {
    await open(page, '/application', { scenario: 'application-by-account', started: true })
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden()
    const account = page.getByRole('button', { name: 'Account: Анна Смирнова' })
    await account.click()
    await expect(page.getByText('Signed in as Анна Смирнова')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden()
    await expect(account).toBeFocused()
  })

  test('Apply and Let’s get started! are on the first screen', async ({ page }) => {
    await open(page, '/')
    const apply = await page.getByRole('link', { name: 'Apply' }).boundingBox()
    expect((apply?.y ?? Number.POSITIVE_INFINITY) + (apply?.height ?? 0)).toBeLessThanOrEqual(PHONE.height)
    await page.getByRole('link', { name: 'Apply' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'How to become a partner' })).toBeVisible()
    const start = await page.getByRole('link', { name: 'Let’s get started!' }).boundingBox()
    expect((start?.y ?? Number.POSITIVE_INFINITY) + (start?.height ?? 0)).toBeLessThanOrEqual(PHONE.height)
  })

  for (const [path, options] of [
    ['/', {}],
    ['/welcome', {}],
    ['/sign-in', { started: true }],
    ['/application', { scenario: 'application-by-account', started: true }],
    ['/partnership', { scenario: 'application-sent', started: true }],
  ] as const) {
    test(`nothing scrolls sideways at 320 px: ${path}`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 })
      await open(page, path, options)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
    })
  }
})

test('the focus ring shows for the keyboard, and a heading focused after a click shows no box', async ({
  page,
}) => {
  await open(page, '/')
  await page.getByRole('link', { name: 'Apply' }).click()
  const heading = page.getByRole('heading', { level: 1, name: 'How to become a partner' })
  await expect(heading).toBeFocused()
  expect(await heading.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none')

  await page.keyboard.press('Tab')
  const focused = page.locator(':focus-visible')
  const ring = await focused.evaluate((el) => {
    const style = getComputedStyle(el)
    return { style: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor }
  })
  // --color-focus #4d6b85: 5.6:1 on white, 5.1:1 on the page
  expect(ring).toEqual({ style: 'solid', width: '2px', color: 'rgb(77, 107, 133)' })
})

for (const [path, options] of [
  ['/', {}],
  ['/welcome', {}],
] as const) {
  for (const viewport of [{ width: 1280, height: 800 }, PHONE]) {
    test(`the layout does not shift as data arrives: ${path} at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport)
      await open(page, path, options)
      expect(await layoutShift(page)).toBeLessThanOrEqual(CLS_BUDGET)
    })
  }
}
