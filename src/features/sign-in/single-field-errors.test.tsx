import { renderApp } from '@test/render-app'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

describe('a form of one field says its error once', () => {
  it('SSO: the summary names the field and links to it; the field says what is wrong', async () => {
    const { user } = await renderApp({ path: '/sign-in/sso', started: true })
    await screen.findByRole('heading', { level: 1, name: 'Sign in with SSO' })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    const summary = await screen.findByRole('alert', { name: 'There is a problem' })
    await waitFor(() => expect(summary).toHaveFocus())
    expect(within(summary).getByRole('link', { name: 'Federation ID or work email' })).toHaveAttribute(
      'href',
      '#sso-entry',
    )
    const entry = screen.getByLabelText('Federation ID or work email')
    expect(entry).toHaveAccessibleDescription(expect.stringContaining('Fill in this field.'))
    // Said once on the screen, by the field.
    expect(screen.getAllByText(/Fill in this field\./)).toHaveLength(1)
  })
})
