/**
 * Issue 11: a reload on every page and sub-page loses nothing typed (passwords and files aside).
 * Table-driven over the app's one path source (src/api/paths.ts, which the route table reads), so a
 * new page fails this test until it is listed: either how to get there (a scenario, and the steps
 * after it) or why there is nothing to type. The mock build's own pages (mocks/routes.ts: the mock
 * identity provider, where an SSO user types a login) have a table of their own. On each page every
 * control of its forms gets a value (text, email, phone, numbers, selects, checkboxes, one radio per
 * group, fields that appear on the way included), the page is reloaded, and every value must be back.
 */
import { mockRoutes } from '@mocks/routes'
import type { Page } from '@playwright/test'
import { PATHS } from '@/api/paths'
import { expect, test, waitForMockedApi } from './fixtures'

const SBER = '044525225'
const ACCOUNT = '40802810000000007777'

type Row =
  | {
      scenario: string
      /** Where to open it, when not the page itself (a page on the way, or a route's parameters filled in). */
      path?: string
      before?: (page: Page) => Promise<void>
      /** The page's address, when the row's key is a route pattern. */
      at?: string
      /** The API answer that says the page's data came (the app's pages: the session). */
      api?: string
    }
  | { nothing: string }

async function passGeneral(page: Page) {
  await page.getByLabel('Account name').fill('Петров ИТ')
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Company information')
}

async function passCompany(page: Page) {
  await passGeneral(page)
  await page.getByLabel('BIK', { exact: true }).fill(SBER)
  await page.getByLabel('Settlement account').fill(ACCOUNT)
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts')
}

/** Every page of the app (PATHS), with how to reach it or why nothing is typed there. */
const ROWS: Record<string, Row> = {
  [PATHS.program]: { nothing: 'the program page: links and Apply only' },
  [PATHS.welcome]: { nothing: 'step 1 reads the terms: Start only' },
  [PATHS['sign-in']]: { nothing: 'the sign-in methods: buttons and links only' },
  [PATHS.signInYandexId]: { scenario: 'new-user' },
  [PATHS.signInPassword]: { scenario: 'demo' },
  [PATHS.signInSso]: { scenario: 'sso-user' },
  [PATHS.signInSsoComplete]: { nothing: 'presents the identity provider’s assertion: no form' },
  [PATHS.signInOrganization]: {
    scenario: 'demo',
    path: PATHS['sign-in'],
    before: async (page) => {
      await page.getByRole('button', { name: /Анна Смирнова/ }).click()
      await expect(page).toHaveURL(/\/sign-in\/organization$/)
    },
  },
  [PATHS.application]: { scenario: 'application-by-tin' },
  [PATHS.partnership]: { scenario: 'application-sent-referral-open' },
  [PATHS.questionnaire]: { scenario: 'questionnaire-open' },
  [PATHS.billing]: { nothing: 'step 5’s own page: its state and links only' },
  [PATHS.billingNew]: { nothing: 'opens the first creation page not done (General information)' },
  [PATHS.billingGeneral]: { scenario: 'billing-by-tin' },
  [PATHS.billingCompany]: { scenario: 'billing-by-tin', path: PATHS.billingGeneral, before: passGeneral },
  [PATHS.billingContacts]: { scenario: 'billing-by-tin', path: PATHS.billingGeneral, before: passCompany },
  [PATHS.billingVerification]: { scenario: 'billing-created' },
  [PATHS.billingUpgrade]: { nothing: 'the upgrade: one button' },
  [PATHS.confirmation]: { nothing: 'the application’s status: links only' },
  [PATHS.confirmationFix]: { scenario: 'information-needed' },
  [PATHS.partner]: { nothing: 'the partner portal: links only' },
}

test('the table lists every page of the app', () => {
  expect(Object.keys(ROWS).sort()).toEqual([...new Set(Object.values(PATHS))].sort())
})

/** The mock build's own pages, by their route pattern. */
const MOCK_ROWS: Record<string, Row> = {
  // The login is kept in the tab (the form recipe's `keep`), the password never.
  '/idp/:federationId': {
    scenario: 'sso-user',
    path: '/idp/bpfnordwind2026',
    at: '/idp/bpfnordwind2026',
    api: '/idp/bpfnordwind2026',
  },
}

test('the table lists every mock-only page', () => {
  expect(Object.keys(MOCK_ROWS).sort()).toEqual(mockRoutes.map((route) => route.path).sort())
})

/** What is typed into controls of each kind (the page may reformat it: what it shows is compared). */
async function fillEveryControl(page: Page): Promise<number> {
  return page.evaluate(() => {
    const done = (window as unknown as { __filled?: Set<Element> }).__filled ?? new Set<Element>()
    ;(window as unknown as { __filled?: Set<Element> }).__filled = done
    const usable = (el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) =>
      !el.disabled &&
      !(el as HTMLInputElement).readOnly &&
      el.offsetParent !== null &&
      !el.closest('#mock-demo-panel') &&
      !['password', 'file', 'hidden', 'submit', 'button'].includes((el as HTMLInputElement).type) &&
      !/show password|показать пароль/i.test(el.labels?.[0]?.textContent ?? '')
    const setValue = (el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) => {
      const proto = Object.getPrototypeOf(el) as object
      Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value)
      el.dispatchEvent(new Event('input', { bubbles: true }))
      el.dispatchEvent(new Event('change', { bubbles: true }))
    }
    let count = 0
    const controls = [
      ...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
        'main form input, main form select, main form textarea',
      ),
    ]
    for (const el of controls) {
      if (done.has(el) || !usable(el)) continue
      done.add(el)
      count += 1
      if (el instanceof HTMLSelectElement) {
        const other = [...el.options].reverse().find((option) => !option.selected && !option.disabled)
        if (other) setValue(el, other.value)
      } else if (el instanceof HTMLInputElement && el.type === 'checkbox') {
        el.click()
      } else if (el instanceof HTMLInputElement && el.type === 'radio') {
        const group = [
          ...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${el.name}"]`),
        ]
        for (const radio of group) done.add(radio)
        const other = group.reverse().find((radio) => !radio.checked && !radio.disabled)
        other?.click()
      } else if (el instanceof HTMLInputElement && el.type === 'email') {
        setValue(el, `reload.check${count}@example.com`)
      } else if (el instanceof HTMLInputElement && el.type === 'tel') {
        setValue(el, '+7 912 345-67-89')
      } else if (el.inputMode === 'numeric' || (el as HTMLInputElement).type === 'number') {
        setValue(el, '7')
      } else {
        setValue(el, `Проверка ${count}`)
      }
    }
    return count
  })
}

/** Every control of the page's forms and what it shows, keyed by its id (or name and value). */
function snapshot(page: Page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [
        ...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
          'main form input, main form select, main form textarea',
        ),
      ]
        .filter((el) => !['password', 'file', 'hidden'].includes((el as HTMLInputElement).type))
        .filter((el) => !/show password|показать пароль/i.test(el.labels?.[0]?.textContent ?? ''))
        .map((el) => {
          const key = el.id || `${el.getAttribute('name')}=${(el as HTMLInputElement).value}`
          const checkable = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
          return [key, checkable ? (el as HTMLInputElement).checked : el.value]
        }),
    ),
  )
}

for (const [path, row] of [...Object.entries(ROWS), ...Object.entries(MOCK_ROWS)]) {
  if ('nothing' in row) continue
  const at = row.at ?? path
  test(`a reload on ${path} loses nothing typed`, async ({ page }) => {
    // Two page loads with a scenario (and a page or two on the way): more than a minute when loaded.
    test.setTimeout(120_000)
    await page.addInitScript(() => window.localStorage.setItem('partner-onboarding.started', '1'))
    const loaded = waitForMockedApi(page, row.api ?? '/session')
    await page.goto(`${row.path ?? path}?scenario=${row.scenario}`)
    await loaded
    await row.before?.(page)
    await expect(page).toHaveURL((url) => url.pathname === at && url.search === '')
    await expect(page.locator('main form').first()).toBeVisible()

    // Fields that appear on the way (a checkbox that opens more) get a value in the next pass.
    let filled = 0
    for (let pass = 0; pass < 3; pass += 1) {
      const more = await fillEveryControl(page)
      filled += more
      if (more === 0) break
    }
    expect(filled).toBeGreaterThan(0)
    const typed = await snapshot(page)

    await page.reload()
    await expect.poll(() => snapshot(page)).toEqual(typed)
  })
}
