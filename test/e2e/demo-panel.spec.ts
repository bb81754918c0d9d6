/**
 * The designers' demo panel in the production build (mock worker on): opened from the keyboard, it
 * starts a scenario afresh at the first page, makes the next call of an endpoint fail, closes with
 * Escape, never covers the page's controls on a phone, and is accessible in both languages.
 */
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test, waitForMockedApi } from './fixtures'

const NOTICE = 'The referral program is not accepting new partners'

async function openFromKeyboard(page: Page, toggleName: string) {
  const toggle = page.getByRole('button', { name: toggleName })
  // The panel comes after the page's content: from the start of the page, Shift+Tab reaches it first.
  await page.locator('body').focus()
  await page.keyboard.press('Shift+Tab')
  await expect(toggle).toBeFocused()
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  return toggle
}

test('Start applies a scenario and reloads the app afresh at its first page', async ({ page }) => {
  const settings = waitForMockedApi(page, '/program-settings')
  await page.goto('/welcome')
  await settings
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await openFromKeyboard(page, 'Demo')
  const panel = page.getByRole('complementary', { name: 'Demo controls' })
  await expect(panel.getByText('Current scenario: Everyone (default) (demo)')).toBeVisible()

  const scenario = panel.getByRole('combobox', { name: 'Scenario' })
  await scenario.focus()
  await scenario.selectOption('referral-open')
  await expect(panel.getByText('As the default, but the referral program takes new partners.')).toBeVisible()
  const reloaded = page.waitForEvent('load')
  const answered = waitForMockedApi(page, '/program-settings')
  await panel.getByRole('button', { name: 'Start' }).press('Enter')
  await reloaded
  await answered
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: NOTICE })).toHaveCount(0)
  const toggle = page.getByRole('button', { name: 'Demo' })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await toggle.click()
  await expect(panel.getByText('Current scenario: Referral program open (referral-open)')).toBeVisible()
})

test('makes the next call of an endpoint fail once; Escape closes the panel', async ({ page }) => {
  const settings = waitForMockedApi(page, '/program-settings')
  await page.goto('/')
  await settings
  const toggle = await openFromKeyboard(page, 'Demo')
  const panel = page.getByRole('complementary', { name: 'Demo controls' })
  await panel.getByRole('combobox', { name: 'Endpoint' }).selectOption('programSettings')
  await panel.getByRole('combobox', { name: 'Status' }).selectOption('503')
  await panel.getByRole('button', { name: 'Apply' }).press('Enter')
  await expect(panel.getByRole('status')).toHaveText('The next call of programSettings will answer 503.')
  const statuses = await page.evaluate(async () => [
    (await fetch('/api/program-settings')).status,
    (await fetch('/api/program-settings')).status,
  ])
  expect(statuses).toEqual([503, 200])

  await panel.getByRole('radio', { name: 'None' }).check()
  await expect(panel.getByRole('status')).toHaveText('Answer delay: None.')
  expect(await page.evaluate(() => window.localStorage.getItem('partner-onboarding.mock-latency'))).toBe('0')

  await panel.getByRole('combobox', { name: 'Endpoint' }).focus()
  await page.keyboard.press('Escape')
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(toggle).toBeFocused()
  await expect(panel.getByRole('combobox', { name: 'Endpoint' })).toBeHidden()
})

test('collapsed on a phone, the toggle covers none of the page’s controls', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  for (const path of ['/', '/welcome']) {
    const settings = waitForMockedApi(page, '/program-settings')
    await page.goto(path)
    await settings
    const toggle = page.getByRole('button', { name: 'Demo' })
    await expect(toggle).toBeVisible()
    for (const where of ['top', 'bottom'] as const) {
      await page.evaluate((to) => window.scrollTo(0, to === 'top' ? 0 : document.body.scrollHeight), where)
      const covered = await page.evaluate(() => {
        const button = [...document.querySelectorAll('aside button')][0] as HTMLElement
        const box = button.getBoundingClientRect()
        const controls = document.querySelectorAll<HTMLElement>(
          '#root a[href], #root button, #root input, #root select, #root textarea, #root [tabindex]',
        )
        return [...controls]
          .filter((el) => {
            const r = el.getBoundingClientRect()
            return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight
          })
          .filter((el) => {
            const r = el.getBoundingClientRect()
            return r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top
          })
          .map((el) => el.outerHTML.slice(0, 80))
      })
      expect(covered, `${path} scrolled to the ${where}`).toEqual([])
    }
  }
})

for (const language of ['en', 'ru'] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-GB' : 'ru-RU' })

    test('axe finds nothing with the panel open', async ({ page }) => {
      const settings = waitForMockedApi(page, '/program-settings')
      await page.goto('/')
      await settings
      await expect(page.locator('html')).toHaveAttribute('lang', language)
      await openFromKeyboard(page, language === 'en' ? 'Demo' : 'Демо')
      const panel = page.getByRole('complementary', {
        name: language === 'en' ? 'Demo controls' : 'Управление демо',
      })
      await expect(
        panel.getByRole('button', { name: language === 'en' ? 'Start' : 'Запустить' }),
      ).toBeVisible()
      await panel.getByRole('radio', { name: language === 'en' ? '3 s' : '3 с' }).check()
      await expect(panel.getByRole('status')).toHaveText(
        language === 'en' ? 'Answer delay: 3 s.' : 'Задержка ответов: 3 с.',
      )
      await expectNoAxeViolations(page)
    })
  })
}
