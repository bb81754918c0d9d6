/**
 * The form recipe as applicants meet it on the pages built with it: what was typed survives a
 * reload where there is no server draft (never a password), every failure speaks (a 422 without
 * field errors, a server error, a lost connection) with Try again and nothing lost, and the server's
 * field errors land on their fields with the summary linking to them.
 */

import { db } from '@mocks/db'
import { server } from '@mocks/node'
import { renderApp } from '@test/render-app'
import { screen, waitFor, within } from '@testing-library/react'
import { delay, HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { USER_STORAGE_PREFIX } from '@/lib/use-autosave'

const anna = { userId: 'u-anna', organizationId: 'org-romashka' }

/** The alert that says this (a notice has a heading but no accessible name of its own). */
async function findAlert(text: string) {
  let found: HTMLElement | undefined
  await waitFor(() => {
    found = screen.getAllByRole('alert').find((alert) => alert.textContent?.includes(text))
    expect(found).toBeDefined()
  })
  return found as HTMLElement
}

async function openPage(path: string, options: Parameters<typeof renderApp>[0] = {}) {
  const app = await renderApp({ path, started: true, ...options })
  await screen.findByRole('heading', { level: 1 })
  return app
}

describe('the form recipe', () => {
  it('keeps the SSO entry across a reload (issue 7, item 7)', async () => {
    const first = await openPage('/sign-in/sso')
    await first.user.type(screen.getByLabelText('Federation ID or work email'), 'bpfnordwind2026')
    first.unmount()

    await openPage('/sign-in/sso')
    expect(screen.getByLabelText('Federation ID or work email')).toHaveValue('bpfnordwind2026')
  })

  it('keeps a new Yandex ID’s name across a reload, never its password', async () => {
    const first = await openPage('/sign-in/yandex-id')
    await first.user.type(screen.getByLabelText('Your name'), 'Нина Ковалева')
    await first.user.type(screen.getByLabelText('Password'), 'Kovaleva-2026')
    first.unmount()
    expect(JSON.stringify({ ...window.sessionStorage })).not.toContain('Kovaleva-2026')

    await openPage('/sign-in/yandex-id')
    expect(screen.getByLabelText('Your name')).toHaveValue('Нина Ковалева')
    expect(screen.getByLabelText('Password')).toHaveValue('')
  })

  it('says why when Send request gets a 422 with no field errors, and sends on Try again (issue 7, item 5)', async () => {
    let refusals = 1
    server.use(
      http.post('*/api/applications/:id/submit', () => {
        if (refusals-- <= 0) return undefined
        return HttpResponse.json(
          { code: 'validation', message: 'Not valid.', fieldErrors: [] },
          { status: 422 },
        )
      }),
    )
    const { user, router } = await openPage('/application', { signedInAs: anna })
    await user.type(screen.getByLabelText('Position'), 'Технический директор')
    await user.type(screen.getByLabelText('Phone'), '8 (912) 345-67-89')
    await user.click(screen.getByRole('button', { name: 'Choose this account Ромашка Софт — основной' }))
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes, choose this account' }),
    )
    await user.click(screen.getByRole('button', { name: 'Send request' }))

    const notice = await findAlert('Your request was not sent. Everything you entered is kept.')
    expect(notice).toHaveTextContent('Some fields need attention.')
    expect(document.title).toMatch(/^Error: /)
    expect(screen.getByLabelText('Position')).toHaveValue('Технический директор')

    await user.click(within(notice).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/partnership'))
    expect(db.applications.all()[0]?.status).toBe('submitted')
  })

  it('says so when the organization cannot be chosen, keeps the choice, and chooses it on Try again', async () => {
    let failures = 1
    server.use(
      http.put('*/api/session/organization', () => {
        if (failures-- <= 0) return undefined
        return HttpResponse.json({ code: 'down', message: 'Down' }, { status: 503 })
      }),
    )
    const { user, router } = await openPage('/sign-in/organization', {
      signedInAs: { userId: 'u-anna', organizationId: null },
    })
    await user.click(screen.getByRole('radio', { name: 'Ромашка Лаб' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    const notice = await findAlert('The organization could not be selected')
    expect(notice).toHaveTextContent('The service is temporarily unavailable.')
    expect(screen.getByRole('radio', { name: 'Ромашка Лаб' })).toBeChecked()

    await user.click(within(notice).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/application'))
    expect(db.sessions.all()[0]?.organizationId).toBe('org-romashka-lab')
  })

  it('sends once while the first request is on its way, saying so on the button', async () => {
    const starts: string[] = []
    server.use(
      http.post('*/api/session/sso/start', async () => {
        starts.push('start')
        await delay(200)
        return undefined
      }),
    )
    const { user } = await openPage('/sign-in/sso')
    await user.type(screen.getByLabelText('Federation ID or work email'), 'bpfnowhere')
    const button = screen.getByRole('button', { name: 'Continue' })
    await user.click(button)
    await user.click(button)
    expect(button).toHaveAttribute('aria-disabled', 'true')
    // The server's refusal lands on the field, and the summary links to it.
    const entry = screen.getByLabelText('Federation ID or work email')
    await waitFor(() => expect(entry).toHaveAttribute('aria-invalid', 'true'))
    const summary = screen.getByRole('alert', { name: 'There is a problem' })
    expect(within(summary).getByRole('link')).toHaveAttribute('href', '#sso-entry')
    expect(starts).toHaveLength(1)
    expect(window.sessionStorage.getItem(`${USER_STORAGE_PREFIX}sso-entry`)).toContain('bpfnowhere')
  })

  it('words a failure in Russian', async () => {
    server.use(http.post('*/api/session/sso/start', () => HttpResponse.error()))
    const { user } = await openPage('/sign-in/sso', { language: 'ru' })
    await user.type(screen.getByRole('textbox'), 'bpfnordwind2026')
    await user.click(screen.getByRole('button', { name: 'Продолжить' }))
    const notice = await screen.findByRole('alert')
    expect(within(notice).getByRole('button', { name: 'Повторить' })).toBeInTheDocument()
    expect(screen.getByRole('textbox')).toHaveValue('bpfnordwind2026')
  })
})
