import { db } from '@mocks/db'
import { server } from '@mocks/node'
import { MANAGER_MESSAGE } from '@mocks/reviewed-application'
import { focusManager } from '@tanstack/react-query'
import { api } from '@test/api'
import { renderApp } from '@test/render-app'
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { decisionDate } from '@/domain/business-days'
import { formatDate } from '@/lib/format'
import { STATUS_POLL_MS } from './api'

function theApplication() {
  const application = db.applications.all()[0]
  if (!application) throw new Error('the scenario has no application')
  return application
}

const anna = { userId: 'u-anna', organizationId: 'org-romashka' }

/** Replaces a field's value as a user would by pasting (typing key by key is slow on a busy machine). */
async function fill(
  user: { clear: (el: Element) => Promise<void>; paste: (text: string) => Promise<void> },
  field: HTMLElement,
  text: string,
) {
  await user.clear(field)
  field.focus()
  await user.paste(text)
}

async function openConfirmation(
  scenario: 'in-review' | 'information-needed' | 'rejected' | 'approved-partner',
  path = '/confirmation',
) {
  const rendered = await renderApp({ scenario, path, signedInAs: anna })
  await screen.findByRole('heading', { level: 1, name: 'Application confirmation' })
  return rendered
}

describe('step 6: the confirmation in review', () => {
  it('shows the reference, the status, the decision date on the production calendar and the history', async () => {
    await openConfirmation('in-review')
    const application = theApplication()
    expect(screen.getByText(application.reference)).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Status: In review' })).toBeInTheDocument()
    const review = application.timeline.find((entry) => entry.status === 'in_review')
    const due = decisionDate(review?.at ?? '')
    expect(application.decisionDueAt).toBe(due.date)
    expect(
      screen.getByText(new RegExp(`The decision is due by ${formatDate(due.date)}: 7 business days`)),
    ).toBeVisible()
    const events = within(
      screen.getByRole('heading', { name: 'History' }).parentElement as HTMLElement,
    ).getAllByRole('listitem')
    expect(events.map((event) => event.textContent)).toEqual([
      expect.stringMatching(/^Application started /),
      expect.stringMatching(/^Application sent \(step 3\) /),
      expect.stringMatching(/^Partnership type and questionnaire sent \(step 4\) /),
      expect.stringMatching(/^Sent for review /),
    ])
    // Each event has its moment, machine-readable.
    expect(events[3]?.querySelector('time')).toHaveAttribute('dateTime', review?.at)
  })

  it('lists every answer by step with the billing account, and no Change link while in review', async () => {
    await openConfirmation('in-review')
    const answers = screen.getByRole('region', { name: 'Your answers' })
    for (const group of [
      'Contact details',
      'Company information',
      'Partnership type',
      'Company profile',
      'Billing account',
    ])
      expect(
        within(answers).getByRole('heading', { level: 3, name: new RegExp(`^${group}`) }),
      ).toBeInTheDocument()
    expect(within(answers).getByText('anna.smirnova@romashka-soft.ru')).toBeInTheDocument()
    expect(within(answers).getByText('7736207543')).toBeInTheDocument()
    expect(within(answers).getByText('Direct partner (VAR)')).toBeInTheDocument()
    expect(within(answers).getByText('https://romashka-soft.ru')).toBeInTheDocument()
    expect(within(answers).getByText('Ромашка Софт — основной')).toBeInTheDocument()
    expect(within(answers).getByText('Wire transfer')).toBeInTheDocument()
    expect(within(answers).queryByRole('link', { name: /Change/ })).not.toBeInTheDocument()
    // Whom to contact names the contact person and the reference.
    expect(
      screen.getByText(/writes to the contact person, Анна Смирнова, at anna\.smirnova@romashka-soft\.ru/),
    ).toBeVisible()
  })

  it('is in Russian too', async () => {
    await renderApp({ scenario: 'in-review', path: '/confirmation', signedInAs: anna, language: 'ru' })
    await screen.findByRole('heading', { level: 1, name: 'Подтверждение заявки' })
    expect(screen.getByRole('heading', { level: 2, name: 'Статус: На рассмотрении' })).toBeInTheDocument()
    expect(screen.getByText(/через 7 рабочих дней после передачи заявки/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 3, name: /^Контактные данные/ })).toBeInTheDocument()
  })
})

describe('step 6: keeping itself current while the manager has it', () => {
  afterEach(() => {
    vi.useRealTimers()
    focusManager.setFocused(undefined)
  })

  it('asks again while in review, not in a background tab, and stops once decided', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const asked: string[] = []
    const count = ({ request }: { request: Request }) => {
      if (request.method === 'GET' && request.url.endsWith('/organizations/org-romashka/application'))
        asked.push(request.url)
    }
    server.events.on('request:start', count)
    try {
      await openConfirmation('in-review')
      const before = asked.length
      await vi.advanceTimersByTimeAsync(STATUS_POLL_MS + 10)
      await waitFor(() => expect(asked.length).toBe(before + 1))

      // A background tab: no polling.
      focusManager.setFocused(false)
      await vi.advanceTimersByTimeAsync(STATUS_POLL_MS * 2 + 10)
      expect(asked.length).toBe(before + 1)
      focusManager.setFocused(true)

      // The manager approves; the next poll brings the news, and the page says so.
      await api(`/applications/${theApplication().id}/decision`, {
        method: 'POST',
        json: { action: 'approve' },
      })
      await vi.advanceTimersByTimeAsync(STATUS_POLL_MS + 10)
      expect(await screen.findByRole('heading', { level: 2, name: 'Status: Approved' })).toBeInTheDocument()
      expect(screen.getByText('The application’s status has changed: Approved.')).toBeInTheDocument()
      const decided = asked.length

      // Decided: no more requests, however long the page stays open.
      await vi.advanceTimersByTimeAsync(STATUS_POLL_MS * 4)
      expect(asked.length).toBe(decided)
    } finally {
      server.events.removeListener('request:start', count)
    }
  })
})

describe('step 6: information needed', () => {
  it('names the answers to fix with a link to each, marks them, and offers Change only for their groups', async () => {
    await openConfirmation('information-needed')
    expect(screen.getByRole('heading', { level: 2, name: 'Status: Information needed' })).toBeInTheDocument()
    expect(screen.getByText(MANAGER_MESSAGE)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Phone' })).toHaveAttribute(
      'href',
      '/confirmation/fix#fix-contacts-phone',
    )
    expect(screen.getByRole('link', { name: 'Company website' })).toHaveAttribute(
      'href',
      '/confirmation/fix#fix-questionnaire-website',
    )
    const answers = screen.getByRole('region', { name: 'Your answers' })
    expect(within(answers).getByRole('link', { name: 'Change Contact details' })).toBeInTheDocument()
    expect(within(answers).getByRole('link', { name: 'Change Company profile' })).toBeInTheDocument()
    expect(within(answers).getAllByRole('link', { name: /^Change/ })).toHaveLength(2)
    expect(within(answers).getAllByText('The manager asked to change this')).toHaveLength(2)
  })

  it('fixes the answers asked for, keeps the rest locked, and Send again returns it to review', {
    timeout: 30_000,
  }, async () => {
    const { user, router } = await openConfirmation('information-needed')
    await user.click(screen.getByRole('link', { name: 'Phone' }))
    const phone = await screen.findByRole('textbox', { name: 'Phone' })
    await waitFor(() => expect(phone).toHaveFocus())
    expect(phone).toHaveValue('+79123456789')
    expect(router.state.location.pathname).toBe('/confirmation/fix')
    // Only the fields asked about are editable; the email is shown, locked.
    expect(screen.queryByRole('textbox', { name: 'Email' })).not.toBeInTheDocument()
    const locked = screen.getByRole('region', { name: 'Answers that stay as they are' })
    expect(within(locked).getByText('anna.smirnova@romashka-soft.ru')).toBeInTheDocument()

    await fill(user, phone, '12345')
    const website = screen.getByRole('textbox', { name: 'Company website' })
    await fill(user, website, 'romashka')
    await user.click(screen.getByRole('button', { name: 'Send again' }))
    const summary = await screen.findByRole('alert', { name: 'There are 2 problems' })
    await waitFor(() => expect(summary).toHaveFocus())
    expect(document.title).toMatch(/^Error: Fix your answers/)
    // Nothing typed is lost.
    expect(phone).toHaveValue('12345')
    expect(theApplication().status).toBe('information_needed')

    await fill(user, phone, '+7 495 123-45-67')
    await fill(user, website, 'https://romashka.example')
    await user.click(screen.getByRole('button', { name: 'Send again' }))
    await screen.findByRole('heading', { level: 1, name: 'Application confirmation' })
    expect(router.state.location.pathname).toBe('/confirmation')
    expect(await screen.findByText('Sent again: the manager continues the review')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Status: In review' })).toBeInTheDocument()
    expect(screen.getByText(/^Sent again with the answers to request 1/)).toBeInTheDocument()
    expect(screen.getByText(/^Information requested \(request 1\)/)).toBeInTheDocument()
    const application = theApplication()
    expect(application.contacts?.phone).toBe('+74951234567')
    expect(application.questionnaire?.website).toBe('https://romashka.example')
    expect(application.contacts?.email).toBe('anna.smirnova@romashka-soft.ru')
  })

  it('keeps what was typed on the fix page over a reload of the page', async () => {
    const first = await renderApp({
      scenario: 'information-needed',
      path: '/confirmation/fix',
      signedInAs: anna,
    })
    const phone = await screen.findByRole('textbox', { name: 'Phone' })
    await first.user.clear(phone)
    await first.user.type(phone, '+7 812 000-00-00')
    first.unmount()
    await renderApp({ path: '/confirmation/fix', signedInAs: anna })
    expect(await screen.findByRole('textbox', { name: 'Phone' })).toHaveValue('+7 812 000-00-00')
  })
})

describe('step 6: decided', () => {
  it('rejected: the reasons in words and when the company can apply again', async () => {
    await openConfirmation('rejected')
    const decision = theApplication().decision
    if (decision?.outcome !== 'rejected') throw new Error('not rejected')
    expect(screen.getByRole('heading', { level: 2, name: 'Status: Not approved' })).toBeInTheDocument()
    expect(screen.getByText(/expertise does not match the program yet/)).toBeInTheDocument()
    expect(screen.getByText('Another reason: see the manager’s note.')).toBeInTheDocument()
    expect(screen.getByText(decision.note)).toBeInTheDocument()
    expect(
      screen.getByText(`Your company can apply again from ${formatDate(decision.reapplyFrom)}.`),
    ).toBeVisible()
  })

  it('approved: partner status and the way to the portal', async () => {
    const { user, router } = await openConfirmation('approved-partner')
    expect(screen.getByRole('heading', { level: 2, name: 'Status: Approved' })).toBeInTheDocument()
    expect(screen.getByText(/Programs: Direct partner \(VAR\)\./)).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Go to the partner portal' }))
    await screen.findByRole('heading', { level: 1, name: 'Partner portal' })
    expect(router.state.location.pathname).toBe('/partner')
  })
})
