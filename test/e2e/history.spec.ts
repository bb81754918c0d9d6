/**
 * Issue 11: back and forward through the flow keep what was entered and never resend anything.
 * Step 5 from its own page through the three creation pages (a scenario far into the flow), then
 * back to the start and forward again with the browser's buttons: each page shows what was entered,
 * and history navigation sends no POST, PUT, PATCH or DELETE to the API (counted from the page; the
 * service worker answers them).
 */
import type { Request } from '@playwright/test'
import { expect, test, waitForMockedApi } from './fixtures'

const SBER = '044525225'
const ACCOUNT = '40802810000000007777'

const isMutation = (request: Request) =>
  ['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method()) &&
  new URL(request.url()).pathname.startsWith('/api/')

test('back and forward through step 5 keep every value and send nothing', async ({ page }) => {
  // Nine page visits: on a loaded machine more than the default minute.
  test.setTimeout(180_000)
  await page.addInitScript(() => window.localStorage.setItem('partner-onboarding.started', '1'))
  const loaded = waitForMockedApi(page, '/session')
  await page.goto('/billing?scenario=billing-by-tin')
  await loaded
  const h1 = page.getByRole('heading', { level: 1 })
  await expect(h1).toHaveText('Billing account')

  // Forward, entering values on the way.
  await page.getByRole('link', { name: 'Create billing account' }).click()
  await expect(h1).toHaveText('General information')
  await page.getByLabel('Account name').fill('Петров ИТ — партнерский')
  await expect(page.getByText(/^Draft saved at/)).toBeVisible()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(h1).toHaveText('Company information')
  await page.getByLabel('BIK', { exact: true }).fill(SBER)
  await page.getByLabel('Settlement account').fill(ACCOUNT)
  await expect(page.getByText('ПАО Сбербанк', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(h1).toHaveText('Contacts')
  await page.getByLabel('Phone').fill('+7 912 345-67-89')
  await expect(page.getByText(/^Draft saved at/)).toBeVisible()

  const sent: string[] = []
  page.on('request', (request) => {
    if (isMutation(request)) sent.push(`${request.method()} ${new URL(request.url()).pathname}`)
  })
  const general = async () => {
    await expect(h1).toHaveText('General information')
    await expect(page.getByLabel('Account name')).toHaveValue('Петров ИТ — партнерский')
  }
  const company = async () => {
    await expect(h1).toHaveText('Company information')
    await expect(page.getByLabel('BIK', { exact: true })).toHaveValue(SBER)
    await expect(page.getByLabel('Settlement account')).toHaveValue(ACCOUNT)
  }
  const contacts = async () => {
    await expect(h1).toHaveText('Contacts')
    await expect(page.getByLabel('Phone')).toHaveValue('+7 912 345-67-89')
  }

  // Back to the start…
  await page.goBack()
  await company()
  await page.goBack()
  await general()
  await page.goBack()
  await expect(h1).toHaveText('Billing account')
  await expect(page.getByRole('link', { name: 'Continue creating the billing account' })).toBeVisible()
  // …and forward again.
  await page.goForward()
  await general()
  await page.goForward()
  await company()
  await page.goForward()
  await contacts()

  expect(sent).toEqual([])
})
