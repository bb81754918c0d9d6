/**
 * Issue 11: back and forward through the flow keep what was entered and never resend anything.
 * The whole flow (below), and step 5 from its own page through the three creation pages (a scenario far into the flow), then
 * back to the start and forward again with the browser's buttons: each page shows what was entered,
 * and history navigation sends no POST, PUT, PATCH or DELETE to the API (counted from the page; the
 * service worker answers them).
 */
import type { Request } from '@playwright/test'
import { expect, test, waitForMockedApi } from './fixtures'
import {
  applyWithAccount,
  choosePartnership,
  inReview,
  Journey,
  openProgram,
  sendQuestionnaire,
  signInWithAccount,
} from './journey'

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

/**
 * The whole flow, as an existing customer goes through it (program page → sign-in → application with
 * a qualifying account → video, partnership type, questionnaire → in review; journey.ts's steps),
 * then back with the browser's button to the program page and forward again to the confirmation:
 * every page comes back with its heading and what was entered on it, and history navigation sends
 * nothing to the API.
 */
test('back and forward through the whole flow keep what was entered and send nothing', async ({ page }) => {
  test.setTimeout(300_000)
  await page.addInitScript(() => window.localStorage.setItem('partner-onboarding.mock-latency', '0'))
  const j = new Journey(page, 'en')
  const { t } = j
  await openProgram(j, 'qualifying-account')
  await signInWithAccount(j, /Анна Смирнова/, 'Ромашка Софт')
  const contacts = { position: 'Технический директор', phone: '8 (912) 345-67-89' }
  await applyWithAccount(j, contacts, 'Ромашка Софт — основной')
  await choosePartnership(j, { types: ['direct'], taxation: 'osno' })
  await sendQuestionnaire(j)
  await inReview(j)
  const h1 = page.getByRole('heading', { level: 1 })
  const end = { path: new URL(page.url()).pathname, heading: (await h1.textContent()) ?? '' }

  const sent: string[] = []
  page.on('request', (request) => {
    if (isMutation(request)) sent.push(`${request.method()} ${new URL(request.url()).pathname}`)
  })
  /**
   * Each page's heading. After goBack/goForward the address changes at once while the router is still
   * loading the page (the old page stays until then), so a page is read only once its own heading shows.
   */
  const HEADING: Record<string, string> = {
    '/': t('program.title'),
    '/welcome': t('welcome.title'),
    '/sign-in': t('signIn.title'),
    '/sign-in/organization': t('signIn.organization.title'),
    '/application': t('application.title'),
    '/partnership': t('partnership.title'),
    '/partnership/questionnaire': t('partnership.questionnaire.title'),
    '/confirmation': t('status.title'),
  }
  /** What a page shows: its heading, and the text and field values the user can read on it. */
  const shown = async () => {
    const path = new URL(page.url()).pathname
    expect(HEADING, `a heading known for ${path}`).toHaveProperty([path])
    await expect(h1).toHaveText(HEADING[path] ?? '')
    return {
      path,
      heading: (await h1.textContent()) ?? '',
      text: await page.evaluate(() =>
        [
          document.querySelector('main')?.textContent ?? '',
          ...[...document.querySelectorAll('main input, main textarea, main select')].map(
            (field) => (field as HTMLInputElement).value,
          ),
        ].join('\n'),
      ),
    }
  }
  /** What was entered on a page, found again on it (in a field or as text). */
  const entered: Record<string, string[]> = {
    '/application': [contacts.position, 'Ромашка Софт — основной'],
  }
  /** The partnership type chosen: still ticked where the page offers the choice, or said as text. */
  const direct = page.getByRole('checkbox', { name: new RegExp(`^${t('partnership.types.direct')}`) })
  const keepsThePartnership = async (path: string) => {
    if (path !== '/partnership') return
    if (await direct.count()) await expect(direct).toBeChecked()
    else await expect(page.getByRole('main')).toContainText(t('partnership.types.direct'))
  }

  // Back to the program page, one history entry at a time.
  const back: Awaited<ReturnType<typeof shown>>[] = []
  for (let step = 0; step < 30 && new URL(page.url()).pathname !== '/'; step++) {
    await page.goBack()
    const now = await shown()
    for (const words of entered[now.path] ?? [])
      expect(now.text, `${now.path} keeps ${words}`).toContain(words)
    await keepsThePartnership(now.path)
    back.push(now)
  }
  expect(new URL(page.url()).pathname).toBe('/')
  await expect(h1).toHaveText(t('program.title'))
  // Every step's page was on the way.
  for (const path of ['/welcome', '/sign-in', '/application', '/partnership', '/partnership/questionnaire'])
    expect(back.map((entry) => entry.path)).toContain(path)

  // Forward again: the same pages, in the same order, showing the same, up to where the flow stood.
  for (const before of back.slice(0, -1).reverse()) {
    await page.goForward()
    const now = await shown()
    expect(now.path).toBe(before.path)
    expect(now.heading).toBe(before.heading)
    for (const words of entered[now.path] ?? [])
      expect(now.text, `${now.path} keeps ${words}`).toContain(words)
    await keepsThePartnership(now.path)
  }
  await page.goForward()
  await expect(h1).toHaveText(end.heading)
  expect(new URL(page.url()).pathname).toBe(end.path)

  expect(sent, 'history navigation sends nothing').toEqual([])
})
