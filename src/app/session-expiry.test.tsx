/**
 * A session that ends mid-step: the page's next request answers 401, the app goes to sign-in with a
 * notice, keeps the page in this tab (never in the address), and signing in again as the same user
 * with the same organization returns to the page with what was typed. The return path only ever
 * leads to one of the app's own pages.
 */
import { db } from '@mocks/db'
import { renderApp } from '@test/render-app'
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PATHS } from '@/api/paths'
import {
  isSameAppPath,
  keepReturnAfterSignIn,
  readReturnAfterSignIn,
  takeReturnAfterSignIn,
} from '@/lib/return-after-sign-in'
import { needsSession } from './shell/watchers'

const APP_PATHS = Object.values(PATHS)
const anna = { userId: 'u-anna', organizationId: 'org-romashka' }

describe('the page to return to after signing in again', () => {
  it('accepts only paths of this app', () => {
    expect(isSameAppPath('/billing/new/contacts')).toBe(true)
    for (const path of [
      '//evil.example/application',
      'https://evil.example/',
      '/\\evil.example',
      '/application?email=anna@example.com',
      '/application#x',
      '/../application',
      'application',
      '',
      null,
    ])
      expect(isSameAppPath(path), String(path)).toBe(false)
  })

  it('is used once, by the same user with the same organization, and only for a page of the app', () => {
    keepReturnAfterSignIn({ path: '/partnership/questionnaire', ...anna })
    expect(takeReturnAfterSignIn({ userId: 'u-ivan', organizationId: 'org-romashka' }, APP_PATHS)).toBeNull()
    expect(readReturnAfterSignIn()).toBeNull()

    keepReturnAfterSignIn({ path: '/partnership/questionnaire', ...anna })
    expect(takeReturnAfterSignIn({ userId: 'u-anna', organizationId: 'org-other' }, APP_PATHS)).toBeNull()

    keepReturnAfterSignIn({ path: '/partnership/questionnaire', ...anna })
    expect(takeReturnAfterSignIn(anna, APP_PATHS)).toBe('/partnership/questionnaire')
    expect(takeReturnAfterSignIn(anna, APP_PATHS)).toBeNull()

    // Planted in storage by hand: a path that is no page of the app leads nowhere.
    window.sessionStorage.setItem(
      'partner-onboarding.user.return-after-sign-in',
      JSON.stringify({ path: '/no-such-page', ...anna }),
    )
    expect(takeReturnAfterSignIn(anna, APP_PATHS)).toBeNull()
    window.sessionStorage.setItem(
      'partner-onboarding.user.return-after-sign-in',
      JSON.stringify({ path: '//evil.example', ...anna }),
    )
    expect(readReturnAfterSignIn()).toBeNull()
  })

  it('is kept for the pages that need a session (step 3 on), not for sign-in or the program', () => {
    expect(needsSession('/billing/new/contacts')).toBe(true)
    expect(needsSession('/application')).toBe(true)
    expect(needsSession('/sign-in/organization')).toBe(false)
    expect(needsSession('/')).toBe(false)
  })
})

describe('a session that ends mid-step', () => {
  it('goes to sign-in with a notice, and signing in again returns to the page with what was typed', async () => {
    const { user, router } = await renderApp({ path: '/application', signedInAs: anna })
    const position = await screen.findByRole('textbox', { name: 'Position' })

    db.sessions.remove(() => true) // the session expires
    await user.type(position, 'CTO')

    // The autosave's 401 leads to sign-in; the page is kept in this tab, not in the address.
    await screen.findByRole('heading', { level: 2, name: 'Your session has ended' })
    expect(screen.getByText('Sign in again to continue — what you typed is kept.')).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/sign-in')
    expect(router.state.location.search).toBe('')
    expect(readReturnAfterSignIn()).toEqual({ path: '/application', ...anna })
    expect(screen.queryByText(/You are signed in as/)).not.toBeInTheDocument()

    await user.click(await screen.findByRole('button', { name: /Анна Смирнова/ }))
    // The organization she was working in is chosen already.
    expect(await screen.findByRole('radio', { name: 'Ромашка Софт' })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    await waitFor(() => expect(router.state.location.pathname).toBe('/application'))
    expect(await screen.findByRole('textbox', { name: 'Position' })).toHaveValue('CTO')
    expect(readReturnAfterSignIn()).toBeNull()
  })

  it('a 401 on a sign-in page is that page’s own business: said there, nothing kept', async () => {
    const { user, router } = await renderApp({
      path: '/sign-in/organization',
      signedInAs: { userId: 'u-anna' },
    })
    await user.click(await screen.findByRole('radio', { name: 'Ромашка Софт' }))
    db.sessions.remove(() => true)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('alert')).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/sign-in/organization')
    expect(readReturnAfterSignIn()).toBeNull()
    expect(screen.queryByText('Your session has ended')).not.toBeInTheDocument()
  })
})
