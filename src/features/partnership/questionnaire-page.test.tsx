import { db } from '@mocks/db'
import { injectFault } from '@mocks/http'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { USER_STORAGE_PREFIX } from '@/lib/use-autosave'
import { checkbox, openStep4, theApplication } from './test-helpers'

const QUESTIONNAIRE = '/partnership/questionnaire'

async function chosen() {
  await db.applications.update(theApplication().id, (draft) => {
    draft.partnership = { types: ['direct'], taxation: 'osno' }
  })
}

async function openQuestionnaire(options: Parameters<typeof openStep4>[0] = {}) {
  return openStep4({ watched: true, path: QUESTIONNAIRE, prepare: chosen, ...options })
}

describe('step 4: the questionnaire', () => {
  it('comes only after the partnership type: otherwise it leads back there', async () => {
    const { router } = await openStep4({ watched: true, path: QUESTIONNAIRE })
    await waitFor(() => expect(router.state.location.pathname).toBe('/partnership'))
  })

  it('checks every answer on Send and says how to fix it, keeping what was typed', async () => {
    const { user } = await openQuestionnaire()
    await screen.findByRole('heading', { level: 1, name: 'Questionnaire about your company' })
    await user.type(screen.getByLabelText('Certified Yandex Cloud engineers'), 'three')
    await user.type(screen.getByLabelText('Company website (optional)'), 'not a site')
    await user.click(screen.getByRole('button', { name: 'Send' }))

    const summary = await screen.findByRole('alert', { name: 'There are 8 problems' })
    await waitFor(() => expect(summary).toHaveFocus())
    const links = within(summary).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Choose your company’s size.', '#q-company-size'],
      ['Enter a whole number, like 3 (0 if there are none).', '#q-certified-engineers'],
      [expect.stringMatching(/^Enter a web address/), '#q-website'],
      ['Choose at least one area of expertise.', '#q-expertise-infrastructure'],
      ['Choose at least one industry you serve.', '#q-industries-retail'],
      ['Choose at least one kind of typical customer.', '#q-customers-startups'],
      ['Choose at least one region where you work.', '#q-regions-central'],
      ['Choose the expected monthly consumption.', '#q-consumption-lt-100k'],
    ])
    expect(screen.getByLabelText('Certified Yandex Cloud engineers')).toHaveValue('three')
    expect(screen.getByLabelText('Certified Yandex Cloud engineers')).toHaveAttribute('aria-invalid', 'true')
    expect(theApplication().questionnaire).toBeNull()
  })

  it('sends a complete questionnaire and moves on: to step 6, as step 5 is done with the paid account chosen at step 3', async () => {
    const { user, router } = await openQuestionnaire()
    await screen.findByRole('heading', { level: 1, name: 'Questionnaire about your company' })
    await user.selectOptions(screen.getByLabelText('Company size'), '11–50 people')
    await user.type(screen.getByLabelText('Certified Yandex Cloud engineers'), '4')
    await user.type(screen.getByLabelText('Company website (optional)'), 'romashka-soft.ru')
    await user.click(checkbox('DevOps'))
    await user.click(checkbox('ML and AI'))
    await user.click(checkbox('Amazon Web Services'))
    await user.click(checkbox('Retail and e-commerce'))
    await user.click(checkbox('Startups'))
    await user.click(checkbox('Central'))
    await user.click(checkbox('Volga'))
    await user.click(screen.getByRole('radio', { name: /100,000 to .*500,000/ }))
    await user.click(screen.getByRole('button', { name: 'Send' }))

    await waitFor(() => expect(router.state.location.pathname).toBe('/confirmation'))
    expect(theApplication().questionnaire).toEqual({
      companySize: '11-50',
      certifiedEngineers: 4,
      expertise: ['devops', 'ml-ai'],
      industries: ['retail'],
      customers: ['startups'],
      otherClouds: ['aws'],
      monthlyConsumption: '100k-500k',
      website: 'https://romashka-soft.ru',
      regions: ['central', 'volga'],
      comment: '',
    })
    expect(theApplication().completedSteps).toContain('partnership')
  })

  it('lets “None” of the other clouds stand alone', async () => {
    const { user } = await openQuestionnaire()
    await screen.findByRole('heading', { level: 1, name: 'Questionnaire about your company' })
    await user.click(checkbox('Amazon Web Services'))
    await user.click(checkbox('Selectel'))
    await user.click(checkbox(/^None/))
    expect(checkbox('Amazon Web Services')).not.toBeChecked()
    expect(checkbox('Selectel')).not.toBeChecked()
    await user.click(checkbox('VK Cloud'))
    expect(checkbox(/^None/)).not.toBeChecked()
  })

  it('autosaves the answers as a draft, and brings them back on the next visit', async () => {
    const first = await openQuestionnaire()
    await screen.findByRole('heading', { level: 1, name: 'Questionnaire about your company' })
    await first.user.selectOptions(screen.getByLabelText('Company size'), '51–200 people')
    await first.user.click(checkbox('Security Compliance'))
    await first.user.type(screen.getByLabelText('Comment (optional)'), 'Мы сертифицированы по 152-ФЗ')
    await waitFor(() =>
      expect(theApplication().partnershipDraft.questionnaire).toMatchObject({
        companySize: '51-200',
        expertise: ['security-compliance'],
        comment: 'Мы сертифицированы по 152-ФЗ',
      }),
    )
    expect(await screen.findByText(/Draft saved at/)).toBeInTheDocument()
    // Once the server has it, the copy in this browser goes.
    const backup = `${USER_STORAGE_PREFIX}partnership.${theApplication().id}.questionnaire`
    await waitFor(() => expect(window.localStorage.getItem(backup)).toBeNull())
    first.unmount()

    const { renderApp } = await import('@test/render-app')
    await renderApp({ path: QUESTIONNAIRE, started: true })
    await screen.findByRole('heading', { level: 1, name: 'Questionnaire about your company' })
    expect(screen.getByLabelText('Company size')).toHaveValue('51-200')
    expect(checkbox('Security Compliance')).toBeChecked()
    expect(screen.getByLabelText('Comment (optional)')).toHaveValue('Мы сертифицированы по 152-ФЗ')
  })

  it('keeps the answers in this browser when the draft cannot be saved, and says so', async () => {
    const { user } = await openQuestionnaire()
    await screen.findByRole('heading', { level: 1, name: 'Questionnaire about your company' })
    // The server cannot save (a 401 would be a session that ended: sign-in's business).
    injectFault('savePartnershipDraft', { kind: 'status', status: 503, times: Number.POSITIVE_INFINITY })
    await user.selectOptions(screen.getByLabelText('Company size'), '1–10 people')
    expect(
      await screen.findByText(/The draft was not saved. What you entered is kept in this browser./),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Save now' })).toBeInTheDocument()
    const backup = `${USER_STORAGE_PREFIX}partnership.${theApplication().id}.questionnaire`
    expect(JSON.parse(window.localStorage.getItem(backup) ?? '{}')).toMatchObject({ companySize: '1-10' })
  })

  it('speaks Russian, with Send in the seed’s words', async () => {
    await openQuestionnaire({ language: 'ru' })
    await screen.findByRole('heading', { level: 1, name: 'Анкета о компании' })
    expect(screen.getByRole('button', { name: 'Отправить' })).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'Направления экспертизы' })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: /^От 100\s000\s₽ до 500\s000\s₽$/ })).toBeInTheDocument()
  })
})
