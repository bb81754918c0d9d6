/**
 * The demo panel's "End the session (as if it expired)": the mock session goes, the session check
 * then answers `session: null` and every other request 401 with the contract's error body; the
 * drafts kept in the browser stay. In both languages. (JSX-free: mocks' tests are *.test.ts.)
 */
import { renderSettled } from '@test/render-settled'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createElement } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiErrorBody } from '@/api/contract'
import { setupI18n } from '@/lib/i18n'
import { db, startSession } from './db'
import { createDemoBackend } from './demo-backend'
import { DemoPanelRoot } from './demo-panel'

const api = (path: string) => fetch(`http://localhost/api${path}`)

async function renderPanel(language: 'en' | 'ru') {
  await setupI18n(language)
  const backend = createDemoBackend({ local: window.localStorage, session: window.sessionStorage })
  await renderSettled(createElement(DemoPanelRoot, { backend, reload: vi.fn(), refresh: vi.fn() }))
  return userEvent.setup()
}

describe('ending the session from the demo panel', () => {
  afterEach(async () => {
    await setupI18n('en')
  })

  it('ends it: the session check says nobody, other requests answer 401 unauthenticated', async () => {
    await startSession({ userId: 'u-anna', method: 'account', organizationId: 'org-romashka' })
    window.localStorage.setItem('partner-onboarding.user.application.u-anna.org-romashka', '{"x":1}')
    const user = await renderPanel('en')
    await user.click(await screen.findByRole('button', { name: 'Demo' }))
    expect(
      screen.getByText(/^The page’s next request is answered 401: the app asks to sign in again/),
    ).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'End the session (as if it expired)' }))
    expect(
      await screen.findByText('The session has ended. The page’s next request will find it so.'),
    ).toBeVisible()

    expect(db.sessions.all()).toEqual([])
    expect(await (await api('/session')).json()).toEqual({ session: null })
    const refused = await api('/organizations')
    expect(refused.status).toBe(401)
    expect(ApiErrorBody.parse(await refused.json())).toMatchObject({ code: 'unauthenticated' })
    expect(window.localStorage.getItem('partner-onboarding.user.application.u-anna.org-romashka')).toBe(
      '{"x":1}',
    )
  })

  it('speaks Russian', async () => {
    await startSession({ userId: 'u-anna', method: 'account', organizationId: 'org-romashka' })
    const user = await renderPanel('ru')
    await user.click(await screen.findByRole('button', { name: 'Демо' }))
    await user.click(screen.getByRole('button', { name: 'Завершить сеанс (как будто он истек)' }))
    expect(await screen.findByText('Сеанс завершен. Следующий запрос страницы это обнаружит.')).toBeVisible()
    expect(db.sessions.all()).toEqual([])
  })
})
