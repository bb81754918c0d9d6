/**
 * The designers' demo panel in the production build (mock worker on): opened from the keyboard, it
 * starts a scenario afresh (at the first page, or where the scenario begins), makes calls of an
 * endpoint fail (a server error, no connection, a timeout) and the page recovers with nothing lost,
 * decides the application and moves the review clock until the decision is overdue, closes with
 * Escape, never covers the page's controls on a phone, and is accessible open and closed in both
 * languages.
 */
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test, waitForMockedApi } from './fixtures'

const NOTICE = 'The referral program is not accepting new partners'

async function openFromKeyboard(page: Page, toggleName: string) {
  const toggle = page.getByRole('button', { name: toggleName, exact: true })
  // The panel mounts once the page is idle, after its content: wait for it, then from the start of
  // the page, Shift+Tab reaches it first.
  await expect(toggle).toBeVisible()
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
  const toggle = page.getByRole('button', { name: 'Demo', exact: true })
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
  await panel.getByRole('combobox', { name: 'Fault' }).selectOption({ label: 'Server error 503' })
  await panel.getByRole('button', { name: 'Apply' }).press('Enter')
  await expect(panel.getByRole('status')).toHaveText('programSettings: Server error 503.')
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

test('a scenario opens where it begins; the clock moves past the decision date (overdue); the manager asks for information', async ({
  page,
}) => {
  // Three reloads and axe: slow on a busy machine.
  test.slow()
  const settings = waitForMockedApi(page, '/program-settings')
  await page.goto('/')
  await settings
  await openFromKeyboard(page, 'Demo')
  const panel = page.getByRole('complementary', { name: 'Demo controls' })
  // The mock date is read when the panel opens, not on the page's first render: today in Moscow.
  const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Moscow' }).format(
    new Date(),
  )
  await expect(panel.getByText(`Mock date: ${today}`)).toBeVisible()
  await panel.getByRole('combobox', { name: 'Scenario' }).selectOption('in-review')
  const reloaded = page.waitForEvent('load')
  await panel.getByRole('button', { name: 'Start' }).click()
  await reloaded
  await expect(page).toHaveURL(/\/confirmation$/)
  await expect(
    page.getByRole('heading', { name: 'A partner manager is reviewing your application' }),
  ).toBeVisible()

  const toggle = page.getByRole('button', { name: 'Demo', exact: true })
  await toggle.click()
  await panel.getByRole('spinbutton', { name: 'Business days' }).fill('10')
  const moved = page.waitForEvent('load')
  await panel.getByRole('button', { name: 'Move the clock forward' }).click()
  await moved
  // The page reloaded in place and shows it; the panel stays open and says what it did.
  await expect(page.getByRole('heading', { name: 'The decision is late' })).toBeVisible()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(panel.getByRole('status')).toContainText('The mock date is now')
  await expectNoAxeViolations(page)

  await panel.getByRole('radio', { name: 'Ask for information' }).check()
  await panel.getByRole('textbox', { name: 'Message to the applicant' }).fill('Please add a work phone.')
  await panel.getByRole('checkbox', { name: 'Company website' }).uncheck()
  const decided = page.waitForEvent('load')
  await panel.getByRole('button', { name: 'Send the decision' }).click()
  await decided
  await expect(page.getByRole('heading', { name: 'The manager needs more information' })).toBeVisible()
  await expect(page.getByText('Please add a work phone.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Phone' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Company website' })).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'The decision is late' })).toHaveCount(0)
})

test('no connection, then a timeout, on sending the application: each says so, keeps what was typed, and sending again goes through', async ({
  page,
}) => {
  test.slow()
  // The page's clock, so the client's 30-second limit can be reached at once.
  await page.clock.install()
  await page.addInitScript(() => window.localStorage.setItem('partner-onboarding.started', '1'))
  const loaded = waitForMockedApi(page, '/session')
  await page.goto('/application?scenario=application-by-account')
  await loaded
  await page.getByRole('textbox', { name: 'Position' }).fill('CTO')
  await page.getByRole('textbox', { name: 'Phone' }).fill('+7 912 345-67-89')
  await page.getByRole('button', { name: 'Choose this account Ромашка Софт — основной' }).click()
  await page.getByRole('button', { name: 'Yes, choose this account' }).click()

  const toggle = page.getByRole('button', { name: 'Demo', exact: true })
  const panel = page.getByRole('complementary', { name: 'Demo controls' })
  async function inject(fault: string) {
    await toggle.click()
    await panel.getByRole('combobox', { name: 'Endpoint' }).selectOption('submitApplication')
    await panel.getByRole('combobox', { name: 'Fault' }).selectOption({ label: fault })
    await panel.getByRole('radio', { name: 'The next one' }).check()
    await panel.getByRole('button', { name: 'Apply' }).click()
    await expect(panel.getByRole('status')).toHaveText(`submitApplication: ${fault}.`)
    await page.keyboard.press('Escape')
  }
  async function nothingLost() {
    await expect(page).toHaveURL(/\/application$/)
    await expect(page.getByRole('textbox', { name: 'Position' })).toHaveValue('CTO')
    await expect(page.getByRole('textbox', { name: 'Phone' })).toHaveValue('+7 912 345-67-89')
  }

  await inject('No connection')
  await page.getByRole('button', { name: 'Send request' }).click()
  await expect(page.getByRole('alert').filter({ hasText: /could not be reached/i })).toBeVisible()
  await nothingLost()

  await inject('Timeout (no answer; the app gives up after 30 s)')
  const sent = page.waitForRequest(
    (request) => request.method() === 'POST' && request.url().includes('/submit'),
  )
  await page.getByRole('button', { name: 'Send request' }).click()
  await sent
  await page.clock.fastForward('00:31')
  await expect(page.getByRole('alert').filter({ hasText: /did not answer within 30 seconds/i })).toBeVisible()
  await nothingLost()
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Send request' }).click()
  await expect(page).toHaveURL(/\/partnership$/)
})

test('collapsed on a phone, the toggle covers none of the page’s controls', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  for (const path of ['/', '/welcome']) {
    const settings = waitForMockedApi(page, '/program-settings')
    await page.goto(path)
    await settings
    const toggle = page.getByRole('button', { name: 'Demo', exact: true })
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

    test('axe finds nothing with the panel closed, then open', async ({ page }) => {
      const settings = waitForMockedApi(page, '/program-settings')
      await page.goto('/')
      await settings
      await expect(page.locator('html')).toHaveAttribute('lang', language)
      await expect(
        page.getByRole('button', { name: language === 'en' ? 'Demo' : 'Демо', exact: true }),
      ).toBeVisible()
      await expectNoAxeViolations(page)
      await openFromKeyboard(page, language === 'en' ? 'Demo' : 'Демо')
      const panel = page.getByRole('complementary', {
        name: language === 'en' ? 'Demo controls' : 'Управление демо',
      })
      await expect(
        panel.getByRole('button', { name: language === 'en' ? 'Start' : 'Запустить' }),
      ).toBeVisible()
      await panel.getByRole('radio', { name: language === 'en' ? 'Slow (3 s)' : 'Медленно (3 с)' }).check()
      await expect(panel.getByRole('status')).toHaveText(
        language === 'en' ? 'Answer delay: Slow (3 s).' : 'Задержка ответов: Медленно (3 с).',
      )
      await panel.getByRole('radio', { name: language === 'en' ? 'Reject' : 'Отклонить' }).check()
      await expect(
        panel.getByRole('group', { name: language === 'en' ? 'Reasons' : 'Причины' }),
      ).toBeVisible()
      await expectNoAxeViolations(page)
    })
  })
}
