import { renderApp } from '@test/render-app'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PROGRAM_TERMS } from '@/domain/program-terms'

describe('step 1: the program’s terms and the way on', () => {
  it('says so when the referral program is open, in the place the closed notice holds', async () => {
    await renderApp({ path: '/', scenario: 'referral-open' })
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'The referral program is accepting new partners',
      }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: /not accepting new partners/ })).not.toBeInTheDocument()
  })

  it('shows the commercial figures from the program’s terms, marked as such with their date', async () => {
    await renderApp({ path: '/welcome' })
    const direct = await screen.findByRole('article', { name: 'Direct partner (VAR)' })
    expect(direct).toHaveTextContent(
      `A base bonus of ${PROGRAM_TERMS.direct.baseBonusPercent}% of customers’ consumption, and up to +${PROGRAM_TERMS.direct.dealBonusPercent}% for a registered deal.`,
    )
    const referral = screen.getByRole('article', { name: 'Referral partner' })
    expect(
      within(referral).getByText(/^10% of referred customers’ spending, up to .*100,000.* for 12 months\.$/),
    ).toBeInTheDocument()
    expect(
      screen.getByText(
        'The figures are the program’s terms as of 27 November 2026; the partner agreement prevails.',
      ),
    ).toBeInTheDocument()
  })

  it('offers “Let’s get started!” at the top of the long page too', async () => {
    const { user, router } = await renderApp({ path: '/welcome' })
    const heading = await screen.findByRole('heading', { level: 1, name: 'How to become a partner' })
    const top = screen.getByRole('link', { name: 'Let’s get started!' })
    // Before the first section, right under the lead.
    expect(heading.compareDocumentPosition(top) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(
      top.compareDocumentPosition(
        screen.getByRole('heading', { level: 2, name: 'Steps to partner status' }),
      ) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy()
    await user.click(top)
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'))
    expect(window.localStorage.getItem('partner-onboarding.started')).toBe('1')
  })
})
