import { db } from '@mocks/db'
import { server } from '@mocks/node'
import { renderApp } from '@test/render-app'
import { screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { beforeAll, describe, expect, it } from 'vitest'
import { USER_STORAGE_PREFIX } from '@/lib/use-autosave'
import { unmetPasswordRules } from './password-rules'

beforeAll(() => {
  Element.prototype.scrollIntoView ??= () => {}
})

async function openRegistration(language: 'en' | 'ru' = 'en') {
  const app = await renderApp({ path: '/sign-in/yandex-id', started: true, language })
  await screen.findByRole('heading', { level: 1 })
  return app
}

const ruleStates = () =>
  within(screen.getByText('Password rules').parentElement as HTMLElement)
    .getAllByRole('listitem')
    .map((item) => item.textContent)

describe('step 2: a new Yandex ID', () => {
  it('marks each password rule met or not as the user types, in words', async () => {
    const { user } = await openRegistration()
    expect(ruleStates()).toEqual([
      '–At least 10 characters (not met yet)',
      '–A lowercase letter (not met yet)',
      '–An uppercase letter (not met yet)',
      '–A digit (not met yet)',
    ])
    const password = screen.getByLabelText('Password')
    await user.type(password, 'abc')
    expect(ruleStates()).toEqual([
      '–At least 10 characters (not met yet)',
      '✓A lowercase letter (met)',
      '–An uppercase letter (not met yet)',
      '–A digit (not met yet)',
    ])
    expect(screen.getByText('Password rules met: 1 of 4')).toBeInTheDocument()
    await user.type(password, 'Defgh1234')
    expect(ruleStates().every((state) => state?.includes('(met)'))).toBe(true)
    expect(screen.getByText('Password rules met: 4 of 4')).toBeInTheDocument()
    // The rules are also said in the field's hint, tied to it.
    expect(password).toHaveAccessibleDescription(
      'At least 10 characters, with a lowercase letter, an uppercase letter and a digit.',
    )
  })

  it('reads the rules from the contract: Cyrillic letters count, each missing rule is named', () => {
    expect([...unmetPasswordRules('')]).toEqual([
      'password.short',
      'password.lower',
      'password.upper',
      'password.digit',
    ])
    expect([...unmetPasswordRules('ПарольЖук12')]).toEqual([])
    expect([...unmetPasswordRules('abcdefghij')]).toEqual(['password.upper', 'password.digit'])
  })

  it('checks the whole form on submit: error summary with focus, inline errors, "Error:" in the title', async () => {
    const { user } = await openRegistration()
    await user.type(screen.getByLabelText('Login'), '1bad login')
    await user.type(screen.getByLabelText('Email'), 'anna@')
    await user.type(screen.getByLabelText('Password'), 'short')
    await user.click(screen.getByRole('button', { name: 'Create a Yandex ID' }))

    const summary = await screen.findByRole('alert')
    await waitFor(() => expect(summary).toHaveFocus())
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Your name: Fill in this field.',
      'Login: Use 3–30 Latin letters, digits, dots or hyphens, starting with a letter and ending with a letter or digit.',
      'Email: Enter an email address like name@example.ru.',
      'Password: Use at least 10 characters.',
    ])
    expect(document.title).toMatch(/^Error: Create a Yandex ID/)
    const email = screen.getByLabelText('Email')
    expect(email).toHaveAttribute('aria-invalid', 'true')
    expect(email).toHaveAccessibleDescription(
      'We will send news about your application here. Enter an email address like name@example.ru.',
    )
    // Nothing typed is lost.
    expect(email).toHaveValue('anna@')
    expect(screen.getByLabelText('Login')).toHaveValue('1bad login')
  })

  it('shows a taken login at the login field (409 from the server) and keeps everything typed', async () => {
    const { user, router } = await openRegistration()
    await user.type(screen.getByLabelText('Your name'), 'Анна Смирнова')
    await user.type(screen.getByLabelText('Login'), 'Anna.Smirnova')
    await user.type(screen.getByLabelText('Email'), 'anna@example.ru')
    await user.type(screen.getByLabelText('Password'), 'Romashka-2026')
    await user.click(screen.getByRole('button', { name: 'Create a Yandex ID' }))

    const login = screen.getByLabelText('Login')
    await waitFor(() => expect(login).toHaveAttribute('aria-invalid', 'true'))
    expect(login).toHaveAccessibleDescription(
      expect.stringContaining('This login is taken. Choose another one.'),
    )
    const summary = screen.getByRole('alert')
    await waitFor(() => expect(summary).toHaveFocus())
    expect(summary).toHaveTextContent('This login is taken. Choose another one.')
    expect(router.state.location.pathname).toBe('/sign-in/yandex-id')
    expect(screen.getByLabelText('Password')).toHaveValue('Romashka-2026')
  })

  it('shows the server’s 422 field errors at their fields', async () => {
    server.use(
      http.post('*/api/session/yandex-id', () =>
        HttpResponse.json(
          {
            code: 'validation',
            message: 'Some fields are not valid.',
            fieldErrors: [{ path: ['email'], message: 'err:email' }],
          },
          { status: 422 },
        ),
      ),
    )
    const { user } = await openRegistration()
    await user.type(screen.getByLabelText('Your name'), 'Nina')
    await user.type(screen.getByLabelText('Login'), 'nina.k')
    await user.type(screen.getByLabelText('Email'), 'nina@example.ru')
    await user.type(screen.getByLabelText('Password'), 'Nina-Password-1')
    await user.click(screen.getByRole('button', { name: 'Create a Yandex ID' }))
    const email = screen.getByLabelText('Email')
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'))
    expect(email).toHaveAccessibleDescription(expect.stringContaining('Enter an email address like'))
  })

  it('creates the user and an organization, selects it and opens the application; a double click creates once', async () => {
    const users = db.users.all().length
    const requests: string[] = []
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/api/session/yandex-id'))
        requests.push(request.headers.get('Idempotency-Key') ?? '')
    })
    const { user, router, queryClient } = await openRegistration()
    await user.type(screen.getByLabelText('Your name'), 'Нина Ковалева')
    await user.type(screen.getByLabelText('Login'), 'nina.kovaleva')
    await user.type(screen.getByLabelText('Email'), 'nina@kovaleva-it.ru')
    await user.type(screen.getByLabelText('Password'), 'Kovaleva-2026')
    await user.dblClick(screen.getByRole('button', { name: 'Create a Yandex ID' }))

    await waitFor(() => expect(router.state.location.pathname).toBe('/application'))
    server.events.removeAllListeners()
    expect(db.users.all()).toHaveLength(users + 1)
    expect(new Set(requests).size).toBe(1)
    const created = db.users.find((u) => u.login === 'nina.kovaleva')
    const session = db.sessions.all()[0]
    expect(session).toMatchObject({ userId: created?.id, method: 'yandex-id' })
    const organization = db.organizations.get(session?.organizationId ?? '')
    expect(organization?.memberIds).toEqual([created?.id])
    expect(queryClient.getQueryData(['session'])).toMatchObject({ organizationId: organization?.id })
  })

  it('keeps name, login and email (never the password) in this tab across a reload, and forgets them once registered', async () => {
    const first = await openRegistration()
    await first.user.type(screen.getByLabelText('Your name'), 'Нина Ковалева')
    await first.user.type(screen.getByLabelText('Login'), 'nina.kovaleva')
    await first.user.type(screen.getByLabelText('Email'), 'nina@kovaleva-it.ru')
    await first.user.type(screen.getByLabelText('Password'), 'Kovaleva-2026')
    const kept = window.sessionStorage.getItem(`${USER_STORAGE_PREFIX}yandex-id`)
    expect(kept && JSON.parse(kept)).toEqual({
      name: 'Нина Ковалева',
      login: 'nina.kovaleva',
      email: 'nina@kovaleva-it.ru',
    })
    expect(JSON.stringify({ ...window.sessionStorage })).not.toContain('Kovaleva-2026')
    first.unmount()

    // A reload: the page opens again with what was typed, except the password.
    const { user, router } = await openRegistration()
    expect(screen.getByLabelText('Your name')).toHaveValue('Нина Ковалева')
    expect(screen.getByLabelText('Login')).toHaveValue('nina.kovaleva')
    expect(screen.getByLabelText('Email')).toHaveValue('nina@kovaleva-it.ru')
    expect(screen.getByLabelText('Password')).toHaveValue('')

    await user.type(screen.getByLabelText('Password'), 'Kovaleva-2026')
    await user.click(screen.getByRole('button', { name: 'Create a Yandex ID' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/application'))
    expect(window.sessionStorage.getItem(`${USER_STORAGE_PREFIX}yandex-id`)).toBeNull()
  })

  it('keeps the draft when registration fails, and drops it when every field is emptied', async () => {
    const { user } = await openRegistration()
    await user.type(screen.getByLabelText('Login'), 'anna.smirnova')
    await user.click(screen.getByRole('button', { name: 'Create a Yandex ID' }))
    await screen.findByRole('alert')
    expect(window.sessionStorage.getItem(`${USER_STORAGE_PREFIX}yandex-id`)).toContain('anna.smirnova')
    await user.clear(screen.getByLabelText('Login'))
    expect(window.sessionStorage.getItem(`${USER_STORAGE_PREFIX}yandex-id`)).toBeNull()
  })

  it('ignores a kept draft that is not what the page wrote', async () => {
    window.sessionStorage.setItem(`${USER_STORAGE_PREFIX}yandex-id`, '{"name":42,"password":"x"')
    const broken = await openRegistration()
    expect(screen.getByLabelText('Your name')).toHaveValue('')
    expect(screen.getByLabelText('Password')).toHaveValue('')
    broken.unmount()
    window.sessionStorage.setItem(`${USER_STORAGE_PREFIX}yandex-id`, '{"name":42,"login":"nina.k"}')
    await openRegistration()
    expect(screen.getByLabelText('Your name')).toHaveValue('')
    expect(screen.getByLabelText('Login')).toHaveValue('nina.k')
  })

  it('speaks Russian', async () => {
    const { user } = await openRegistration('ru')
    expect(screen.getByRole('heading', { level: 1, name: 'Создание Яндекс ID' })).toBeInTheDocument()
    await user.type(screen.getByLabelText('Пароль'), 'abc')
    expect(screen.getByText('Строчная буква')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Создать Яндекс ID' }))
    expect(await screen.findByRole('heading', { name: 'Есть 4 ошибки' })).toBeInTheDocument()
    expect(document.title).toMatch(/^Ошибка: Создание Яндекс ID/)
  })
})
