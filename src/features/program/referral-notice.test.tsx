import { failNext } from '@mocks/http'
import { renderApp } from '@test/render-app'
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { programSettingsQuery } from './api'

describe('the referral notice', () => {
  it('shows the closed notice in its place when the program settings cannot be read (nothing moves)', async () => {
    failNext('programSettings', 503, 1)
    const { queryClient } = await renderApp({ path: '/' })
    await waitFor(() =>
      expect(queryClient.getQueryState(programSettingsQuery().queryKey)?.status).toBe('error'),
    )
    const heading = screen.getByRole('heading', { name: /referral program is not accepting new partners/i })
    expect(heading).toBeVisible()
    // Shown, not only holding its place: nothing hides it from assistive technology.
    expect(heading.closest('[aria-hidden="true"]')).toBeNull()
  })
})
