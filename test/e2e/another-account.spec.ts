import { expect, expectNoAxeViolations, test } from './fixtures'

for (const language of ['en', 'ru'] as const) {
  const w =
    language === 'en'
      ? {
          link: 'Sign in with another account',
          login: 'Login or email',
          password: 'Password',
          submit: 'Sign in',
          wrong: 'The password is wrong. Check the keyboard layout and Caps Lock, and try again.',
          blocked: 'This Yandex ID is blocked and cannot sign in. Contact Yandex ID support to unblock it.',
          organization: 'Select an organization',
        }
      : {
          link: 'Войти в другой аккаунт',
          login: 'Логин или почта',
          password: 'Пароль',
          submit: 'Войти',
          wrong: 'Неверный пароль. Проверьте раскладку клавиатуры и Caps Lock и попробуйте еще раз.',
          blocked:
            'Этот аккаунт Яндекс ID заблокирован, войти в него нельзя. Чтобы его разблокировать, обратитесь в поддержку Яндекс ID.',
          organization: 'Выберите организацию',
        }

  test(`a new device signs in with another account, in ${language}`, async ({ page }) => {
    await page.addInitScript((language) => {
      localStorage.setItem('partner-onboarding.language', language)
      localStorage.setItem('partner-onboarding.started', '1')
    }, language)
    await page.goto('/sign-in?scenario=new-user')
    await page.getByRole('link', { name: w.link }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      language === 'en' ? 'Sign in with another account' : 'Вход в другой аккаунт',
    )
    await page.getByRole('button', { name: w.submit, exact: true }).click()
    await expect(page.getByRole('alert')).toBeFocused()
    await expectNoAxeViolations(page)

    await page.getByLabel(w.login).fill('m.orlov')
    await page.getByLabel(w.password, { exact: true }).fill('Orlov-2026')
    await page.getByRole('button', { name: w.submit, exact: true }).click()
    await expect(page.getByLabel(w.login)).toHaveAccessibleDescription(w.blocked)

    await page.getByLabel(w.login).fill('anna.smirnova')
    await page.getByLabel(w.password, { exact: true }).fill('not-her-password')
    await page.getByRole('button', { name: w.submit, exact: true }).click()
    await expect(page.getByLabel(w.password, { exact: true })).toHaveAccessibleDescription(w.wrong)
    await expectNoAxeViolations(page)

    await page.getByLabel(w.password, { exact: true }).fill('Romashka-2026')
    await page.getByRole('button', { name: w.submit, exact: true }).click()
    await expect(page).toHaveURL(/\/sign-in\/organization$/)
    await expect(page.getByRole('heading', { level: 1, name: w.organization })).toBeVisible()
  })
}
