import { db } from '@mocks/db'
import { server } from '@mocks/node'
import { renderApp } from '@test/render-app'
import { screen, waitFor, within } from '@testing-library/react'
import { delay, HttpResponse, http } from 'msw'
import { beforeAll, describe, expect, it } from 'vitest'

beforeAll(() => {
  // jsdom does not lay out; the error summary scrolls the field it focuses into view.
  Element.prototype.scrollIntoView ??= () => {}
})

describe('step 2: sign in with an existing account', () => {
  it('shows the three methods and the recently used accounts with initials, name and login', async () => {
    await renderApp({ path: '/sign-in', started: true })
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'An existing account' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Create a Yandex ID' })).toHaveAttribute(
      'href',
      '/sign-in/yandex-id',
    )
    expect(screen.getByRole('link', { name: 'Sign in with SSO' })).toHaveAttribute('href', '/sign-in/sso')

    const list = await screen.findByRole('list', { name: 'Recently used accounts' })
    const buttons = within(list).getAllByRole('button')
    expect(buttons.map((b) => b.textContent)).toEqual([
      'АСАнна Смирнова anna.smirnova',
      'Ольга Кузнецова o.kuznetsova',
      'ИПИван Петров ivan.petrov',
    ])
    // Initials are decoration: the button is named by the name and login.
    expect(within(list).getByRole('button', { name: 'Анна Смирнова anna.smirnova' })).toBeInTheDocument()
  })

  it('shows the avatar picture when the account has one (Olga’s), initials otherwise', async () => {
    const { container } = await renderApp({ path: '/sign-in', started: true })
    await screen.findByRole('button', { name: /Ольга Кузнецова/ })
    const img = container.querySelector('img[src="/avatars/olga.svg"]')
    expect(img).toHaveAttribute('alt', '')
    expect(container.querySelectorAll('img')).toHaveLength(1)
  })

  it('says so when no account was used on this device', async () => {
    await renderApp({ path: '/sign-in', started: true, scenario: 'new-user' })
    expect(await screen.findByText(/No accounts have been used on this device yet/)).toBeInTheDocument()
  })

  it('choosing an account signs in and leads to the organization; Continue selects it and opens the application', async () => {
    const { user, router, queryClient } = await renderApp({ path: '/sign-in', started: true })
    await user.click(await screen.findByRole('button', { name: /Анна Смирнова/ }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in/organization'))
    const heading = await screen.findByRole('heading', { level: 1, name: 'Select an organization' })
    await waitFor(() => expect(heading).toHaveFocus())
    expect(screen.getByText('Signed in as Анна Смирнова')).toBeInTheDocument()

    const group = screen.getByRole('group', { name: 'Select an organization' })
    const radios = await within(group).findAllByRole('radio')
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['org-romashka', 'org-romashka-lab'])
    expect(radios.every((r) => !(r as HTMLInputElement).checked)).toBe(true)

    await user.click(screen.getByRole('radio', { name: 'Ромашка Лаб' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/application'))
    expect(db.sessions.all()[0]).toMatchObject({ userId: 'u-anna', organizationId: 'org-romashka-lab' })
    expect(queryClient.getQueryData(['session'])).toMatchObject({ organizationId: 'org-romashka-lab' })
    // The stepper sees the session: sign-in is done.
    const nav = screen.getByRole('navigation', { name: 'Steps to partner status' })
    expect(await within(nav).findByRole('link', { name: /^Sign in\W+done$/ })).toBeInTheDocument()
  })

  it('asks for an organization when Continue is pressed with none chosen', async () => {
    const { user } = await renderApp({
      path: '/sign-in/organization',
      signedInAs: { userId: 'u-anna' },
    })
    await user.click(await screen.findByRole('button', { name: 'Continue' }))
    const summary = await screen.findByRole('alert')
    // One field: the summary names it; the group says what is wrong (once on the screen).
    expect(summary).toHaveTextContent('Select an organization')
    await waitFor(() => expect(summary).toHaveFocus())
    expect(document.title).toMatch(/^Error: Select an organization/)
    const group = screen.getByRole('group', { name: 'Select an organization' })
    expect(group).toHaveAccessibleDescription('Select the organization to work with.')
    // The summary's link moves focus to the first choice.
    await user.click(within(summary).getByRole('link'))
    expect(screen.getByRole('radio', { name: 'Ромашка Софт' })).toHaveFocus()
  })

  it('sends somebody who is not signed in from the organization page to the methods', async () => {
    const { router } = await renderApp({ path: '/sign-in/organization', started: true })
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'))
  })

  it('offers to try again when signing in fails, and signs in on the retry', async () => {
    let failures = 1
    server.use(
      http.post('*/api/session/account', () => {
        if (failures-- > 0) return HttpResponse.json({ code: 'down', message: 'Down' }, { status: 503 })
        return undefined
      }),
    )
    const { user, router } = await renderApp({ path: '/sign-in', started: true })
    await user.click(await screen.findByRole('button', { name: /Иван Петров/ }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not sign in with this account')
    expect(alert).toHaveTextContent('The service is temporarily unavailable')
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in/organization'))
    expect(db.sessions.all()[0]?.userId).toBe('u-ivan')
  })

  it('shows the organization choice from the sign-in’s own answer, with no request after it', async () => {
    const asked: string[] = []
    server.use(
      http.get('*/api/organizations', () => {
        asked.push('organizations')
        return undefined
      }),
    )
    const { user, router } = await renderApp({ path: '/sign-in', started: true })
    await user.click(await screen.findByRole('button', { name: /Анна Смирнова/ }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in/organization'))
    expect(await screen.findByRole('radio', { name: 'Ромашка Софт' })).toBeInTheDocument()
    expect(asked).toEqual([])
  })

  it('keeps the account list usable when it fails to load, with a retry', async () => {
    let failures = 1
    server.use(
      http.get('*/api/accounts/recent', () => {
        if (failures-- > 0) return HttpResponse.json({ code: 'down', message: 'Down' }, { status: 500 })
        return undefined
      }),
    )
    const { user } = await renderApp({ path: '/sign-in', started: true })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The recently used accounts could not be loaded')
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('button', { name: /Анна Смирнова/ })).toBeInTheDocument()
  })

  it('while a slow sign-in is on its way, shows it on the chosen card, says so once, and starts no second one', async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    const chosen: string[] = []
    server.use(
      http.post('*/api/session/account', async ({ request }) => {
        chosen.push(((await request.clone().json()) as { userId: string }).userId)
        await held
        return undefined
      }),
    )
    const { user, router } = await renderApp({ path: '/sign-in', started: true })
    const list = await screen.findByRole('list', { name: 'Recently used accounts' })
    const status = within(list.parentElement as HTMLElement).getByRole('status')
    expect(status).toHaveTextContent('')
    const anna = within(list).getByRole('button', { name: /Анна Смирнова/ })
    await user.click(anna)

    await waitFor(() => expect(list).toHaveAttribute('aria-busy', 'true'))
    expect(status).toHaveTextContent('Signing in as Анна Смирнова…')
    // The chosen card shows it; every account is inactive meanwhile, and focus stays where it was.
    expect(anna).toHaveTextContent('Signing in…')
    expect(anna).toHaveFocus()
    const buttons = within(list).getAllByRole('button')
    expect(buttons.every((button) => button.getAttribute('aria-disabled') === 'true')).toBe(true)
    // Its name stays the account's: the progress is said once, by the status.
    expect(anna).toHaveAccessibleName('Анна Смирнова anna.smirnova')

    await user.click(within(list).getByRole('button', { name: /Иван Петров/ }))
    await user.click(anna)
    expect(chosen).toEqual(['u-anna'])
    expect(router.state.location.pathname).toBe('/sign-in')

    release()
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in/organization'))
    expect(db.sessions.all().map((s) => s.userId)).toEqual(['u-anna'])
    expect(chosen).toEqual(['u-anna'])
  })

  it('a quick second click on another account, before the page shows the first, starts nothing', async () => {
    const chosen: string[] = []
    server.use(
      http.post('*/api/session/account', async ({ request }) => {
        chosen.push(((await request.clone().json()) as { userId: string }).userId)
        await delay('infinite')
        return undefined
      }),
    )
    await renderApp({ path: '/sign-in', started: true })
    const anna = await screen.findByRole('button', { name: /Анна Смирнова/ })
    const ivan = screen.getByRole('button', { name: /Иван Петров/ })
    // Two clicks in the same task: no render happens between them.
    anna.click()
    ivan.click()
    await waitFor(() => expect(chosen).toEqual(['u-anna']))
    expect(await screen.findByRole('status')).toHaveTextContent('Signing in as Анна Смирнова…')
  })

  it('speaks Russian', async () => {
    const { user } = await renderApp({ path: '/sign-in', started: true, language: 'ru' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Вход' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Существующий аккаунт' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Создать Яндекс ID' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Войти через SSO' })).toBeInTheDocument()
    await user.click(await screen.findByRole('button', { name: /Анна Смирнова/ }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Выберите организацию' })).toBeInTheDocument()
    expect(await screen.findByRole('radio', { name: 'Ромашка Софт' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Продолжить' })).toBeInTheDocument()
  })

  it('switching to another account drops the previous user’s cached data', async () => {
    const { user, queryClient, router } = await renderApp({
      path: '/sign-in/organization',
      signedInAs: { userId: 'u-anna' },
    })
    await screen.findByRole('radio', { name: 'Ромашка Софт' })
    expect(queryClient.getQueryData(['organizations'])).toBeDefined()
    await user.click(screen.getByRole('link', { name: 'Sign in with another account' }))
    expect(
      await screen.findByRole('heading', { name: 'You are signed in as Анна Смирнова' }),
    ).toBeInTheDocument()
    await user.click(await screen.findByRole('button', { name: /Иван Петров/ }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in/organization'))
    expect(await screen.findByRole('radio', { name: 'Петров ИТ' })).toBeInTheDocument()
    expect(screen.queryByRole('radio', { name: 'Ромашка Софт' })).not.toBeInTheDocument()
  })
})
