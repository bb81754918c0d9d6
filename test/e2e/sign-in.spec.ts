import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test, waitForMockedApi } from './fixtures'

const en = {
  signIn: 'Sign in',
  anna: /Анна Смирнова/,
  organizationTitle: 'Select an organization',
  organization: 'Ромашка Софт',
  continue: 'Continue',
  chooseOrganization: 'Select the organization to work with.',
  createLink: 'Create a Yandex ID',
  registerTitle: 'Create a Yandex ID',
  name: 'Your name',
  login: 'Login',
  email: 'Email',
  password: 'Password',
  loginTaken: 'This login is taken. Choose another one.',
  ssoLink: 'Sign in with SSO',
  ssoTitle: 'Sign in with SSO',
  entry: 'Federation ID or work email',
  unknownFederation: 'There is no identity federation with the ID “bpfnowhere”.',
  idpBanner: 'Identity provider (demo)',
  idpLogin: 'Login or email',
  idpPassword: 'Password',
  idpSignIn: 'Sign in',
  cancel: 'Cancel',
  cancelled: 'Sign-in was cancelled',
  failed: 'The identity provider could not sign you in',
  denied: 'The identity provider refused access',
  errorPrefix: 'Error: ',
}

const ru: typeof en = {
  signIn: 'Вход',
  anna: /Анна Смирнова/,
  organizationTitle: 'Выберите организацию',
  organization: 'Ромашка Софт',
  continue: 'Продолжить',
  chooseOrganization: 'Выберите организацию, с которой будете работать.',
  createLink: 'Создать Яндекс ID',
  registerTitle: 'Создание Яндекс ID',
  name: 'Ваше имя',
  login: 'Логин',
  email: 'Электронная почта',
  password: 'Пароль',
  loginTaken: 'Этот логин занят. Выберите другой.',
  ssoLink: 'Войти через SSO',
  ssoTitle: 'Вход через SSO',
  entry: 'ID федерации или рабочая почта',
  unknownFederation: 'Федерации удостоверений с ID «bpfnowhere» нет.',
  idpBanner: 'Поставщик удостоверений (демо)',
  idpLogin: 'Логин или почта',
  idpPassword: 'Пароль',
  idpSignIn: 'Войти',
  cancel: 'Отмена',
  cancelled: 'Вход отменен',
  failed: 'Поставщик удостоверений не выполнил вход',
  denied: 'Поставщик удостоверений отказал в доступе',
  errorPrefix: 'Ошибка: ',
}

/** Step 1 was read: the sign-in page opens directly. */
async function openSignIn(page: Page, words: typeof en) {
  await page.addInitScript(() => window.localStorage.setItem('partner-onboarding.started', '1'))
  const accounts = waitForMockedApi(page, '/accounts/recent')
  await page.goto('/sign-in')
  await accounts
  await expect(page.getByRole('heading', { level: 1, name: words.signIn })).toBeVisible()
}

/** Every address the tab showed, to check that no login or email ever travels in one. */
function recordAddresses(page: Page): string[] {
  const seen: string[] = []
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) seen.push(frame.url())
  })
  return seen
}

for (const [language, words] of [
  ['en', en],
  ['ru', ru],
] as const) {
  test.describe(`step 2 in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-GB' : 'ru-RU' })

    test('with an existing account, then the organization', async ({ page }) => {
      await openSignIn(page, words)
      await expect(page.getByRole('button', { name: words.anna })).toBeVisible()
      await expectNoAxeViolations(page)

      await page.getByRole('button', { name: words.anna }).click()
      const heading = page.getByRole('heading', { level: 1, name: words.organizationTitle })
      await expect(heading).toBeFocused()
      await expect(page.getByRole('radio', { name: words.organization })).toBeVisible()
      await expectNoAxeViolations(page)

      await page.getByRole('button', { name: words.continue }).click()
      // A form of one field: the summary names it; the choice itself says what to do.
      const summary = page.getByRole('alert').filter({ hasText: words.organizationTitle })
      await expect(summary).toBeFocused()
      await expect(page.getByText(words.chooseOrganization)).toBeVisible()
      await expect(page).toHaveTitle(new RegExp(`^${words.errorPrefix}${words.organizationTitle}`))
      await expectNoAxeViolations(page)

      // Keyboard only: the summary's link leads to the first choice; Space selects it.
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      await expect(page.getByRole('radio', { name: words.organization })).toBeFocused()
      await page.keyboard.press('Space')
      await expect(page.getByRole('radio', { name: words.organization })).toBeChecked()
      await page.getByRole('button', { name: words.continue }).click()
      await expect(page).toHaveURL(/\/application$/)
    })

    test('with a new Yandex ID', async ({ page }) => {
      await openSignIn(page, words)
      await page.getByRole('link', { name: words.createLink }).click()
      await expect(page.getByRole('heading', { level: 1, name: words.registerTitle })).toBeFocused()
      await expectNoAxeViolations(page)

      await page.getByRole('button', { name: words.createLink }).click()
      await expect(page.getByRole('alert').first()).toBeFocused()
      await expectNoAxeViolations(page)

      await page.getByLabel(words.name).fill('Нина Ковалева')
      await page.getByLabel(words.login).fill('anna.smirnova')
      await page.getByLabel(words.email).fill('nina@kovaleva-it.ru')
      await page.getByLabel(words.password, { exact: true }).fill('Kovaleva-2026')
      await page.getByRole('button', { name: words.createLink }).click()
      await expect(page.getByLabel(words.login)).toHaveAttribute('aria-invalid', 'true')
      await expect(page.getByRole('alert').first()).toContainText(words.loginTaken)
      await expect(page.getByRole('alert').first()).toBeFocused()
      await expectNoAxeViolations(page)

      await page.getByLabel(words.login).fill('nina.kovaleva')
      await page.getByRole('button', { name: words.createLink }).click()
      await expect(page).toHaveURL(/\/application$/)
    })

    test('with SSO: unknown federation, cancel, wrong password, refused login, then success', async ({
      page,
    }) => {
      const addresses = recordAddresses(page)
      await openSignIn(page, words)
      await page.getByRole('link', { name: words.ssoLink }).click()
      await expect(page.getByRole('heading', { level: 1, name: words.ssoTitle })).toBeFocused()
      await expectNoAxeViolations(page)

      const entry = page.getByLabel(words.entry)
      await entry.fill('bpfnowhere')
      await page.getByRole('button', { name: words.continue }).click()
      // A form of one field: the summary names the field and takes focus; the field says what is wrong.
      await expect(page.getByRole('alert').first()).toBeFocused()
      await expect(page.getByRole('alert').first()).toContainText(words.entry)
      await expect(entry).toHaveAttribute('aria-invalid', 'true')
      await expect(page.getByText(words.unknownFederation)).toBeVisible()
      await expectNoAxeViolations(page)

      const toProvider = async () => {
        await page.getByRole('button', { name: words.continue }).click()
        await expect(page).toHaveURL(/\/idp\/bpfnordwind2026$/)
        await expect(page.getByRole('banner')).toContainText(words.idpBanner)
      }
      const signInThere = async (login: string, password: string) => {
        await page.getByLabel(words.idpLogin).fill(login)
        await page.getByLabel(words.idpPassword).fill(password)
        await page.getByRole('button', { name: words.idpSignIn, exact: true }).click()
      }

      await entry.fill('s.volkov@nordwind.ru')
      await toProvider()
      await expectNoAxeViolations(page)
      // The provider checks its own form first.
      await page.getByRole('button', { name: words.idpSignIn, exact: true }).click()
      await expect(page.getByRole('alert').first()).toBeFocused()
      await expectNoAxeViolations(page)

      await page.getByRole('button', { name: words.cancel }).click()
      await expect(page).toHaveURL(/\/sign-in\/sso\?error=cancelled$/)
      await expect(page.getByRole('alert').first()).toContainText(words.cancelled)
      await expect(entry).toHaveValue('s.volkov@nordwind.ru')
      await expectNoAxeViolations(page)

      await toProvider()
      await signInThere('s.volkov', 'not-the-password')
      await expect(page).toHaveURL(/\/sign-in\/sso\?error=failed$/)
      await expect(page.getByRole('alert').first()).toContainText(words.failed)
      await expectNoAxeViolations(page)

      await toProvider()
      await signInThere('blocked', 'whatever')
      await expect(page).toHaveURL(/\/sign-in\/sso\?error=denied$/)
      await expect(page.getByRole('alert').first()).toContainText(words.denied)

      await toProvider()
      await signInThere('s.volkov', 'Nordwind-2026')
      await expect(page).toHaveURL(/\/application$/)
      for (const address of addresses) {
        expect(address).not.toMatch(/volkov|nordwind\.ru|%40|@|Nordwind-2026|assertion/i)
      }
    })
  })
}

test('a new Yandex ID keeps name, login and email across a reload, never the password', async ({ page }) => {
  await openSignIn(page, en)
  await page.getByRole('link', { name: en.createLink }).click()
  await page.getByLabel(en.name).fill('Нина Ковалева')
  await page.getByLabel(en.login).fill('nina.kovaleva')
  await page.getByLabel(en.email).fill('nina@kovaleva-it.ru')
  await page.getByLabel(en.password, { exact: true }).fill('Kovaleva-2026')
  await page.reload()
  await expect(page.getByLabel(en.name)).toHaveValue('Нина Ковалева')
  await expect(page.getByLabel(en.login)).toHaveValue('nina.kovaleva')
  await expect(page.getByLabel(en.email)).toHaveValue('nina@kovaleva-it.ru')
  await expect(page.getByLabel(en.password, { exact: true })).toHaveValue('')
  expect(await page.evaluate(() => JSON.stringify({ ...window.sessionStorage }))).not.toContain(
    'Kovaleva-2026',
  )
  await expectNoAxeViolations(page)

  await page.getByLabel(en.password, { exact: true }).fill('Kovaleva-2026')
  await page.getByRole('button', { name: en.createLink }).click()
  await expect(page).toHaveURL(/\/application$/)
  expect(
    await page.evaluate(() => window.sessionStorage.getItem('partner-onboarding.user.yandex-id')),
  ).toBeNull()
})

test('on a slow network, choosing an account shows it is signing in and blocks a second choice', async ({
  page,
}) => {
  await openSignIn(page, en)
  // Long enough that the checks below (axe among them) end before the answer, even on a loaded machine:
  // with 3 s, CI once saw the page move on before the second click.
  await page.evaluate(() =>
    (window as unknown as { __mockBackend: { setLatency(ms: number): void } }).__mockBackend.setLatency(
      15_000,
    ),
  )
  const requests: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/session/account') requests.push(request.url())
  })
  const list = page.getByRole('list', { name: 'Recently used accounts' })
  const anna = list.getByRole('button', { name: en.anna })
  await anna.click()
  await expect(list).toHaveAttribute('aria-busy', 'true')
  await expect(page.getByRole('status').filter({ hasText: 'Signing in as Анна Смирнова…' })).toBeAttached()
  await expect(anna).toContainText('Signing in…')
  for (const button of await list.getByRole('button').all()) {
    await expect(button).toHaveAttribute('aria-disabled', 'true')
  }
  // Playwright waits for aria-disabled buttons to be enabled; a user clicks anyway.
  await list.getByRole('button', { name: /Иван Петров/ }).click({ force: true })
  await expect(anna).toContainText('Signing in…')
  await expectNoAxeViolations(page)
  await expect(page).toHaveURL(/\/sign-in\/organization$/, { timeout: 30_000 })
  expect(requests).toHaveLength(1)
})

test('the identity provider page of an unknown federation goes back to SSO with "not found"', async ({
  page,
}) => {
  await openSignIn(page, en)
  await page.goto('/idp/nowhere')
  await expect(page).toHaveURL(/\/sign-in\/sso\?error=unknown_federation$/)
  await expect(page.getByRole('alert').first()).toContainText('The identity federation was not found')
  await expect(page.getByText('Sign in to nowhere')).toHaveCount(0)
  await expectNoAxeViolations(page)
})

test('the identity provider page is usable on a phone, and so are the sign-in pages', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await openSignIn(page, en)
  for (const path of ['/sign-in', '/sign-in/yandex-id', '/sign-in/sso', '/idp/bpfnordwind2026']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow, path).toBeLessThanOrEqual(0)
  }
})

test('sign-out ends the session: the header forgets the user and step 3 is out of reach', async ({
  page,
}) => {
  await openSignIn(page, en)
  await page.getByRole('button', { name: en.anna }).click()
  await page.getByRole('radio', { name: en.organization }).check()
  await page.getByRole('button', { name: en.continue }).click()
  await expect(page).toHaveURL(/\/application$/)
  await expect(page.getByText('Signed in as Анна Смирнова')).toBeVisible()
  // Back at sign-in while signed in: the page says who is signed in and offers to continue.
  await page
    .getByRole('navigation', { name: 'Steps to partner status' })
    .getByRole('link', { name: /Sign in/ })
    .click()
  await expect(page.getByRole('heading', { name: 'You are signed in as Анна Смирнова' })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Continue as Анна Смирнова' }).click()
  await expect(page).toHaveURL(/\/application$/)
  await page.evaluate(() => window.localStorage.setItem('partner-onboarding.user.draft-test', '{}'))

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByText('Signed in as Анна Смирнова')).toHaveCount(0)
  expect(
    await page.evaluate(() => window.localStorage.getItem('partner-onboarding.user.draft-test')),
  ).toBeNull()
  await page.goto('/application')
  await expect(page).toHaveURL(/\/sign-in$/)
})
