/**
 * The demo build's mock layer at its edges: a reproduction link restores scenario, page and data in
 * a fresh browser context (no storage); a tampered link is refused with a banner and the default
 * scenario; a mock worker that cannot start says why in a banner, in both languages, and the page
 * shows the failure instead of waiting.
 */
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test, waitForMockedApi } from './fixtures'

async function callApi(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(`/api${path}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: response.status, body: await response.json() }
    },
    { method, path, body },
  )
}

/** A context as on another machine: no storage, no service worker, the same base address. */
async function freshPage(browser: Browser, baseURL: string, locale = 'en-GB') {
  const context = await browser.newContext({ baseURL, locale })
  const violations: string[] = []
  context.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) violations.push(message.text())
  })
  return { context, page: await context.newPage(), violations }
}

test('a reproduction link opens the same scenario, page and data in a fresh browser', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000)
  const settings = waitForMockedApi(page, '/program-settings')
  await page.goto('/?scenario=in-review')
  await settings
  await page.goto('/confirmation')
  await expect(page.getByRole('heading', { level: 2, name: 'Status: In review' })).toBeVisible()
  // The data moves on from the scenario's seed: the manager approves.
  const { body } = await callApi(page, 'GET', '/organizations/org-romashka/application')
  const { application } = body as { application: { id: string; reference: string } }
  expect(
    (await callApi(page, 'POST', `/applications/${application.id}/decision`, { action: 'approve' })).status,
  ).toBe(200)
  await page.reload()
  await expect(page.getByRole('heading', { level: 2, name: 'Status: Approved' })).toBeVisible()

  await page.getByRole('button', { name: 'Demo', exact: true }).click()
  const panel = page.getByRole('complementary', { name: 'Demo controls' })
  const share = panel.getByRole('region', { name: 'Share this state' })
  await share.getByRole('button', { name: 'Copy link' }).click()
  const field = share.getByRole('textbox', { name: 'Reproduction link' })
  await expect(field).toHaveValue(/#demo=/)
  const link = await field.inputValue()
  expect(link.startsWith(`${baseURL}/confirmation#demo=`)).toBe(true)
  expect(link.length).toBeLessThanOrEqual(8000)
  await expectNoAxeViolations(page)

  // Another machine: a new context with no storage opens the link.
  const other = await freshPage(browser, baseURL ?? '')
  try {
    await other.page.goto(link)
    await expect(other.page.getByRole('heading', { level: 2, name: 'Status: Approved' })).toBeVisible()
    await expect(other.page.getByText(application.reference, { exact: true }).first()).toBeVisible()
    // The state left the address bar (and the history entry).
    await expect(other.page).toHaveURL(`${baseURL}/confirmation`)
    await other.page.getByRole('button', { name: 'Demo', exact: true }).click()
    await expect(other.page.getByText(/^Current scenario: .*\(in-review\)$/)).toBeVisible()
    // It is stored there: a reload keeps it.
    await other.page.reload()
    await expect(other.page.getByRole('heading', { level: 2, name: 'Status: Approved' })).toBeVisible()
    expect(other.violations).toEqual([])
  } finally {
    await other.context.close()
  }

  // A link whose data was edited is refused whole: a banner says so, and the default scenario starts.
  const payload = link.slice(link.indexOf('#demo=') + 6)
  const tampered = `${baseURL}/#demo=${payload.slice(0, 30)}${payload[30] === 'A' ? 'B' : 'A'}${payload.slice(31)}`
  const third = await freshPage(browser, baseURL ?? '', 'ru-RU')
  try {
    await third.page.goto(tampered)
    const banner = third.page
      .getByRole('alert')
      .filter({ hasText: 'Не удалось открыть ссылку для воспроизведения' })
    await expect(banner).toBeVisible()
    await expect(banner).toContainText('Вместо неё запущен сценарий по умолчанию.')
    await expect(third.page).toHaveURL(`${baseURL}/`)
    await third.page.getByRole('button', { name: 'Демо' }).click()
    await expect(third.page.getByText(/^Текущий сценарий: .*\(demo\)$/)).toBeVisible()
    await expectNoAxeViolations(third.page)
    await banner.getByRole('button', { name: 'Закрыть' }).click()
    await expect(banner).toHaveCount(0)
  } finally {
    await third.context.close()
  }
})

for (const [language, words] of [
  [
    'en',
    {
      title: 'The demo’s mock backend could not start',
      why: 'The mock backend’s script (mockServiceWorker.js) could not be loaded or registered.',
      failed: 'This page could not be shown',
      unavailable: 'The service is temporarily unavailable.',
    },
  ],
  [
    'ru',
    {
      title: 'Не удалось запустить имитацию сервера для демо',
      why: 'Не удалось загрузить или зарегистрировать скрипт имитации сервера (mockServiceWorker.js).',
      failed: 'Не удалось показать страницу',
      unavailable: 'Сервис временно недоступен.',
    },
  ],
] as const) {
  test(`a mock worker that cannot start says why, and the page fails instead of waiting (${language})`, async ({
    page,
    context,
  }) => {
    await page.addInitScript((lang) => {
      window.localStorage.setItem('partner-onboarding.started', '1')
      window.localStorage.setItem('partner-onboarding.language', lang)
    }, language)
    // The worker script is fetched by the browser for the registration: the context's routes see it, the page's do not.
    await context.route('**/mockServiceWorker.js', (route) =>
      route.fulfill({ status: 404, body: 'Not found' }),
    )
    await page.goto('/sign-in')
    const banner = page.getByRole('alert').filter({ hasText: words.title })
    await expect(banner).toBeVisible()
    await expect(banner).toContainText(words.why)
    await expect(banner).toContainText('npm run demo')
    // The page's loader fails (after the query's two retries) and the route says so, instead of waiting forever.
    await expect(page.getByRole('heading', { name: words.failed })).toBeVisible({ timeout: 15_000 })
    await expect(page.getByText(words.unavailable).first()).toBeVisible()
    await expectNoAxeViolations(page)
  })
}

test('opened as a file, the build says how to open it, in both languages; served, it never shows that', async ({
  page,
}) => {
  const dist = resolve(process.env.E2E_DIST || 'dist')
  await page.goto(pathToFileURL(join(dist, 'index.html')).href)
  await expect(page.getByText('This demo cannot run when opened as a file.')).toBeVisible()
  await expect(page.getByText('Это демо не работает, если открыть его как файл.')).toBeVisible()
  await expect(page.getByText('npm run demo').first()).toBeVisible()

  await page.goto('/')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Grow your business with Yandex Cloud' }),
  ).toBeVisible()
  await expect(page.getByText('This demo cannot run when opened as a file.')).toHaveCount(0)
})
