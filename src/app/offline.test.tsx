/**
 * Offline in the middle of step 5: the shell says so (a status banner, in both languages), nothing is
 * sent while offline (the autosave says the draft waits in this browser; Next waits, busy), and once
 * the connection is back the draft is saved and Next is sent, once, with what was typed.
 */
import { db } from '@mocks/db'
import { server } from '@mocks/node'
import { onlineManager } from '@tanstack/react-query'
import { renderApp } from '@test/render-app'
import { act, cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest'

/** Writes to step 5's draft while a test runs (`METHOD path`). */
const draftWrites: { method: string; body: unknown }[] = []
const onRequest = async ({ request }: { request: Request }) => {
  if (!/\/billing-account\/draft$/.test(new URL(request.url).pathname)) return
  draftWrites.push({ method: request.method, body: await request.clone().json() })
}
beforeEach(() => {
  draftWrites.length = 0
  server.events.on('request:start', onRequest)
})
afterEach(() => {
  server.events.removeListener('request:start', onRequest)
  // The online state is module state shared by the worker's test files (isolate: false).
  offline?.mockRestore()
  window.dispatchEvent(new Event('online'))
  onlineManager.setOnline(true)
})

/**
 * What the browser does when the connection goes and comes back: `navigator.onLine` changes and the
 * window hears the event (React Query's onlineManager follows).
 */
let offline: MockInstance | undefined
const goOffline = () =>
  act(async () => {
    offline = vi.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false)
    window.dispatchEvent(new Event('offline'))
  })
const goOnline = () =>
  act(async () => {
    offline?.mockRestore()
    window.dispatchEvent(new Event('online'))
  })

const petrovApplication = () => db.applications.find((row) => row.organizationId === 'org-petrov')

describe('offline in the middle of step 5', () => {
  it('says so, keeps the input, sends nothing meanwhile, and sends once when the connection is back', async () => {
    const { user, router } = await renderApp({
      path: '/billing/new/general',
      scenario: 'billing-by-tin',
      started: true,
    })
    await screen.findByRole('heading', { level: 1, name: /General information/ })
    expect(screen.queryByText('You are offline')).not.toBeInTheDocument()

    await goOffline()
    const banner = await screen.findByRole('heading', { name: 'You are offline' })
    expect(banner.closest('[role="status"]')).toHaveTextContent(
      'What you enter is kept on this device and sent when the connection is back.',
    )

    await user.type(screen.getByLabelText('Account name'), 'Петров ИТ')
    await screen.findByText(
      'Not saved yet: you are offline. What you entered is kept in this browser and saved when the connection is back.',
    )
    await user.click(screen.getByRole('radio', { name: 'Business or individual entrepreneur' }))
    await user.click(screen.getByRole('radio', { name: 'Wire transfer' }))
    await user.click(screen.getByRole('button', { name: 'Next' }))
    // Busy, waiting for the connection; nothing has left the browser.
    expect(await screen.findByRole('button', { name: 'Saving…' })).toBeInTheDocument()
    expect(draftWrites).toEqual([])
    expect(screen.getByLabelText('Account name')).toHaveValue('Петров ИТ')
    expect(
      JSON.parse(
        window.localStorage.getItem(`partner-onboarding.user.billing.${petrovApplication()?.id}.general`) ??
          '{}',
      ),
    ).toMatchObject({ general: { name: 'Петров ИТ' } })

    await goOnline()
    await waitFor(() => expect(router.state.location.pathname).toBe('/billing/new/company'))
    expect(screen.queryByText('You are offline')).not.toBeInTheDocument()
    expect(screen.getByText('The connection is back. What was waiting is being sent.')).toBeInTheDocument()
    // Next was sent once, with the page done; the draft is on the server.
    const nexts = draftWrites.filter((write) => JSON.stringify(write.body).includes('pagesDone'))
    expect(nexts).toHaveLength(1)
    expect(petrovApplication()?.billingAccountDraft).toMatchObject({
      general: { name: 'Петров ИТ', type: 'business', paymentMethod: 'invoice' },
      pagesDone: ['general'],
    })
  })

  it('what was typed offline and never saved is back after a reload (step 5 restores its local copy)', async () => {
    const { user } = await renderApp({
      path: '/billing/new/general',
      scenario: 'billing-by-tin',
      started: true,
    })
    await screen.findByRole('heading', { level: 1, name: /General information/ })
    await goOffline()
    await user.type(screen.getByLabelText('Account name'), 'Петров ИТ')
    await screen.findByText(/^Not saved yet: you are offline/)
    expect(draftWrites).toEqual([])

    // The page goes (a reload); the connection is back by the time it opens again.
    cleanup()
    // React Query listens for the window's events only while a client is mounted: it is told itself.
    window.dispatchEvent(new Event('online'))
    onlineManager.setOnline(true)
    await renderApp({ path: '/billing/new/general', started: true })
    expect(await screen.findByLabelText('Account name')).toHaveValue('Петров ИТ')
  })

  it('says it in Russian too', async () => {
    await renderApp({ path: '/billing', scenario: 'billing-by-tin', started: true, language: 'ru' })
    await screen.findByRole('heading', { level: 1 })
    await goOffline()
    expect(await screen.findByRole('heading', { name: 'Нет подключения к интернету' })).toBeInTheDocument()
    expect(
      screen.getByText(
        'Введенные данные сохраняются на этом устройстве и будут отправлены, когда подключение восстановится.',
      ),
    ).toBeInTheDocument()
  })
})
