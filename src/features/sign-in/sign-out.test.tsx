import { db } from '@mocks/db'
import { renderApp } from '@test/render-app'
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

describe('sign-out', () => {
  it('ends the session and removes the user’s cached data and drafts from this browser', async () => {
    window.localStorage.setItem('partner-onboarding.user.application.u-anna.org-romashka', '{"tin":"77"}')
    window.sessionStorage.setItem('partner-onboarding.user.sso-entry', '"anna@romashka-soft.ru"')
    window.sessionStorage.setItem('partner-onboarding.user.yandex-id', '{"name":"Анна Смирнова"}')
    window.localStorage.setItem('partner-onboarding.language', 'en')
    const { user, router, queryClient } = await renderApp({
      path: '/sign-in/organization',
      signedInAs: { userId: 'u-anna' },
    })
    await screen.findByRole('radio', { name: 'Ромашка Софт' })
    expect(queryClient.getQueryData(['organizations'])).toBeDefined()

    await user.click(await screen.findByRole('button', { name: 'Sign out' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/'))

    expect(db.sessions.all()).toEqual([])
    const session = await fetch('http://localhost/api/session')
    expect(session.status).toBe(200)
    expect(await session.json()).toEqual({ session: null })
    expect(queryClient.getQueryData(['organizations'])).toBeUndefined()
    expect(queryClient.getQueryData(['session'])).not.toMatchObject({ user: { id: 'u-anna' } })
    const userKeys = [...Object.keys(window.localStorage), ...Object.keys(window.sessionStorage)].filter(
      (key) => key.startsWith('partner-onboarding.user.'),
    )
    expect(userKeys).toEqual([])
    // What belongs to the device, not the user, stays.
    expect(window.localStorage.getItem('partner-onboarding.language')).toBe('en')
    await waitFor(() => expect(screen.queryByText(/Signed in as/)).not.toBeInTheDocument())
  })
})
