/**
 * Issue 11, resilience end to end, in the production build with the mock backend in its worker:
 * - a session that expires mid-step (the demo panel's "End the session") leads to sign-in with a
 *   notice, and signing in again returns to the same page with what was typed (nothing in the URL);
 * - offline for a minute in the middle of step 5 (the browser context offline, the minute lived on the
 *   page's own clock, `page.clock`, so every timer in it fires): the page says so, keeps the input,
 *   sends nothing meanwhile, however often Create is pressed, and sends it once, with one
 *   Idempotency-Key and what was typed, when the connection is back.
 * axe finds nothing on the notice or the banner. With SHOTS_DIR set, both are saved as screenshots
 * (English and Russian, 1280 and 360 px).
 */
import type { Page, Request } from '@playwright/test'
import { expect, expectNoAxeViolations, test, waitForMockedApi } from './fixtures'

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('partner-onboarding.started', '1'))
})

async function open(page: Page, path: string) {
  const loaded = waitForMockedApi(page, '/session')
  await page.goto(path)
  await loaded
}

async function shot(page: Page, name: string) {
  const dir = process.env.SHOTS_DIR
  if (!dir) return
  const language = await page.evaluate(() => document.documentElement.lang)
  await page.evaluate(() => window.scrollTo(0, 0))
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 })
    await page.screenshot({ path: `${dir}/${name}-${language}-${width}.png` })
  }
  await page.setViewportSize({ width: 1280, height: 900 })
}

const isMutation = (request: Request) =>
  ['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method()) &&
  new URL(request.url()).pathname.startsWith('/api/')

const w = {
  en: {
    name: 'Account name',
    ended: 'Your session has ended',
    endedBody: 'Sign in again to continue — what you typed is kept.',
    demo: 'Demo',
    end: 'End the session (as if it expired)',
    continue: 'Continue',
    offline: 'You are offline',
    notSaved: /^Not saved yet: you are offline/,
    business: 'Business or individual entrepreneur',
    wire: 'Wire transfer',
    next: 'Next',
    saving: 'Saving…',
    company: 'Company information',
    general: 'General information',
    contacts: 'Contacts',
    position: 'Position',
    create: 'Create',
    creating: 'Creating…',
  },
  ru: {
    name: 'Название аккаунта',
    ended: 'Сеанс завершен',
    endedBody: 'Войдите снова, чтобы продолжить, — введенные данные сохранены.',
    demo: 'Демо',
    end: 'Завершить сеанс (как будто он истек)',
    continue: 'Продолжить',
    offline: 'Нет подключения к интернету',
    notSaved: /^Пока не сохранено: нет подключения/,
    business: 'Юр. лицо или ИП',
    wire: 'Банковский перевод',
    next: 'Далее',
    saving: 'Сохранение…',
    company: 'Данные о компании',
    general: 'Общая информация',
    contacts: 'Контакты',
    position: 'Должность',
    create: 'Создать',
    creating: 'Создание…',
  },
}

for (const language of ['en', 'ru'] as const) {
  const words = w[language]
  test.describe(language, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(
        (lang) => window.localStorage.setItem('partner-onboarding.language', lang),
        language,
      )
    })

    test('a session that expires mid-step: sign in again, back on the same page with the draft', async ({
      page,
    }) => {
      test.setTimeout(120_000) // five page loads, the sign-in's two among them
      await open(page, '/billing/new/general?scenario=billing-by-tin')
      const name = page.getByRole('textbox', { name: words.name })
      await name.fill('Петров ИТ')

      await page.getByRole('button', { name: words.demo, exact: true }).click()
      await page.getByRole('button', { name: words.end }).click()
      await page.getByRole('button', { name: words.demo, exact: true }).click()
      await name.fill('Петров ИТ Облако')

      const notice = page
        .getByRole('status')
        .filter({ has: page.getByRole('heading', { name: words.ended }) })
      await expect(notice).toContainText(words.endedBody)
      // Nothing of the page, the user or the draft travels in the address.
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/sign-in')
      await expectNoAxeViolations(page)
      await shot(page, 'session-ended')

      await page.getByRole('button', { name: /Иван Петров/ }).click()
      await page.getByRole('button', { name: words.continue }).click()
      await expect(page).toHaveURL(/\/billing\/new\/general$/)
      await expect(page.getByRole('textbox', { name: words.name })).toHaveValue('Петров ИТ Облако')
    })

    test('offline for a minute in the middle of step 5: said, input kept, Create sent once with one key when back', async ({
      page,
      context,
    }) => {
      test.setTimeout(120_000) // three pages of step 5, then the minute (on the page's own clock)
      // The page's clock (Date, timers, performance) is Playwright's: it runs as usual until the
      // minute offline, which the page then lives through at once, every timer of it firing in
      // order (autosave's pause, the client's 30 s request limit, any retry). The mock service
      // worker keeps the real clock: it is not the page, and offline nothing reaches it.
      await page.clock.install()
      // The banner's code and words come after the first paint; offline, nothing more could. (The
      // page's `performance` is the fake clock's, so its resource entries cannot tell.)
      const bannerLoaded = page.waitForResponse((response) =>
        /offline-banner-[\w-]+\.js$/.test(new URL(response.url()).pathname),
      )
      await open(page, '/billing/new/general?scenario=billing-by-tin-bank-kept')
      await page.getByRole('textbox', { name: words.name }).fill('Ромашка Софт — партнерский')
      await page.getByRole('button', { name: words.next }).click()
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(words.company) })).toBeVisible()
      await page.getByRole('button', { name: words.next }).click()
      await expect(page.getByRole('heading', { level: 1, name: words.contacts })).toBeVisible()
      const sent: { what: string; key: string | undefined; body: string }[] = []
      page.on('request', (request) => {
        if (isMutation(request))
          sent.push({
            what: `${request.method()} ${new URL(request.url()).pathname}`,
            key: request.headers()['idempotency-key'],
            body: request.postData() ?? '',
          })
      })

      await bannerLoaded
      await context.setOffline(true)
      await expect(page.getByRole('heading', { name: words.offline })).toBeVisible()
      const position = page.getByRole('textbox', { name: words.position })
      await position.fill('Финансовый директор')
      await expect(page.getByText(words.notSaved)).toBeVisible()
      // Create, and again (an impatient user; the busy button is aria-disabled, so the click is forced
      // past Playwright's check, as a user's would go): the send waits, busy.
      await page.getByRole('button', { name: words.create }).click()
      await expect(page.getByRole('button', { name: words.creating })).toBeVisible()
      await page.getByRole('button', { name: words.creating }).click({ force: true })

      // The minute offline, on the page's clock: whatever timers the page set fire now.
      const before = await page.evaluate(() => Date.now())
      await page.clock.runFor('01:00')
      expect((await page.evaluate(() => Date.now())) - before).toBeGreaterThanOrEqual(60_000)
      await expect(page.getByRole('button', { name: words.creating })).toBeVisible()
      await expect(page.getByRole('heading', { name: words.offline })).toBeVisible()
      await expect(page.getByRole('alert')).toHaveCount(0) // no failure, no timeout said
      await expect(page).toHaveURL(/\/billing\/new\/contacts$/)
      await expect(position).toHaveValue('Финансовый директор')
      await expectNoAxeViolations(page)
      await shot(page, 'offline')
      expect(sent).toEqual([])

      await context.setOffline(false)
      await expect(page).toHaveURL(/\/billing$/)
      await expect(page.getByRole('heading', { name: words.offline })).toBeHidden()
      // Create went once, with one Idempotency-Key (beside it, at most the autosave of the same values).
      const creates = sent.filter((request) => request.what === 'POST /api/billing-accounts')
      expect(creates).toHaveLength(1)
      expect(creates[0]?.key).toMatch(/.{8,}/)
      expect(
        sent.every((request) => creates.includes(request) || request.what.endsWith('/billing-account/draft')),
      ).toBe(true)
      // What was typed offline is what was sent: the account is created with it.
      expect(JSON.parse(creates[0]?.body ?? '{}')).toMatchObject({
        name: 'Ромашка Софт — партнерский',
        contacts: { position: 'Финансовый директор' },
      })
    })
  })
}
