/**
 * The demo panel's review section: the partner manager decides the application in review through
 * the mock-only endpoint (approve; ask for information with a message and the chosen answers; reject
 * with reasons and a note), the billing check finishes at once, and the review clock moves forward
 * by business days until the decision is overdue by the server's clock. Each action reloads the page
 * in place with the panel kept open. (JSX-free, as mocks' tests.)
 */

import { api, signInAs } from '@test/api'
import { renderSettled } from '@test/render-settled'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createElement } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { addBusinessDays, calendarDateOf } from '@/domain/business-days'
import { mockToday } from './clock'
import { db } from './db'
import { createDemoBackend } from './demo-backend'
import { DemoPanelRoot } from './demo-panel'
import { MANAGER_MESSAGE } from './reviewed-application'
import { applyScenario } from './scenarios'

const backend = createDemoBackend({
  // Node's fetch needs an absolute address; the browser's takes the page's.
  fetchFn: (url, init) => fetch(`http://localhost${String(url)}`, init),
})

async function openPanel() {
  const user = userEvent.setup()
  const refresh = vi.fn()
  await renderSettled(createElement(DemoPanelRoot, { backend, reload: vi.fn(), refresh }))
  await user.click(await screen.findByRole('button', { name: 'Demo' }, { timeout: 10_000 }))
  return { user, refresh }
}

const theApplication = () => {
  const application = db.applications.all()[0]
  if (!application) throw new Error('no application')
  return application
}

describe('the demo panel’s partner-manager decision', () => {
  it('approves the application in review, reloads the page and stays open saying so', async () => {
    await applyScenario('in-review')
    const { user, refresh } = await openPanel()
    const decision = screen.getByRole('group', { name: 'Partner manager’s decision' })
    expect(decision).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'Approve' }))
    await user.click(screen.getByRole('button', { name: 'Send the decision' }))
    expect(await screen.findByText('Decided: Approve.')).toBeInTheDocument()
    expect(theApplication().status).toBe('approved')
    expect(refresh).toHaveBeenCalledOnce()
    expect(JSON.parse(window.sessionStorage.getItem('partner-onboarding.demo-panel') ?? 'null')).toEqual({
      open: true,
      message: { id: 'demo.decide.done', values: { decision: 'Approve' } },
    })
  })

  it('asks for information with its own message and the answers chosen to reopen', async () => {
    await applyScenario('in-review')
    const { user } = await openPanel()
    await user.click(screen.getByRole('radio', { name: 'Ask for information' }))
    const message = screen.getByRole('textbox', { name: 'Message to the applicant' })
    expect(message).toHaveValue(MANAGER_MESSAGE)
    await user.clear(message)
    await user.type(message, 'Please add a second engineer.')
    const answers = screen.getByRole('group', { name: 'Answers to reopen' })
    expect(screen.getByRole('checkbox', { name: 'Phone' })).toBeChecked()
    await user.click(screen.getByRole('checkbox', { name: 'Phone' }))
    await user.click(screen.getByRole('checkbox', { name: 'Certified engineers' }))
    expect(answers).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Send the decision' }))
    expect(await screen.findByText('Decided: Ask for information.')).toBeInTheDocument()
    const request = theApplication().informationRequests.at(-1)
    expect(request?.message).toBe('Please add a second engineer.')
    expect(request?.fields).toEqual(['questionnaire.website', 'questionnaire.certifiedEngineers'])
    expect(theApplication().status).toBe('information_needed')
  })

  it('rejects with the chosen reasons and a note; with nothing chosen it says what is missing', async () => {
    await applyScenario('in-review')
    const { user, refresh } = await openPanel()
    await user.click(screen.getByRole('radio', { name: 'Reject' }))
    await user.click(screen.getByRole('checkbox', { name: 'Requirements not met' }))
    await user.click(screen.getByRole('button', { name: 'Send the decision' }))
    expect(screen.getByRole('status')).toHaveTextContent('Choose at least one item')
    expect(refresh).not.toHaveBeenCalled()
    expect(theApplication().status).toBe('in_review')

    await user.click(screen.getByRole('checkbox', { name: 'Expertise' }))
    await user.click(screen.getByRole('checkbox', { name: 'Other' }))
    await user.type(screen.getByRole('textbox', { name: 'Note (optional)' }), 'Come back with certificates.')
    await user.click(screen.getByRole('button', { name: 'Send the decision' }))
    expect(await screen.findByText('Decided: Reject.')).toBeInTheDocument()
    const decision = theApplication().decision
    expect(decision?.outcome === 'rejected' && decision.reasons).toEqual(['expertise', 'other'])
    expect(decision?.outcome === 'rejected' && decision.note).toBe('Come back with certificates.')
  })

  it('says what to start first when no application is in review', async () => {
    await applyScenario('application-sent')
    const { user, refresh } = await openPanel()
    await user.click(screen.getByRole('button', { name: 'Send the decision' }))
    expect(await screen.findByText(/No application is in review/)).toBeInTheDocument()
    expect(theApplication().status).toBe('submitted')
    expect(refresh).not.toHaveBeenCalled()
  })
})

describe('the billing check and the review clock', () => {
  it('completes the billing verification of the signed-in organization now', async () => {
    await applyScenario('billing-created')
    const { user } = await openPanel()
    expect(db.billingAccounts.get('ba-petrov-new')?.verified).toBe(false)
    await user.click(screen.getByRole('button', { name: 'Complete billing verification now' }))
    expect(await screen.findByText('The billing check is complete.')).toBeInTheDocument()
    expect(db.billingAccounts.get('ba-petrov-new')).toMatchObject({ verified: true, status: 'TRIAL_ACTIVE' })

    await user.click(screen.getByRole('button', { name: 'Complete billing verification now' }))
    expect(await screen.findByText(/No billing account of the signed-in organization/)).toBeInTheDocument()
  })

  it('moves the clock forward by business days until the decision is overdue by the server’s clock', async () => {
    await applyScenario('in-review')
    await signInAs('u-anna', 'org-romashka')
    const current = () =>
      api('/organizations/org-romashka/application').then((answer) => answer.body.application)
    const before = await current()
    expect(before.status).toBe('in_review')
    expect(before.decisionOverdue).toBe(false)
    const { user } = await openPanel()
    const today = mockToday()
    expect(today).toBe(calendarDateOf(new Date()))

    // Up to the due day: not yet late (the decision is due by the end of that day).
    const toDue = countBusinessDays(today, before.decisionDueAt)
    const days = screen.getByRole('spinbutton', { name: 'Business days' })
    await user.clear(days)
    await user.type(days, String(toDue))
    await user.click(screen.getByRole('button', { name: 'Move the clock forward' }))
    await vi.waitFor(() => expect(mockToday()).toBe(before.decisionDueAt))
    expect((await current()).decisionOverdue).toBe(false)

    await user.clear(days)
    await user.type(days, '1')
    await user.click(screen.getByRole('button', { name: 'Move the clock forward' }))
    const next = addBusinessDays(before.decisionDueAt, 1).date
    await vi.waitFor(() => expect(mockToday()).toBe(next))
    expect(screen.getByRole('status')).toHaveTextContent('The mock date is now')
    expect((await current()).decisionOverdue).toBe(true)
    // The clock is stored with the mock data: what the server says is from its own "now".
    expect(db.settings.get('settings')?.clockOffsetMs).toBeGreaterThan(0)

    // Decided: never overdue, whatever the clock says.
    expect(await backend.decide('approve')).toBe(200)
    expect((await current()).decisionOverdue).toBe(false)

    await user.click(screen.getByRole('button', { name: 'Back to today' }))
    await vi.waitFor(() => expect(mockToday()).toBe(today))
  })
})

/** Business days from `from` up to and including `to`. */
function countBusinessDays(from: string, to: string): number {
  let count = 0
  let day = from
  while (day < to) {
    day = addBusinessDays(day, 1).date
    count += 1
  }
  return count
}
