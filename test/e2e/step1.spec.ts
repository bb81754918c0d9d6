import { expect, expectNoAxeViolations, test, waitForMockBackend, waitForMockedApi } from './fixtures'

for (const language of ['en', 'ru'] as const) {
  const words =
    language === 'en'
      ? {
          apply: 'Apply',
          notice: 'The referral program is not accepting new partners',
          welcome: 'How to become a partner',
          start: 'Let’s get started!',
          signIn: 'Sign in',
        }
      : {
          apply: 'Подать заявку',
          notice: 'Реферальная программа не принимает новых партнеров',
          welcome: 'Как стать партнером',
          start: 'Давайте начнем!',
          signIn: 'Вход',
        }

  test.describe(`step 1 in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-GB' : 'ru-RU' })

    test('from the program page through the steps and benefits to sign-in', async ({ page }) => {
      const settings = waitForMockedApi(page, '/program-settings')
      await page.goto('/')
      await settings
      await expect(page.getByRole('heading', { level: 2, name: words.notice }).first()).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('lang', language)
      await expectNoAxeViolations(page)

      await page.getByRole('link', { name: words.apply }).click()
      const heading = page.getByRole('heading', { level: 1, name: words.welcome })
      await expect(heading).toBeVisible()
      await expect(heading).toBeFocused()
      await expect(page).toHaveTitle(new RegExp(`^${words.welcome}`))
      await expectNoAxeViolations(page)

      await page.getByRole('button', { name: words.start }).click()
      await expect(page).toHaveURL(/\/sign-in$/)
      await expect(page.getByRole('heading', { level: 1, name: words.signIn })).toBeFocused()
    })
  })
}

test('back and forward move between the pages of step 1', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Apply' }).click()
  await expect(page).toHaveURL(/\/welcome$/)
  await page.goBack()
  await expect(page.getByRole('link', { name: 'Apply' })).toBeVisible()
  await page.goForward()
  await expect(page.getByRole('heading', { level: 1, name: 'How to become a partner' })).toBeVisible()
})

test('a phone-sized screen shows the page without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/welcome')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})

test('the first paint does not wait for the mock worker; API calls do', async ({ page }) => {
  let releaseWorker: () => void = () => undefined
  const workerHeld = new Promise<void>((resolve) => {
    releaseWorker = resolve
  })
  // The context's route: a page's own routes never see the service worker's script being fetched.
  await page.context().route('**/mockServiceWorker.js', async (route) => {
    await workerHeld
    await route.continue()
  })
  // The referral program is open in this scenario: only the API can say so.
  await page.goto('/?scenario=referral-open')
  // The page is up while the worker script is still held back, with the seed's usual notice in its
  // place (painted at once: the page's largest text on a phone)…
  await expect(
    page.getByRole('heading', { level: 1, name: 'Grow your business with Yandex Cloud' }),
  ).toBeVisible()
  await expect(
    page.getByRole('heading', { name: 'The referral program is not accepting new partners' }),
  ).toBeVisible()
  // …and what the API says comes once the worker answers.
  const settings = waitForMockedApi(page, '/program-settings')
  releaseWorker()
  await settings
  await expect(
    page.getByRole('heading', { name: 'The referral program is accepting new partners' }),
  ).toBeVisible()
  await expect(
    page.getByRole('heading', { name: 'The referral program is not accepting new partners' }),
  ).toHaveCount(0)
})

test('a page opened while the mock worker still installs is drawn once: MSW does not reload it', async ({
  context,
  page,
}) => {
  // The worker's install is held for 4 s (its script served with a slower install step before its own).
  await context.route('**/mockServiceWorker.js', async (route) => {
    const response = await route.fetch()
    const script = await response.text()
    await route.fulfill({
      status: 200,
      contentType: 'text/javascript',
      body: `self.addEventListener('install', (event) => event.waitUntil(new Promise((done) => setTimeout(done, 4000))))\n${script}`,
    })
  })
  await page.goto('/welcome')
  // (Not waitForFunction: it takes the async predicate's promise for a truthy answer.)
  await expect
    .poll(() =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.installing?.state),
    )
    .toBe('installing')
  // A second page of the demo opened now (another tab, or a link followed in the first seconds) is
  // not controlled by the worker, whose registration exists: MSW reloads such a page when it starts,
  // unless the start waits for the worker to claim it (mocks/until-claimed.ts).
  const second = await context.newPage()
  let loads = 0
  second.on('load', () => {
    loads += 1
  })
  await second.goto('/')
  await waitForMockBackend(second)
  await waitForMockBackend(page)
  await expect(
    second.getByRole('heading', { level: 1, name: 'Grow your business with Yandex Cloud' }),
  ).toBeVisible()
  expect(loads).toBe(1)
})

test('a demo survives a reload: the mock database is kept in the browser', async ({ page }) => {
  await page.goto('/?scenario=referral-open')
  await waitForMockedApi(page, '/program-settings')
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(
    page.getByRole('heading', { name: 'The referral program is not accepting new partners' }),
  ).toHaveCount(0)
  await page.reload()
  await waitForMockedApi(page, '/program-settings')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(
    page.getByRole('heading', { name: 'The referral program is not accepting new partners' }),
  ).toHaveCount(0)
})

test('a signed-out visit asks for the session without a failed request or a console error', async ({
  page,
}) => {
  const failed: string[] = []
  const errors: string[] = []
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`)
  })
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))

  /** Loads the page afresh: its session check is answered 200 with no session, not 401. */
  async function load(path: string, heading: string) {
    const session = waitForMockedApi(page, '/session')
    await page.goto(path)
    const answer = await session
    expect(answer.status()).toBe(200)
    expect(await answer.json()).toEqual({ session: null })
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  }
  await load('/', 'Grow your business with Yandex Cloud')
  await load('/welcome', 'How to become a partner')
  await page.getByRole('button', { name: 'Let’s get started!' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused()
  await load('/sign-in', 'Sign in')

  expect(failed, 'responses with a status of 400 or more').toEqual([])
  expect(errors, 'console errors').toEqual([])
})
