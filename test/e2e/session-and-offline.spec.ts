/**
 * Issue 11, resilience end to end, in the production build with the mock backend in its worker:
 * - a session that expires mid-step (the demo panel's "End the session") leads to sign-in with a
 *   notice, and signing in again returns to the same page with what was typed (nothing in the URL);
 * - offline in the middle of step 5 (the browser context offline): the page says so, keeps the input,
 *   sends nothing meanwhile, and sends Next once when the connection is back.
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

    test('offline in the middle of step 5: said, input kept, nothing sent, Next sent once when back', async ({
      page,
      context,
    }) => {
      await open(page, '/billing/new/general?scenario=billing-by-tin')
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(words.general) })).toBeVisible()
      const sent: string[] = []
      page.on('request', (request) => {
        if (isMutation(request))
          sent.push(`${request.method()} ${new URL(request.url()).pathname} ${request.postData() ?? ''}`)
      })

      // The banner's code and words come after the first paint; offline, nothing more could.
      await page.waitForFunction(() =>
        performance
          .getEntriesByType('resource')
          .some((entry) => /offline-banner-[\w-]+\.js$/.test(entry.name)),
      )
      await context.setOffline(true)
      await expect(page.getByRole('heading', { name: words.offline })).toBeVisible()
      await page.getByRole('textbox', { name: words.name }).fill('Петров ИТ')
      await page.getByRole('radio', { name: words.business }).check()
      await page.getByRole('radio', { name: words.wire }).check()
      await expect(page.getByText(words.notSaved)).toBeVisible()
      await page.getByRole('button', { name: words.next }).click()
      // The minute offline: the send waits (busy), the page and the input stay, nothing was sent.
      await expect(page.getByRole('button', { name: words.saving })).toBeVisible()
      await expectNoAxeViolations(page)
      await shot(page, 'offline')
      await expect(page).toHaveURL(/\/billing\/new\/general$/)
      await expect(page.getByRole('textbox', { name: words.name })).toHaveValue('Петров ИТ')
      expect(sent).toEqual([])

      await context.setOffline(false)
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(words.company) })).toBeVisible()
      await expect(page.getByRole('heading', { name: words.offline })).toBeHidden()
      // Next was sent once (beside it, at most the autosave of the same values).
      expect(sent.filter((request) => request.includes('"pagesDone"'))).toHaveLength(1)
      expect(sent.every((request) => request.includes('/billing-account/draft '))).toBe(true)
      await page.getByRole('link', { name: language === 'en' ? 'Back' : 'Назад' }).click()
      await expect(page.getByRole('textbox', { name: words.name })).toHaveValue('Петров ИТ')
    })
  })
}
