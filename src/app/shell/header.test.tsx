/**
 * The account menu joins the header with the session that brings it: once its code is fetched (the
 * sign-in pages prefetch it), the header shows it in that same render, not a placeholder first and
 * the menu one render later (a second commit in the middle of the sign-in's navigation).
 */
import { QueryClient } from '@tanstack/react-query'
import { renderSettled } from '@test/render-settled'
import { screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import type { Session } from '@/api/contract'
import { Providers } from '@/app/providers'
import { sessionQuery } from '@/features/session/api'
import { Header, preloadAccountMenu } from './header'

const anna: Session = {
  user: {
    id: 'u-anna',
    name: 'Анна Смирнова',
    login: 'anna.smirnova',
    email: 'anna@romashka.ru',
    avatarUrl: null,
  },
  method: 'account',
  organizationId: null,
}

async function renderHeader(session: Session | null) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } })
  queryClient.setQueryData(sessionQuery().queryKey, session)
  const router = createMemoryRouter([{ path: '*', element: <Header /> }])
  // Settled: a render that suspends (the account menu's code) is finished with its effects.
  await renderSettled(
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  )
}

describe('the header', () => {
  it('shows the account menu in the same render as the session once its code is fetched', async () => {
    await preloadAccountMenu()
    await renderHeader(anna)
    // No waiting: the menu is there as soon as the header is.
    expect(screen.getByRole('button', { name: 'Account: Анна Смирнова' })).toBeInTheDocument()
  })

  it('shows no account menu without a session', async () => {
    await renderHeader(null)
    expect(screen.queryByRole('button', { name: /^Account:/ })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'English' })).toBeInTheDocument()
  })
})
