import { db } from '@mocks/db'
import { applyScenario } from '@mocks/scenarios'
import { renderApp } from '@test/render-app'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { formatDate } from '@/lib/format'

const anna = { userId: 'u-anna', organizationId: 'org-romashka' }

function decisionAt(): string {
  const decision = db.applications.all()[0]?.decision
  if (decision?.outcome !== 'approved') throw new Error('not approved')
  return decision.at
}

describe('step 7: partner status and the portal’s home', () => {
  it('shows the partner status with the programs and the date, and the partner profile', async () => {
    await renderApp({ scenario: 'approved-partner', path: '/partner', signedInAs: anna })
    await screen.findByRole('heading', { level: 1, name: 'Partner portal' })
    expect(
      screen.getByText(
        `ООО «Ромашка Софт» has been a Yandex Cloud partner since ${formatDate(decisionAt())}.`,
      ),
    ).toBeInTheDocument()
    expect(screen.getByText('Programs joined: Direct partner (VAR).')).toBeInTheDocument()
    const profile = screen.getByRole('region', { name: 'Partner profile' })
    for (const [term, value] of [
      ['Organization', 'Ромашка Софт'],
      ['Company', 'Общество с ограниченной ответственностью «Ромашка Софт»'],
      ['TIN', '7736207543'],
      ['Billing account', 'Ромашка Софт — основной (ba-romashka-main)'],
      ['Programs', 'Direct partner (VAR)'],
      ['Partner since', formatDate(decisionAt())],
    ] as const) {
      const dt = within(profile).getByText(term, { selector: 'dt' })
      expect(dt.nextElementSibling).toHaveTextContent(value)
    }
  })

  it('names the portal’s six sections with what each is for, and what’s next from the program', async () => {
    await renderApp({ scenario: 'approved-partner', path: '/partner', signedInAs: anna })
    await screen.findByRole('heading', { level: 1, name: 'Partner portal' })
    const sections = screen.getByRole('region', { name: 'Sections of the portal' })
    const names = within(sections)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent)
    expect(names).toEqual([
      'Accounts',
      'Subaccounts',
      'Partner tools',
      'Finance',
      'Partner profile',
      'Access management',
    ])
    expect(
      within(sections).getByText(/Active, Acceptance required, Suspended or Inactive/),
    ).toBeInTheDocument()
    expect(
      within(sections).getByRole('link', { name: 'Open the Yandex Cloud partner portal' }),
    ).toHaveAttribute('href', 'https://cloud.yandex.ru/partners/')
    const next = screen.getByRole('region', { name: 'What’s next' })
    expect(
      within(next).getByRole('heading', { name: 'The direct (VAR) program’s terms' }),
    ).toBeInTheDocument()
    expect(within(next).getByText(/base bonus is 10%.*up to 15% for a registered deal/)).toBeInTheDocument()
    expect(within(next).getByText('To leave the program, give 30 days’ notice.')).toBeInTheDocument()
    expect(within(next).getByRole('heading', { name: 'Key terms' })).toBeInTheDocument()
    expect(within(next).getByText(/There are no tiers/)).toBeInTheDocument()
    expect(within(next).getByText(/twice a year, in April and October/)).toBeInTheDocument()
    for (const specialization of [
      'Infrastructure',
      'DevOps',
      'ML and AI',
      'Data Platform',
      'Security Compliance',
    ])
      expect(within(next).getByText(specialization, { selector: 'li' })).toBeInTheDocument()
    expect(
      within(next).getByText(
        /^(The next application period|Applications are open now): (April|October) \d{4}\.$/,
      ),
    )
  })

  it('is in Russian too', async () => {
    await renderApp({ scenario: 'approved-partner', path: '/partner', signedInAs: anna, language: 'ru' })
    await screen.findByRole('heading', { level: 1, name: 'Партнерский портал' })
    expect(screen.getByText('Программы: Прямой партнер (VAR).')).toBeInTheDocument()
    const sections = screen.getByRole('region', { name: 'Разделы портала' })
    expect(
      within(sections)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual([
      'Аккаунты',
      'Субаккаунты',
      'Инструменты партнера',
      'Финансы',
      'Профиль партнера',
      'Управление доступом',
    ])
    expect(screen.getByText(/два раза в год — в апреле и октябре/)).toBeInTheDocument()
  })
})

describe('step 7: who reaches the portal', () => {
  it('sends an applicant who is not a partner yet from a deep link to the confirmation', async () => {
    const { router } = await renderApp({ scenario: 'in-review', path: '/partner', signedInAs: anna })
    await screen.findByRole('heading', { level: 1, name: 'Application confirmation' })
    expect(router.state.location.pathname).toBe('/confirmation')
  })

  it('sends a rejected applicant to the confirmation as well', async () => {
    const { router } = await renderApp({ scenario: 'rejected', path: '/partner', signedInAs: anna })
    await screen.findByRole('heading', { level: 1, name: 'Application confirmation' })
    expect(router.state.location.pathname).toBe('/confirmation')
  })

  it('sends an applicant still at step 4 to step 4, not to the confirmation or the portal', async () => {
    const { router } = await renderApp({ scenario: 'application-sent', path: '/partner', signedInAs: anna })
    await waitFor(() => expect(router.state.location.pathname).toBe('/partnership'))
  })

  it('a partner who signs in again lands in the portal, not in the application', async () => {
    await applyScenario('approved-partner')
    db.sessions.remove(() => true)
    const { user, router } = await renderApp({ path: '/sign-in', started: true })
    await user.click(await screen.findByRole('button', { name: /Анна Смирнова/ }))
    await screen.findByRole('heading', { level: 1, name: 'Select an organization' })
    await user.click(await screen.findByRole('radio', { name: 'Ромашка Софт' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'Partner portal' })
    expect(router.state.location.pathname).toBe('/partner')
  })
})
