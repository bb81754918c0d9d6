import { server } from '@mocks/node'
import { renderApp } from '@test/render-app'
import { screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'

describe('the shell', () => {
  it('switches the language, remembers it, and sets the page language', async () => {
    const { user } = await renderApp({ path: '/' })
    await screen.findByRole('heading', { level: 1, name: /grow your business/i })
    const english = screen.getByRole('button', { name: 'English' })
    expect(english).toHaveAttribute('aria-pressed', 'true')
    await user.click(screen.getByRole('button', { name: 'Русский' }))
    expect(await screen.findByRole('heading', { level: 1, name: /Развивайте бизнес/ })).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'Язык' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'false')
    expect(document.documentElement.lang).toBe('ru')
    expect(window.localStorage.getItem('partner-onboarding.language')).toBe('ru')
  })

  it('shows the seven steps with the current one marked, and later steps not yet available', async () => {
    await renderApp({ path: '/welcome' })
    const nav = await screen.findByRole('navigation', { name: 'Steps to partner status' })
    const items = within(nav).getAllByRole('listitem')
    expect(items).toHaveLength(7)
    expect(nav.querySelector('[aria-current="step"]')).toHaveTextContent('Onboarding page')
    expect(within(items[2] as HTMLElement).queryByRole('link')).not.toBeInTheDocument()
    expect(items[2]).toHaveTextContent('Partnership application, not yet available')
  })

  it('offers the steps already reachable as links once signed in', async () => {
    await renderApp({ path: '/welcome', signedInAs: { userId: 'u-anna', organizationId: 'org-romashka' } })
    const nav = await screen.findByRole('navigation', { name: 'Steps to partner status' })
    await waitFor(() =>
      expect(within(nav).getByRole('link', { name: /Partnership application/ })).toBeInTheDocument(),
    )
    expect(within(nav).getByRole('link', { name: 'Sign in, done' })).toBeInTheDocument()
    expect(within(nav).queryByRole('link', { name: /Partnership type/ })).not.toBeInTheDocument()
  })

  it('leads a deep link to a later step to the first step not done', async () => {
    const { router } = await renderApp({ path: '/partnership' })
    await waitFor(() => expect(router.state.location.pathname).toBe('/welcome'))

    const signedIn = await renderApp({
      path: '/billing',
      signedInAs: { userId: 'u-anna', organizationId: null },
    })
    await waitFor(() => expect(signedIn.router.state.location.pathname).toBe('/sign-in'))
  })

  it('shows an error page with a way back when a page cannot be shown', async () => {
    server.use(
      http.get('*/api/session', () => HttpResponse.json({ code: 'boom', message: 'Boom' }, { status: 500 })),
    )
    await renderApp({ path: '/application', started: true })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This page could not be shown' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/Something went wrong on our side/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to the partner program page' })).toHaveAttribute('href', '/')
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument()
  })

  it('shows a not-found page for an unknown address', async () => {
    await renderApp({ path: '/no-such-page' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
    expect(document.title).toBe('Page not found — Partner onboarding')
  })
})
