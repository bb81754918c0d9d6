import { setLatency } from '@mocks/http'
import { renderApp } from '@test/render-app'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

describe('the shell’s layout', () => {
  it('beside a step, sums up what has been entered and says what comes next', async () => {
    await renderApp({
      path: '/application',
      signedInAs: { userId: 'u-anna', organizationId: 'org-romashka' },
    })
    const summary = await screen.findByRole('complementary', { name: 'Your application' })
    await waitFor(() => expect(summary).toHaveTextContent('Organization: Ромашка Софт'))
    const [list] = within(summary).getAllByRole('list')
    const steps = within(summary)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === list)
    expect(steps).toHaveLength(7)
    expect(steps[1]).toHaveTextContent(/^Sign in, doneАнна Смирнова/)
    expect(steps[2]).toHaveTextContent('Partnership application, current step')
    expect(steps[2]).toHaveTextContent('Contact details and the company: its billing account or TIN')
    // The next step says what it will ask for; later ones only their names.
    expect(steps[3]).toHaveTextContent('A short video, the partnership type, taxation and a questionnaire')
    expect(steps[4]).toHaveTextContent(/^Billing account, not yet available$/)
  })

  it('on the first load of a step, shows its heading and lead in the frame while its data comes', async () => {
    // The answers take a while: the step's loading state is there to see (the HTML's, for `/application`).
    setLatency(400)
    await renderApp({
      path: '/application',
      language: 'ru',
      signedInAs: { userId: 'u-anna', organizationId: 'org-romashka' },
      firstLoad: false,
    })
    const heading = await screen.findByRole('heading', { level: 1, name: 'Заявка на партнерство' })
    expect(heading.nextElementSibling).toHaveTextContent(
      'Укажите контактные данные и данные о компании для первичной проверки.',
    )
    expect(screen.getByRole('status')).toHaveTextContent('Загрузка…')
    expect(screen.getByRole('navigation', { name: 'Шаги к статусу партнера' })).toBeInTheDocument()
    expect(screen.queryByLabelText('Организация')).not.toBeInTheDocument()
    // The page, with the same heading and lead, in their place.
    await screen.findByLabelText('Организация')
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Заявка на партнерство')
    expect(screen.queryByText('Загрузка…')).not.toBeInTheDocument()
  })

  it('on the first load of a step’s other page, says “Loading…” only: its heading is its own', async () => {
    setLatency(400)
    await renderApp({ path: '/sign-in/password', started: true, firstLoad: false })
    expect(await screen.findByRole('status')).toHaveTextContent('Loading…')
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument()
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      /^Sign in with another account$/,
    )
  })

  it('leaves the program page and step 1 their whole width', async () => {
    await renderApp({ path: '/welcome' })
    await screen.findByRole('heading', { level: 1, name: 'How to become a partner' })
    expect(screen.queryByRole('complementary', { name: 'Your application' })).not.toBeInTheDocument()
  })

  it('on a phone the stepper is one line that opens the full list', async () => {
    const { user } = await renderApp({ path: '/welcome' })
    const nav = await screen.findByRole('navigation', { name: 'Steps to partner status' })
    const toggle = within(nav).getByRole('button', { name: 'Step 1 of 7 · Onboarding page' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(toggle).toHaveAttribute('aria-controls', within(nav).getByRole('list').id)
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(nav).toHaveAttribute('data-open', 'true')
  })

  it('keeps the account in a menu that Escape closes, back on its button', async () => {
    const { user } = await renderApp({
      path: '/application',
      signedInAs: { userId: 'u-anna', organizationId: 'org-romashka' },
    })
    const account = await screen.findByRole('button', { name: 'Account: Анна Смирнова' })
    await user.click(account)
    expect(account).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByText('Signed in as Анна Смирнова')).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(account).toHaveAttribute('aria-expanded', 'false')
    expect(account).toHaveFocus()
  })
})
