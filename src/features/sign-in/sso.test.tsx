import { db } from '@mocks/db'
import { setLatency } from '@mocks/http'
import { server } from '@mocks/node'
import { renderApp } from '@test/render-app'
import { screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { beforeAll, describe, expect, it } from 'vitest'

beforeAll(() => {
  Element.prototype.scrollIntoView ??= () => {}
})

async function openSso(language: 'en' | 'ru' = 'en') {
  const app = await renderApp({ path: '/sign-in/sso', started: true, language })
  await screen.findByRole('heading', { level: 1 })
  return app
}

type App = Awaited<ReturnType<typeof openSso>>

async function goToIdentityProvider({ user, router }: App, entry: string) {
  await user.type(screen.getByLabelText('Federation ID or work email'), entry)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await waitFor(() => expect(router.state.location.pathname).toBe('/idp/bpfnordwind2026'))
  await screen.findByText('Identity provider (demo)')
}

async function signInAtIdentityProvider({ user }: App, login: string, password: string) {
  await user.type(await screen.findByLabelText('Login or email'), login)
  await user.type(screen.getByLabelText('Password'), password)
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
}

describe('step 2: SSO through an identity federation', () => {
  it('goes from the federation ID to the identity provider and back with the federation’s organization selected', async () => {
    const app = await openSso()
    await goToIdentityProvider(app, 'bpfnordwind2026')
    // The provider's page is plainly marked, outside the app's shell (no stepper).
    expect(screen.getByRole('banner')).toHaveTextContent('Identity provider (demo)')
    expect(screen.queryByRole('navigation', { name: 'Steps to partner status' })).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to Нордвинд SSO' })).toBeInTheDocument()

    await signInAtIdentityProvider(app, 's.volkov', 'Nordwind-2026')
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/application'))
    expect(db.sessions.all()[0]).toMatchObject({
      userId: 'u-sergey',
      method: 'sso',
      organizationId: 'org-nordwind',
    })
    expect(app.queryClient.getQueryData(['session'])).toMatchObject({ organizationId: 'org-nordwind' })
    // The assertion was used up, and what was typed is no longer kept.
    expect(db.assertions.all()).toEqual([])
    expect(window.sessionStorage.getItem('partner-onboarding.user.sso-entry')).toBeNull()
  })

  it('finds the federation from a work email’s domain', async () => {
    const app = await openSso()
    await goToIdentityProvider(app, 'S.Volkov@Nordwind.ru')
    await signInAtIdentityProvider(app, 's.volkov@nordwind.ru', 'Nordwind-2026')
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/application'))
    expect(db.sessions.all()[0]).toMatchObject({ userId: 'u-sergey', organizationId: 'org-nordwind' })
  })

  it('finds the federation from its pasted login address', async () => {
    const app = await openSso()
    await goToIdentityProvider(app, 'https://console.yandex.cloud/federations/bpfnordwind2026')
    expect(screen.getByText('Federation ID: bpfnordwind2026')).toBeInTheDocument()
  })

  it('says so at the field when no federation has the ID, or none is set up for the email’s domain', async () => {
    const { user, router } = await openSso()
    const entry = screen.getByLabelText('Federation ID or work email')
    await user.type(entry, 'bpfnowhere')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(entry).toHaveAttribute('aria-invalid', 'true'))
    expect(entry).toHaveAccessibleDescription(
      expect.stringContaining('There is no identity federation with the ID “bpfnowhere”.'),
    )
    const summary = screen.getByRole('alert')
    await waitFor(() => expect(summary).toHaveFocus())

    await user.clear(entry)
    await user.type(entry, 'ivan@petrov-it.ru')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() =>
      expect(entry).toHaveAccessibleDescription(
        expect.stringContaining('No identity federation is set up for petrov-it.ru.'),
      ),
    )
    expect(router.state.location.pathname).toBe('/sign-in/sso')
  })

  it('refuses a bad email or a federation ID with wrong characters before asking the server', async () => {
    const { user } = await openSso()
    const entry = screen.getByLabelText('Federation ID or work email')
    await user.type(entry, 'ivan@')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() =>
      expect(entry).toHaveAccessibleDescription(expect.stringContaining('Enter an email address like')),
    )
    await user.clear(entry)
    await user.type(entry, 'bpf nord;wind')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() =>
      expect(entry).toHaveAccessibleDescription(
        expect.stringContaining('Enter a federation ID, like bpfnordwind2026, or a work email'),
      ),
    )
  })

  it('Cancel at the identity provider comes back with its own message and the entry still filled in', async () => {
    const app = await openSso()
    await goToIdentityProvider(app, 'S.Volkov@nordwind.ru')
    await app.user.type(screen.getByLabelText('Login or email'), 's.volkov')
    await app.user.click(screen.getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/sign-in/sso'))
    // Only an outcome code travels in the address: no login, no email.
    expect(app.router.state.location.search).toBe('?error=cancelled')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Sign-in was cancelled')
    expect(screen.getByLabelText('Federation ID or work email')).toHaveValue('S.Volkov@nordwind.ru')
    expect(document.title).toMatch(/^Error: Sign in with SSO/)
    expect(db.sessions.all()).toEqual([])
  })

  it('a wrong password comes back as a failed sign-in, with its own message', async () => {
    const app = await openSso()
    await goToIdentityProvider(app, 'bpfnordwind2026')
    await signInAtIdentityProvider(app, 's.volkov', 'wrong-password')
    await waitFor(() => expect(app.router.state.location.search).toBe('?error=failed'))
    expect(await screen.findByRole('alert')).toHaveTextContent('The identity provider could not sign you in')
    expect(screen.getByLabelText('Federation ID or work email')).toHaveValue('bpfnordwind2026')
    expect(db.sessions.all()).toEqual([])
  })

  it('a login the identity provider refuses comes back as access denied', async () => {
    const app = await openSso()
    await goToIdentityProvider(app, 'bpfnordwind2026')
    await signInAtIdentityProvider(app, 'blocked@nordwind.ru', 'Nordwind-2026')
    await waitFor(() => expect(app.router.state.location.search).toBe('?error=denied'))
    expect(await screen.findByRole('alert')).toHaveTextContent('The identity provider refused access')
  })

  it('an identity provider page for an unknown federation offers no form and sends back "federation not found"', async () => {
    // The provider takes a moment to answer (at latency 0 its answer and the way back could both
    // come before the first look, as a loaded CI machine once showed).
    setLatency(400)
    const app = await renderApp({ path: '/idp/nowhere', started: true })
    // It asks the provider first, and says so meanwhile.
    expect(await screen.findByText('Checking the identity federation…')).toHaveAttribute('role', 'status')
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/sign-in/sso'))
    expect(app.router.state.location.search).toBe('?error=unknown_federation')
    // Replaced, not pushed: Back does not return to the page of a federation that does not exist.
    expect(app.router.state.historyAction).toBe('REPLACE')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The identity federation was not found')
    expect(alert).toHaveTextContent('Check the federation ID with your administrator')
    expect(screen.queryByText('Sign in to nowhere')).not.toBeInTheDocument()
    expect(screen.queryByLabelText('Login or email')).not.toBeInTheDocument()
    expect(document.title).toMatch(/^Error: Sign in with SSO/)
  })

  it('the identity provider names the federation it found, from its own answer', async () => {
    await renderApp({ path: '/idp/BPFNordwind2026', started: true })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to Нордвинд SSO' }),
    ).toBeInTheDocument()
    expect(screen.getByText('Federation ID: bpfnordwind2026')).toBeInTheDocument()
  })

  it('when the identity provider cannot be asked, says so with a retry and a way back', async () => {
    let failures = 1
    server.use(
      http.get('*/api/idp/:federationId', () => {
        if (failures-- > 0) return HttpResponse.json({ code: 'down', message: 'Down' }, { status: 503 })
        return undefined
      }),
    )
    const app = await renderApp({ path: '/idp/bpfnordwind2026', started: true })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The identity provider did not answer')
    expect(screen.queryByLabelText('Login or email')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to sign-in with SSO' })).toHaveAttribute(
      'href',
      '/sign-in/sso',
    )
    await app.user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByLabelText('Login or email')).toBeInTheDocument()
    expect(app.router.state.location.pathname).toBe('/idp/bpfnordwind2026')
  })

  it('sends back "federation not found" in Russian too', async () => {
    const app = await renderApp({ path: '/idp/nowhere', started: true, language: 'ru' })
    await waitFor(() => expect(app.router.state.location.search).toBe('?error=unknown_federation'))
    expect(await screen.findByRole('alert')).toHaveTextContent('Федерация удостоверений не найдена')
  })

  it('the identity provider checks its own form', async () => {
    const app = await renderApp({ path: '/idp/bpfnordwind2026', started: true })
    await app.user.click(await screen.findByRole('button', { name: 'Sign in' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getAllByRole('link')).toHaveLength(2)
    expect(screen.getByLabelText('Login or email')).toHaveAttribute('aria-invalid', 'true')
    expect(app.router.state.location.pathname).toBe('/idp/bpfnordwind2026')
  })

  it('coming back without an assertion (a reload, a used one) asks to sign in again', async () => {
    const app = await renderApp({ path: '/sign-in/sso/complete', started: true })
    await waitFor(() => expect(app.router.state.location.search).toBe('?error=expired'))
    expect(await screen.findByRole('alert')).toHaveTextContent('The sign-in has expired')
  })

  it('speaks Russian, the identity provider too', async () => {
    const app = await openSso('ru')
    expect(screen.getByRole('heading', { level: 1, name: 'Вход через SSO' })).toBeInTheDocument()
    await app.user.type(screen.getByLabelText('ID федерации или рабочая почта'), 'bpfnordwind2026')
    await app.user.click(screen.getByRole('button', { name: 'Продолжить' }))
    expect(await screen.findByText('Поставщик удостоверений (демо)')).toBeInTheDocument()
    await app.user.click(screen.getByRole('button', { name: 'Отмена' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Вход отменен')
  })
})
