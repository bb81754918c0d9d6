/**
 * The designers' demo panel drives the mock backend: scenarios grouped by step (Start applies one and
 * opens the app where it begins), the answer delay (remembered), faults on demand (a server error,
 * a timeout or no connection; the next request or every one; listed and cleared), a reset of all
 * demo data; Escape closes it, and it speaks the page's language. (JSX-free: mocks' tests are *.test.ts.)
 */
import { renderSettled } from '@test/render-settled'
import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createElement } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { request } from '@/api/client'
import { ProgramSettings } from '@/api/contract'
import { isApiError } from '@/api/errors'
import { changeLanguage, setupI18n } from '@/lib/i18n'
import { db, scenarioName } from './db'
import { createDemoBackend, LATENCY_KEY } from './demo-backend'
import { DemoPanelRoot } from './demo-panel'
import { currentLatency, setLatency } from './http'
import { SCENARIO_GROUPS, scenarios } from './scenarios'

function backend() {
  return createDemoBackend({
    local: window.localStorage,
    session: window.sessionStorage,
    fetchFn: (url, init) => fetch(`http://localhost${String(url)}`, init),
  })
}

async function renderPanel() {
  const reload = vi.fn()
  const refresh = vi.fn()
  const user = userEvent.setup()
  // Settled: the panel suspends until its catalog is loaded, then renders.
  await renderSettled(createElement(DemoPanelRoot, { backend: backend(), reload, refresh }))
  const toggle = await screen.findByRole('button', { name: 'Demo' }, { timeout: 10_000 })
  return { user, reload, refresh, toggle }
}

describe('the demo panel', () => {
  afterEach(async () => {
    setLatency(0)
    await setupI18n('en')
  })

  it('is a labelled landmark with a collapsed toggle that opens it and Escape closes it', async () => {
    const { user, toggle } = await renderPanel()
    expect(screen.getByRole('complementary', { name: 'Demo controls' })).toContainElement(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('combobox', { name: 'Scenario' })).not.toBeInTheDocument()

    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByText('Current scenario: Everyone (default) (demo)')).toBeVisible()
    for (const heading of ['Start a scenario', 'Review and clock', 'Network', 'Reset'])
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeVisible()
    await user.click(screen.getByRole('combobox', { name: 'Scenario' }))
    await user.keyboard('{Escape}')
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(toggle).toHaveFocus()
  })

  it('carries only its button until first opened, then keeps its sections and what was chosen in them', async () => {
    const { user, toggle } = await renderPanel()
    // Not merely hidden: not rendered at all (a smaller first render when the mock layer starts).
    expect(screen.queryByText('Start a scenario')).not.toBeInTheDocument()
    await user.click(toggle)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'application-by-account')
    await user.keyboard('{Escape}')
    expect(screen.getByText('Start a scenario')).not.toBeVisible()
    await user.click(toggle)
    expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveValue('application-by-account')
  })

  it('lists every scenario once, grouped by step; Start applies the chosen one and opens it where it begins', async () => {
    const { user, reload, toggle } = await renderPanel()
    await user.click(toggle)
    const select = screen.getByRole('combobox', { name: 'Scenario' })
    const groups = within(select).getAllByRole('group')
    expect(groups.map((group) => group.getAttribute('label'))).toEqual([
      'Program and sign-in (steps 1–2)',
      'Application (step 3)',
      'Partnership type (step 4)',
      'Billing account (step 5)',
      'Review and partner (steps 6–7)',
    ])
    expect(groups).toHaveLength(SCENARIO_GROUPS.length)
    const values = within(select)
      .getAllByRole('option')
      .map((option) => (option as HTMLOptionElement).value)
    expect(values.toSorted()).toEqual(Object.keys(scenarios).toSorted())
    expect(
      within(groups[1] as HTMLElement).getByRole('option', { name: 'Step 3: a liquidated company' }),
    ).toBeTruthy()

    await user.selectOptions(select, 'referral-open')
    expect(select).toHaveAccessibleDescription(
      /As the default, but the referral program takes new partners\./,
    )
    await user.click(screen.getByRole('button', { name: 'Start' }))
    await vi.waitFor(() => expect(reload).toHaveBeenCalledWith('/'))
    expect(scenarioName()).toBe('referral-open')
    const settings = await fetch('http://localhost/api/program-settings')
    expect((await settings.json()).referralProgramOpen).toBe(true)

    expect(window.localStorage.getItem('partner-onboarding.started')).toBeNull()

    // Past step 1: it opens there, step 1 counted as read (as for a visitor who read it).
    await user.selectOptions(select, 'sso-user')
    await user.click(screen.getByRole('button', { name: 'Start' }))
    await vi.waitFor(() => expect(reload).toHaveBeenLastCalledWith('/sign-in/sso'))
    expect(window.localStorage.getItem('partner-onboarding.started')).toBe('1')
    await user.selectOptions(select, 'in-review')
    await user.click(screen.getByRole('button', { name: 'Start' }))
    await vi.waitFor(() => expect(reload).toHaveBeenLastCalledWith('/confirmation'))
    expect(scenarioName()).toBe('in-review')
  })

  it('sets the answer delay (none, normal, slow) and remembers it', async () => {
    const { user, toggle } = await renderPanel()
    await user.click(toggle)
    await user.click(screen.getByRole('radio', { name: 'Slow (3 s)' }))
    expect(currentLatency()).toBe(3000)
    expect(window.localStorage.getItem(LATENCY_KEY)).toBe('3000')
    expect(screen.getByRole('status')).toHaveTextContent('Answer delay: Slow (3 s).')
    await user.click(screen.getByRole('radio', { name: 'None' }))
    expect(currentLatency()).toBe(0)
  })

  it('makes the next request of an endpoint fail with a server error, once', async () => {
    const { user, toggle } = await renderPanel()
    await user.click(toggle)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Endpoint' }), 'programSettings')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Fault' }), 'Server error 503')
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    expect(screen.getByRole('status')).toHaveTextContent('programSettings: Server error 503.')
    expect(screen.getByRole('list', { name: 'Faults now' })).toHaveTextContent(
      'programSettings: Server error 503, the next request',
    )
    expect((await fetch('http://localhost/api/program-settings')).status).toBe(503)
    expect((await fetch('http://localhost/api/program-settings')).status).toBe(200)
  })

  it('fails every request with no connection until the faults are cleared', async () => {
    const { user, toggle } = await renderPanel()
    await user.click(toggle)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Endpoint' }), 'programSettings')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Fault' }), 'No connection')
    await user.click(screen.getByRole('radio', { name: 'Every one, until cleared' }))
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    expect(screen.getByRole('list', { name: 'Faults now' })).toHaveTextContent(
      'programSettings: No connection, every request',
    )
    for (let i = 0; i < 3; i += 1) {
      const failure = await request('/program-settings', { response: ProgramSettings }).catch((e) => e)
      expect(isApiError(failure) && failure.kind).toBe('network')
    }
    await user.click(screen.getByRole('button', { name: 'Clear faults' }))
    expect(screen.getByRole('status')).toHaveTextContent('Faults cleared.')
    expect(screen.queryByRole('list', { name: 'Faults now' })).not.toBeInTheDocument()
    expect((await request('/program-settings', { response: ProgramSettings })).reviewBusinessDays).toBe(7)
  })

  it('times a request out: no answer until the client gives up', async () => {
    const { user, toggle } = await renderPanel()
    await user.click(toggle)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Endpoint' }), 'programSettings')
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Fault' }),
      'Timeout (no answer; the app gives up after 30 s)',
    )
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    // The client's own limit, shortened here; the mock keeps the request waiting past the real one.
    const failure = await request('/program-settings', { response: ProgramSettings, timeoutMs: 200 }).catch(
      (e) => e,
    )
    expect(isApiError(failure) && failure.kind).toBe('timeout')
    expect((await request('/program-settings', { response: ProgramSettings })).referralProgramOpen).toBe(
      false,
    )
  })

  it('resets all demo data: the mock database, stored drafts and faults, back to the default scenario', async () => {
    const { user, reload, toggle } = await renderPanel()
    const demo = backend()
    await demo.applyScenario('in-review')
    await demo.advanceClock(3)
    demo.injectFault('programSettings', 'offline', { times: 'every' })
    window.localStorage.setItem('partner-onboarding.user.u-anna.application', '{"tin":"7700000023"}')
    window.sessionStorage.setItem('partner-onboarding.tab.sso', 'x')
    window.localStorage.setItem('another-app', 'kept')
    await user.click(toggle)
    await user.click(screen.getByRole('button', { name: 'Reset all demo data' }))
    await vi.waitFor(() => expect(reload).toHaveBeenCalledWith('/'))
    expect(scenarioName()).toBe('demo')
    expect(db.applications.all()).toEqual([])
    expect(db.settings.get('settings')?.clockOffsetMs).toBe(0)
    expect(demo.faults()).toEqual([])
    expect(window.localStorage.getItem('partner-onboarding.user.u-anna.application')).toBeNull()
    expect(window.sessionStorage.getItem('partner-onboarding.tab.sso')).toBeNull()
    expect(window.localStorage.getItem('another-app')).toBe('kept')
  })

  it('after a review action’s reload it opens again, saying what was done, once', async () => {
    window.sessionStorage.setItem(
      'partner-onboarding.demo-panel',
      JSON.stringify({ open: true, message: { id: 'demo.verify.done', values: {} } }),
    )
    const { toggle } = await renderPanel()
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByRole('status')).toHaveTextContent('The billing check is complete.')
    // Focus stays with the page: the panel never takes it on its own.
    expect(toggle).not.toHaveFocus()
    expect(window.sessionStorage.getItem('partner-onboarding.demo-panel')).toBeNull()
  })

  it('speaks Russian, and follows the page when its language changes', async () => {
    const { user, toggle } = await renderPanel()
    await act(() => changeLanguage('ru'))
    expect(toggle).toHaveAccessibleName('Демо')
    await user.click(toggle)
    expect(screen.getByRole('complementary', { name: 'Управление демо' })).toBeInTheDocument()
    expect(screen.getByText('Текущий сценарий: Все пользователи (по умолчанию) (demo)')).toBeVisible()
    expect(screen.getByRole('option', { name: 'Реферальная программа открыта' })).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'Заявка (шаг 3)' })).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'Медленно (3 с)' }))
    expect(screen.getByRole('status')).toHaveTextContent('Задержка ответов: Медленно (3 с).')
    await user.click(screen.getByRole('button', { name: 'Применить' }))
    expect(screen.getByRole('status')).toHaveTextContent('submitApplication: Ошибка сервера 503.')
  })
})
