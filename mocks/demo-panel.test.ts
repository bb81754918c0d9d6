/**
 * The designers' demo panel drives the mock backend: Start applies the chosen scenario and reloads
 * the app, the answer delay is set (and remembered), the next call of an endpoint fails on demand,
 * Escape closes the panel, and it speaks the page's language. (JSX-free: mocks' tests are *.test.ts.)
 */
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createElement } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { EndpointName } from '@/api/contract'
import { changeLanguage, setupI18n } from '@/lib/i18n'
import { scenarioName } from './db'
import { type DemoBackend, DemoPanelRoot } from './demo-panel'
import { currentLatency, failNext, setLatency } from './http'
import { applyScenario, isScenarioName } from './scenarios'

const LATENCY_KEY = 'partner-onboarding.mock-latency'

/** The same operations as `window.__mockBackend` in browser.ts. */
const backend: DemoBackend = {
  applyScenario: (name) => (isScenarioName(name) ? applyScenario(name) : Promise.reject(new Error(name))),
  setLatency: (ms) => {
    window.localStorage.setItem(LATENCY_KEY, String(ms))
    setLatency(ms)
  },
  failNext: (endpoint, status, times) => failNext(endpoint as EndpointName, status, times),
}

async function renderPanel() {
  const reload = vi.fn()
  const user = userEvent.setup()
  // Awaited act: the panel suspends until its catalog is loaded, then renders.
  await act(async () => {
    render(createElement(DemoPanelRoot, { backend, reload }))
  })
  const toggle = await screen.findByRole('button', { name: 'Demo' }, { timeout: 10_000 })
  return { user, reload, toggle }
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
    await user.click(screen.getByRole('combobox', { name: 'Scenario' }))
    await user.keyboard('{Escape}')
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(toggle).toHaveFocus()
  })

  it('lists every scenario with its description; Start applies the chosen one and reloads', async () => {
    const { user, reload, toggle } = await renderPanel()
    await user.click(toggle)
    const select = screen.getByRole('combobox', { name: 'Scenario' })
    expect(screen.getAllByRole('option', { name: /./ }).length).toBeGreaterThanOrEqual(11)
    await user.selectOptions(select, 'referral-open')
    expect(select).toHaveAccessibleDescription(
      /As the default, but the referral program takes new partners\./,
    )
    await user.click(screen.getByRole('button', { name: 'Start' }))
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce())
    expect(scenarioName()).toBe('referral-open')
    const settings = await fetch('http://localhost/api/program-settings')
    expect((await settings.json()).referralProgramOpen).toBe(true)
  })

  it('sets the answer delay and remembers it', async () => {
    const { user, toggle } = await renderPanel()
    await user.click(toggle)
    await user.click(screen.getByRole('radio', { name: '1.5 s' }))
    expect(currentLatency()).toBe(1500)
    expect(window.localStorage.getItem(LATENCY_KEY)).toBe('1500')
    expect(screen.getByRole('status')).toHaveTextContent('Answer delay: 1.5 s.')
    await user.click(screen.getByRole('radio', { name: 'None' }))
    expect(currentLatency()).toBe(0)
  })

  it('makes the next call of an endpoint fail with the chosen status, once', async () => {
    const { user, toggle } = await renderPanel()
    await user.click(toggle)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Endpoint' }), 'programSettings')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), '503')
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    expect(screen.getByRole('status')).toHaveTextContent('The next call of programSettings will answer 503.')
    expect((await fetch('http://localhost/api/program-settings')).status).toBe(503)
    expect((await fetch('http://localhost/api/program-settings')).status).toBe(200)
  })

  it('speaks Russian, and follows the page when its language changes', async () => {
    const { user, toggle } = await renderPanel()
    await act(() => changeLanguage('ru'))
    expect(toggle).toHaveAccessibleName('Демо')
    await user.click(toggle)
    expect(screen.getByRole('complementary', { name: 'Управление демо' })).toBeInTheDocument()
    expect(screen.getByText('Текущий сценарий: Все пользователи (по умолчанию) (demo)')).toBeVisible()
    expect(screen.getByRole('option', { name: 'Реферальная программа открыта' })).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: '3 с' }))
    expect(screen.getByRole('status')).toHaveTextContent('Задержка ответов: 3 с.')
    await user.click(screen.getByRole('button', { name: 'Применить' }))
    expect(screen.getByRole('status')).toHaveTextContent(
      'Следующий запрос programSettings получит ответ 503.',
    )
  })
})
