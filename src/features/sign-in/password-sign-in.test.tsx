import { db } from '@mocks/db'
import { renderApp } from '@test/render-app'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

/** A new device: none of the accounts is among the recent ones. */
async function openFromMethods(language: 'en' | 'ru' = 'en') {
  const app = await renderApp({ path: '/sign-in', scenario: 'new-user', started: true, language })
  await screen.findByRole('heading', { level: 1 })
  return app
}

type App = Awaited<ReturnType<typeof openFromMethods>>

async function signIn({ user }: App, login: string, password: string) {
  const loginField = screen.getByLabelText('Login or email')
  await user.clear(loginField)
  if (login) await user.type(loginField, login)
  const passwordField = screen.getByLabelText('Password')
  await user.clear(passwordField)
  if (password) await user.type(passwordField, password)
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The problem as the error summary lists it and as its field says it. */
async function expectFieldError(label: string, message: string) {
  const summary = await screen.findByRole('alert', { name: /There (is a problem|are \d problems)/ })
  // The summary may name the field first ("Password: Fill in this field.").
  expect(
    within(summary).getByRole('link', { name: new RegExp(`${escapeRegExp(message)}$`) }),
  ).toBeInTheDocument()
  await waitFor(() => expect(screen.getByLabelText(label)).toHaveAttribute('aria-invalid', 'true'))
  expect(screen.getByLabelText(label)).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)))
}

describe('step 2: sign in with another account (a Yandex ID not among the recent ones)', () => {
  it('signs in with login and password, then asks for the organization, and remembers the account', async () => {
    const app = await openFromMethods()
    await app.user.click(screen.getByRole('link', { name: 'Sign in with another account' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in with another account' }),
    ).toBeInTheDocument()
    await signIn(app, 'Anna.Smirnova', 'Romashka-2026')
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/sign-in/organization'))
    expect(db.sessions.all()[0]).toMatchObject({ userId: 'u-anna', organizationId: null })
    expect(db.settings.get('settings')?.recentAccountIds[0]).toBe('u-anna')
  })

  it('accepts the account’s email as well as its login', async () => {
    const app = await renderApp({ path: '/sign-in/password', scenario: 'new-user', started: true })
    await screen.findByRole('heading', { level: 1, name: 'Sign in with another account' })
    await signIn(app, 'olga@severnye-resheniya.ru', 'Severnye-2026')
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/sign-in/organization'))
    expect(db.sessions.all()[0]).toMatchObject({ userId: 'u-olga' })
  })

  it('says which is wrong: an unknown login, a blocked account, a wrong password; keeps the login', async () => {
    const app = await renderApp({ path: '/sign-in/password', scenario: 'new-user', started: true })
    await screen.findByRole('heading', { level: 1, name: 'Sign in with another account' })

    await signIn(app, 'no.such.person', 'Whatever-2026')
    await expectFieldError(
      'Login or email',
      'There is no Yandex ID with this login or email. Check it, or create a Yandex ID.',
    )
    expect(document.title).toMatch(/^Error: Sign in with another account/)
    expect(screen.getByLabelText('Login or email')).toHaveValue('no.such.person')

    await signIn(app, 'm.orlov', 'Orlov-2026')
    await expectFieldError(
      'Login or email',
      'This Yandex ID is blocked and cannot sign in. Contact Yandex ID support to unblock it.',
    )

    await signIn(app, 'anna.smirnova', 'not-her-password')
    await expectFieldError(
      'Password',
      'The password is wrong. Check the keyboard layout and Caps Lock, and try again.',
    )
    expect(db.sessions.all()).toEqual([])
  })

  it('an empty password says “Fill in this field.” like every other field', async () => {
    const app = await renderApp({ path: '/sign-in/password', scenario: 'new-user', started: true })
    await screen.findByRole('heading', { level: 1, name: 'Sign in with another account' })
    await signIn(app, 'anna.smirnova', '')
    await expectFieldError('Password', 'Fill in this field.')
  })

  it('speaks Russian', async () => {
    const app = await renderApp({
      path: '/sign-in/password',
      scenario: 'new-user',
      started: true,
      language: 'ru',
    })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Вход в другой аккаунт' }),
    ).toBeInTheDocument()
    await app.user.type(screen.getByLabelText('Логин или почта'), 'anna.smirnova')
    await app.user.type(screen.getByLabelText('Пароль'), 'nope')
    await app.user.click(screen.getByRole('button', { name: 'Войти' }))
    expect(
      await screen.findByText(
        'Неверный пароль. Проверьте раскладку клавиатуры и Caps Lock и попробуйте еще раз.',
        {
          selector: 'p',
        },
      ),
    ).toBeInTheDocument()
  })
})
