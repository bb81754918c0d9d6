/**
 * The demo panel's partner-manager buttons decide the application in review through the mock-only
 * endpoint, and say so; with nothing in review they say what to start first. (JSX-free, as mocks' tests.)
 */
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createElement } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { EndpointName } from '@/api/contract'
import { db } from './db'
import { decideInReview } from './demo-decide'
import { type DemoBackend, DemoPanelRoot } from './demo-panel'
import { failNext, setLatency } from './http'
import { applyScenario, isScenarioName } from './scenarios'

const backend: DemoBackend = {
  applyScenario: (name) => (isScenarioName(name) ? applyScenario(name) : Promise.reject(new Error(name))),
  setLatency,
  failNext: (endpoint, status, times) => failNext(endpoint as EndpointName, status, times),
  // Node's fetch needs an absolute address; the browser's takes the page's.
  decide: (decision) =>
    decideInReview(decision, (url, init) => fetch(`http://localhost${String(url)}`, init)),
}

async function openPanel() {
  const user = userEvent.setup()
  await act(async () => {
    render(createElement(DemoPanelRoot, { backend, reload: vi.fn() }))
  })
  await user.click(await screen.findByRole('button', { name: 'Demo' }, { timeout: 10_000 }))
  return user
}

describe('the demo panel’s partner-manager decision', () => {
  it('approves the application in review and says so', async () => {
    await applyScenario('in-review')
    const user = await openPanel()
    expect(screen.getByRole('group', { name: 'Partner manager’s decision' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Approve' }))
    expect(await screen.findByText('Decided: Approve.')).toBeInTheDocument()
    expect(db.applications.all()[0]?.status).toBe('approved')
  })

  it('asks for information with the phone and the website named', async () => {
    await applyScenario('in-review')
    const user = await openPanel()
    await user.click(screen.getByRole('button', { name: 'Ask for information' }))
    expect(await screen.findByText('Decided: Ask for information.')).toBeInTheDocument()
    expect(db.applications.all()[0]?.informationRequests.at(-1)?.fields).toEqual([
      'contacts.phone',
      'questionnaire.website',
    ])
  })

  it('says what to start first when no application is in review', async () => {
    await applyScenario('application-sent')
    const user = await openPanel()
    await user.click(screen.getByRole('button', { name: 'Reject' }))
    expect(await screen.findByText(/No application is in review/)).toBeInTheDocument()
    expect(db.applications.all()[0]?.status).toBe('submitted')
  })
})
