/**
 * The confirmation page says the decision is late when the server says so: the mock's clock moved
 * forward past the decision date (the demo panel's review clock) with the application still in
 * review. The browser's own clock plays no part.
 */
import { advanceBusinessDays } from '@mocks/clock'
import { db } from '@mocks/db'
import { applyScenario } from '@mocks/scenarios'
import { renderApp } from '@test/render-app'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { formatDate } from '@/lib/format'

const anna = { userId: 'u-anna', organizationId: 'org-romashka' }

function dueDate(): string {
  const due = db.applications.all()[0]?.decisionDueAt
  if (!due) throw new Error('no decision date')
  return due
}

describe('an overdue decision', () => {
  it('is said on the confirmation page once the server’s date is past the decision date', async () => {
    await applyScenario('in-review')
    await advanceBusinessDays(10)
    await renderApp({ path: '/confirmation', signedInAs: anna })
    expect(await screen.findByRole('heading', { level: 3, name: 'The decision is late' })).toBeVisible()
    const reference = db.applications.all()[0]?.reference ?? ''
    expect(
      screen.getByText(
        new RegExp(`was due by ${formatDate(dueDate())}.*quote the reference number ${reference}`),
      ),
    ).toBeInTheDocument()
  })

  it('is not said while the decision date is still ahead', async () => {
    await renderApp({ scenario: 'in-review', path: '/confirmation', signedInAs: anna })
    expect(
      await screen.findByRole('heading', { name: 'A partner manager is reviewing your application' }),
    ).toBeVisible()
    expect(screen.queryByRole('heading', { name: 'The decision is late' })).not.toBeInTheDocument()
  })

  it('is worded in Russian', async () => {
    await applyScenario('in-review')
    await advanceBusinessDays(10)
    await renderApp({ path: '/confirmation', signedInAs: anna, language: 'ru' })
    expect(await screen.findByRole('heading', { level: 3, name: 'Решение задерживается' })).toBeVisible()
  })
})
