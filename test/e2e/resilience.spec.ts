/**
 * What a user meets when the backend fails: a failed send keeps everything and says what to do, and
 * the retry goes through; a failed autosave keeps the draft in the browser. Failures are injected
 * in the mock backend on demand (`__mockBackend.failNext(endpoint, status, times)`), as designers do.
 */
import { expect, expectNoAxeViolations, test, waitForMockedApi } from './fixtures'

declare global {
  interface Window {
    __mockBackend: { failNext: (endpoint: string, status?: number, times?: number) => void }
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('partner-onboarding.started', '1'))
})

test('a failed send keeps everything and says what to do; sending again goes through once', async ({
  page,
}) => {
  const loaded = waitForMockedApi(page, '/session')
  await page.goto('/application?scenario=application-by-account')
  await loaded
  await page.getByRole('textbox', { name: 'Position' }).fill('CTO')
  await page.getByRole('textbox', { name: 'Phone' }).fill('+7 912 345-67-89')
  await page.getByRole('button', { name: 'Choose this account Ромашка Софт — основной' }).click()
  await page.getByRole('button', { name: 'Yes, choose this account' }).click()
  await expect(page.getByRole('heading', { name: 'Billing account: Ромашка Софт — основной' })).toBeFocused()

  await page.evaluate(() => window.__mockBackend.failNext('submitApplication', 503, 1))
  let sends = 0
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/submit')) sends += 1
  })
  await page.getByRole('button', { name: 'Send request' }).click()
  await expect(page.getByRole('alert').filter({ hasText: /temporarily unavailable/i })).toBeVisible()
  await expect(page).toHaveURL(/\/application$/)
  await expect(page.getByRole('textbox', { name: 'Position' })).toHaveValue('CTO')
  await expect(page.getByRole('textbox', { name: 'Phone' })).toHaveValue('+7 912 345-67-89')
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Send request' }).dblclick()
  await expect(page).toHaveURL(/\/partnership$/)
  expect(sends).toBe(2)
})

test('a failed autosave says the draft is kept in this browser, and a reload brings it back', async ({
  page,
}) => {
  const loaded = waitForMockedApi(page, '/session')
  await page.goto('/application?scenario=application-by-tin')
  await loaded
  await expect(page.getByRole('textbox', { name: 'Position' })).toBeVisible()
  await page.evaluate(() => window.__mockBackend.failNext('saveApplicationDraft', 503, 10))
  await page.getByRole('textbox', { name: 'Position' }).fill('Founder')
  await expect(
    page.getByText('The draft was not saved. What you entered is kept in this browser.'),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Save now' })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Position' })).toHaveValue('Founder')
})
