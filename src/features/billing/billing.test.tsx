/**
 * Step 5 as an applicant goes through it: each way (skipped, upgrade only, full creation), each
 * creation page's checks and the server's refusals, a reload on each page, a failed create retried,
 * verification with a bad file and a good one, and the upgrade that keeps the grants.
 */

import { db } from '@mocks/db'
import { setVerificationDelay, verificationDelay } from '@mocks/handlers/billing'
import { failNext } from '@mocks/http'
import { server } from '@mocks/node'
import { applyScenario, type ScenarioName } from '@mocks/scenarios'
import { renderApp } from '@test/render-app'
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { errorCode } from '@/api/messages'
import type { Language } from '@/lib/i18n'
import { settlementPrefix, withControlDigit } from '@/lib/identifiers'

const SBER = '044525225'
const ACCOUNT = withControlDigit(settlementPrefix(SBER), '40802810000000007777')

function application(organizationId = 'org-petrov') {
  const row = db.applications.find((candidate) => candidate.organizationId === organizationId)
  if (!row) throw new Error('no application')
  return row
}
const petrovAccounts = () => db.billingAccounts.filter((account) => account.organizationId === 'org-petrov')

async function open(path: string, scenario?: ScenarioName, language: Language = 'en') {
  return renderApp({ path, scenario, language, started: true })
}

/** A reload: the app starts again at the same address over the same mock database. */
async function reload(path: string) {
  cleanup()
  return open(path)
}

const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name })
const draftSaved = () => screen.findByText(/^Draft saved/)

/** Fills General information and goes on with Next. */
async function passGeneral(user: Awaited<ReturnType<typeof open>>['user'], name = 'Петров ИТ — партнерский') {
  await heading('General information')
  await user.clear(screen.getByLabelText('Account name'))
  await user.type(screen.getByLabelText('Account name'), name)
  await user.click(screen.getByRole('button', { name: 'Next' }))
  await heading('Company information')
}

async function fillBank(user: Awaited<ReturnType<typeof open>>['user'], bik = SBER, account = ACCOUNT) {
  await user.type(screen.getByLabelText('BIK'), bik)
  await user.type(screen.getByLabelText('Settlement account'), account)
}

describe('step 5: which way it goes', () => {
  it('is done with a paid account chosen at step 3: it says so and leads to step 6; the stepper shows it done', async () => {
    const { user, router } = await open('/billing', 'billing-skipped')
    await heading('Billing account')
    expect(screen.getByText('Ромашка Софт — основной', { selector: 'dd' })).toBeInTheDocument()
    expect(screen.getByText('You chose this billing account at step 3.')).toBeInTheDocument()
    const done = screen.getByRole('heading', { name: 'Step 5 is done' })
    expect(done.parentElement).toHaveTextContent(
      'Your application uses the billing account “Ромашка Софт — основной”.',
    )
    const steps = screen.getByRole('navigation', { name: 'Steps to partner status' })
    const step5 = () => within(steps).getAllByRole('listitem')[4]
    expect(step5()).toHaveAttribute('data-state', 'current')
    await user.click(screen.getByRole('link', { name: 'Continue to step 6: confirmation' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/confirmation'))
    await waitFor(() => expect(step5()).toHaveAttribute('data-state', 'done'))
    await waitFor(() => expect(step5()).toHaveTextContent('Ромашка Софт — основной'))
  })

  it('after the questionnaire, leads an applicant by TIN to step 5', async () => {
    await applyScenario('application-sent-by-tin')
    await db.applications.update(application().id, (draft) => {
      draft.video = { furthest: 79, watched: true }
      draft.partnership = { types: ['direct'], taxation: 'usn-income' }
      draft.partnershipDraft.questionnaire = {
        companySize: '1-10',
        certifiedEngineers: '1',
        expertise: ['devops'],
        industries: ['it'],
        customers: ['smb'],
        otherClouds: [],
        monthlyConsumption: 'lt-100k',
        website: '',
        regions: ['central'],
        comment: '',
      }
    })
    const { user, router } = await open('/partnership/questionnaire')
    await heading('Questionnaire about your company')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/billing'))
    await heading('Billing account')
    expect(screen.getByRole('heading', { name: 'Billing account requirements' })).toBeInTheDocument()
  })

  it('with a qualifying account on its trial, is the upgrade only: grants before and after, the same', async () => {
    const { user, router } = await open('/billing', 'billing-trial')
    await heading('Billing account')
    expect(screen.getByText('Trial period')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Create billing account' })).toBeNull()
    await user.click(screen.getByRole('link', { name: 'Upgrade to the paid version' }))
    await heading('Upgrade from the trial to the paid version')
    expect(
      screen.getByText(/When upgrading to the paid version, your grants are preserved with your account/),
    ).toBeInTheDocument()
    expect(
      screen.getByText(
        /involves no extra payments or fees\. You will only start getting bills if billable resources appear/,
      ),
    ).toBeInTheDocument()
    // The balance before and after, then the account's name and status in words.
    const facts = () => screen.getAllByRole('definition').map((dd) => dd.textContent?.replace(/\s/g, ' '))
    expect(facts()).toEqual([
      expect.stringMatching(/4,000$/),
      expect.stringMatching(/4,000$/),
      'Ромашка Софт — основной',
      'Trial period',
    ])
    expect(screen.getByText('The balance stays the same: your grants are kept.')).toBeInTheDocument()

    await user.dblClick(screen.getByRole('button', { name: 'Upgrade to the paid version' }))
    await screen.findByRole('heading', { name: 'Your billing account is on the paid version' })
    expect(
      screen.getByText('Its status is now “Active, paid version”. Your grants are kept.'),
    ).toBeInTheDocument()
    const [before, after, , status] = facts()
    expect(after).toBe(before)
    expect(status).toBe('Active, paid version')
    expect(db.billingAccounts.get('ba-romashka-main')).toMatchObject({
      status: 'ACTIVE',
      paid: true,
      grantBalance: 4000,
    })
    expect(application('org-romashka').completedSteps).toContain('billing')
    await user.click(screen.getByRole('link', { name: 'Continue to step 6: confirmation' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/confirmation'))
  })

  it('with no billing account, gives the requirements in the seed’s words, then creates it in three pages', async () => {
    const { user, router } = await open('/billing', 'billing-by-tin')
    await heading('Billing account')
    const requirements = screen.getByRole('heading', { name: 'Billing account requirements' }).parentElement
    expect(requirements).toHaveTextContent('Billing account type: Business account.')
    expect(requirements).toHaveTextContent(
      'Business account owner: business residing in the Russian Federation.',
    )
    expect(requirements).toHaveTextContent('Payment method: Wire transfer.')
    await user.click(screen.getByRole('link', { name: 'Create billing account' }))

    await heading('General information')
    expect(screen.getByText('Create billing account: page 1 of 3')).toBeInTheDocument()
    expect(screen.getByLabelText('Country')).toHaveDisplayValue('Russia')
    expect(screen.getByRole('radio', { name: 'Business or individual entrepreneur' })).toBeChecked()
    expect(screen.getByRole('radio', { name: 'Wire transfer' })).toBeChecked()
    expect(
      screen.getByText(
        /The system will create a new payer and fill this in automatically: ИП Петров И\. С\.$/,
      ),
    ).toBeInTheDocument()
    await passGeneral(user)

    // The registry card from step 3: an entrepreneur (OGRNIP, no KPP).
    expect(screen.getByText('770712345633')).toBeInTheDocument()
    expect(screen.getByText('OGRNIP')).toBeInTheDocument()
    expect(screen.queryByText('KPP')).toBeNull()
    expect(screen.getByLabelText('Head’s full name')).toHaveValue('Петров Иван Сергеевич')
    await fillBank(user)
    // The bank directory's answer for the BIK: the bank, its city and its correspondent account.
    expect(await screen.findByText('ПАО Сбербанк')).toBeInTheDocument()
    expect(screen.getByText('г. Москва')).toBeInTheDocument()
    expect(screen.getByText('30101810400000000225')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next' }))

    await heading('Contacts')
    // The contacts from step 3, editable.
    expect(screen.getByLabelText('Contact person')).toHaveValue('Иван Петров')
    expect(screen.getByLabelText('Email')).toHaveValue('i.petrov@petrov-it.ru')
    await user.clear(screen.getByLabelText('Contact person'))
    await user.type(screen.getByLabelText('Contact person'), 'Мария Петрова')
    await user.click(screen.getByRole('button', { name: 'Create' }))

    await waitFor(() => expect(router.state.location.pathname).toBe('/billing'))
    await screen.findByText('Payment not confirmed: waiting for verification')
    expect(screen.getByRole('link', { name: 'Verify the billing account' })).toBeInTheDocument()
    expect(petrovAccounts()).toHaveLength(1)
    expect(petrovAccounts()[0]).toMatchObject({
      name: 'Петров ИТ — партнерский',
      status: 'PAYMENT_NOT_CONFIRMED',
      bankDetails: { bik: SBER, settlementAccount: ACCOUNT },
      company: { tin: '770712345633', postalCode: '117393', headName: 'Петров Иван Сергеевич' },
    })
    expect(application().billingAccountId).toBe(petrovAccounts()[0]?.id)
  })
})

describe('step 5: the creation pages', () => {
  it('General information checks on Next with the one eligibility rule, and keeps what was typed', async () => {
    const { user } = await open('/billing/new/general', 'billing-by-tin')
    await heading('General information')
    await user.selectOptions(screen.getByLabelText('Country'), 'Kazakhstan')
    await user.click(screen.getByRole('radio', { name: 'Bank card' }))
    await user.click(screen.getByRole('button', { name: 'Next' }))

    const summary = await screen.findByRole('alert', { name: 'There are 3 problems' })
    await waitFor(() => expect(summary).toHaveFocus())
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Account name: Fill in this field.',
      'Country: Choose Russia: the account’s owner must be a business resident in the Russian Federation.',
      'Payment method: Choose Wire transfer: the partner program needs an account paid by wire transfer.',
    ])
    expect(document.title).toMatch(/^Error: General information/)
    expect(screen.getByLabelText('Country')).toHaveDisplayValue('Kazakhstan')
    expect(screen.getByLabelText('Account name')).toHaveAttribute('aria-invalid', 'true')
    expect(application().billingAccountDraft?.pagesDone ?? []).toEqual([])
  })

  it('General information shows the server’s refusal on its field', async () => {
    server.use(
      http.patch('*/api/applications/:id/billing-account/draft', async ({ request }) => {
        const body = (await request.json()) as { pagesDone?: string[] }
        if (!body.pagesDone) return undefined
        return HttpResponse.json(
          {
            code: 'validation',
            message: 'This page is not complete yet.',
            fieldErrors: [{ path: ['general', 'name'], message: errorCode('tooLong', { max: 100 }) }],
          },
          { status: 422 },
        )
      }),
    )
    const { user, router } = await open('/billing/new/general', 'billing-by-tin')
    await heading('General information')
    await user.type(screen.getByLabelText('Account name'), 'Петров ИТ')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    const summary = await screen.findByRole('alert', { name: 'There is a problem' })
    expect(summary).toHaveTextContent('Account name: Shorten this to 100 characters or fewer.')
    expect(router.state.location.pathname).toBe('/billing/new/general')
    expect(screen.getByLabelText('Account name')).toHaveValue('Петров ИТ')
  })

  it('Company information checks the postal address, the head and the bank details, and the server asks the bank directory', async () => {
    await applyScenario('billing-by-tin')
    const { user } = await open('/billing/new/general')
    await passGeneral(user)
    await user.click(screen.getByLabelText('The postal address is the same as the legal address'))
    await user.clear(screen.getByLabelText('Head’s position'))
    await user.type(screen.getByLabelText('BIK'), '04452522')
    await user.type(
      screen.getByLabelText('Settlement account'),
      `${ACCOUNT.slice(0, 19)}${(Number(ACCOUNT[19]) + 1) % 10}`,
    )
    await user.click(screen.getByRole('button', { name: 'Next' }))
    const summary = await screen.findByRole('alert', { name: 'There are 4 problems' })
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#billing-postal-address', '#billing-postal-code', '#billing-head-position', '#billing-bik'])
    expect(summary).toHaveTextContent('BIK: The BIK has 9 digits; you entered 8.')

    // Well-formed, the key right, but no such bank: the client cannot know; the server says so.
    await user.click(screen.getByLabelText('The postal address is the same as the legal address'))
    await user.type(screen.getByLabelText('Head’s position'), 'Индивидуальный предприниматель')
    await user.clear(screen.getByLabelText('BIK'))
    await user.type(screen.getByLabelText('BIK'), '049999999')
    await user.clear(screen.getByLabelText('Settlement account'))
    await user.type(
      screen.getByLabelText('Settlement account'),
      withControlDigit('999', '40802810000000007777'),
    )
    await user.click(screen.getByRole('button', { name: 'Next' }))
    const refused = await screen.findByRole('alert', { name: 'There is a problem' })
    expect(refused).toHaveTextContent('BIK: No bank with this BIK was found in the bank directory.')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Company information')
  })

  it('Contacts puts the server’s refusal on its fields and names what belongs to earlier pages', async () => {
    server.use(
      http.post('*/api/billing-accounts', () =>
        HttpResponse.json(
          {
            code: 'validation',
            message: 'The billing account cannot be created.',
            fieldErrors: [
              { path: ['contacts', 'email'], message: errorCode('email') },
              { path: ['company', 'kpp'], message: errorCode('billing.kppForEntrepreneur') },
            ],
          },
          { status: 422 },
        ),
      ),
    )
    await applyScenario('billing-by-tin-bank-kept')
    const { user } = await open('/billing/new/general')
    await passGeneral(user)
    // Bank details kept at step 4 are already there.
    expect(screen.getByLabelText('BIK')).toHaveValue(SBER)
    expect(screen.getByText('Filled in with the bank details you gave at step 4.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await heading('Contacts')
    await user.click(screen.getByRole('button', { name: 'Create' }))
    const summary = await screen.findByRole('alert', { name: 'There is a problem' })
    expect(summary).toHaveTextContent('Email: Enter an email address like name@example.ru.')
    expect(
      screen.getByText('An individual entrepreneur has no KPP: leave the KPP empty.'),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Company information' })).toHaveAttribute(
      'href',
      '/billing/new/company',
    )
    expect(petrovAccounts()).toEqual([])
  })

  it('Back keeps everything, and a reload on each page loses nothing', async () => {
    await applyScenario('billing-by-tin')
    let { user } = await open('/billing/new/general')
    await heading('General information')
    await user.type(screen.getByLabelText('Account name'), 'Черновик')
    await draftSaved()
    ;({ user } = await reload('/billing/new/general'))
    await heading('General information')
    expect(screen.getByLabelText('Account name')).toHaveValue('Черновик')
    await user.click(screen.getByRole('button', { name: 'Next' }))

    await heading('Company information')
    await user.click(screen.getByLabelText('The postal address is the same as the legal address'))
    await user.type(screen.getByLabelText('Address'), 'г. Москва, а/я 15')
    await user.type(screen.getByLabelText('Postcode'), '117393')
    await fillBank(user)
    await draftSaved()
    ;({ user } = await reload('/billing/new/company'))
    await heading('Company information')
    expect(screen.getByLabelText('Address')).toHaveValue('г. Москва, а/я 15')
    expect(screen.getByLabelText('BIK')).toHaveValue(SBER)
    await user.click(screen.getByRole('link', { name: 'Back' }))
    await heading('General information')
    expect(screen.getByLabelText('Account name')).toHaveValue('Черновик')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await heading('Company information')
    expect(screen.getByLabelText('Settlement account')).toHaveValue(ACCOUNT)
    await user.click(screen.getByRole('button', { name: 'Next' }))

    await heading('Contacts')
    await user.clear(screen.getByLabelText('Phone'))
    await user.type(screen.getByLabelText('Phone'), '8 916 000-11-22')
    await draftSaved()
    await reload('/billing/new/contacts')
    await heading('Contacts')
    expect(screen.getByLabelText('Phone')).toHaveValue('8 916 000-11-22')
  })

  it('a deep link to a later page leads to the first page not done', async () => {
    const { router } = await open('/billing/new/contacts', 'billing-by-tin')
    await heading('General information')
    expect(router.state.location.pathname).toBe('/billing/new/general')
  })

  it('a failed create is retried with Try again and makes one account', async () => {
    await applyScenario('billing-by-tin-bank-kept')
    const { user, router } = await open('/billing/new/general')
    await passGeneral(user)
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await heading('Contacts')
    failNext('createBillingAccount', 503, 1)
    await user.click(screen.getByRole('button', { name: 'Create' }))
    const failed = await screen.findByRole('heading', { name: 'The billing account was not created' })
    expect(failed.parentElement).toHaveTextContent('The service is temporarily unavailable.')
    expect(screen.getByLabelText('Contact person')).toHaveValue('Иван Петров')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/billing'))
    expect(petrovAccounts()).toHaveLength(1)
  })
})

describe('step 5: verification', () => {
  const delay = verificationDelay()
  afterEach(() => setVerificationDelay(delay))

  it('refuses a bad file in the browser and a disguised one on the server, then sends a good one', async () => {
    setVerificationDelay(60_000)
    const { user, router } = await open('/billing', 'billing-created')
    await heading('Billing account')
    await user.click(screen.getByRole('link', { name: 'Verify the billing account' }))
    await heading('Verify the billing account')
    expect(screen.getByLabelText('Signatory’s full name')).toHaveValue('Петров Иван Сергеевич')
    const input = screen.getByLabelText('Document')
    expect(input).toHaveAttribute('accept', 'application/pdf,image/jpeg,image/png')

    await user.click(screen.getByRole('button', { name: 'Send for verification' }))
    let summary = await screen.findByRole('alert', { name: 'There are 2 problems' })
    expect(summary).toHaveTextContent('Choose the document to attach.')
    expect(summary).toHaveTextContent('Confirm to continue.')

    // The file picker offers only the accepted types, but a file can still be dropped or forced in.
    const anyFile = userEvent.setup({ applyAccept: false })
    await anyFile.upload(input, new File(['GIF89a'], 'logo.gif', { type: 'image/gif' }))
    await user.click(screen.getByLabelText(/I confirm that the company’s details above are correct/))
    await user.click(screen.getByRole('button', { name: 'Send for verification' }))
    summary = await screen.findByRole('alert', { name: 'There is a problem' })
    expect(summary).toHaveTextContent('Document: Choose a PDF, JPEG or PNG file.')

    // Named and typed as a PDF, but it is not one: the server looks at its first bytes.
    await user.upload(input, new File(['just some text'], 'statement.pdf', { type: 'application/pdf' }))
    await user.click(screen.getByRole('button', { name: 'Send for verification' }))
    await waitFor(() =>
      expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveTextContent(
        'The file’s contents are not a PDF, JPEG or PNG',
      ),
    )
    expect(db.billingAccounts.get('ba-petrov-new')?.status).toBe('PAYMENT_NOT_CONFIRMED')

    await user.upload(
      input,
      new File(['%PDF-1.7\nsigned statement'], 'statement.pdf', { type: 'application/pdf' }),
    )
    expect(screen.getByText(/Chosen: statement\.pdf, 25 bytes/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Send for verification' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/billing'))
    await screen.findByRole('heading', { name: 'Verification under way' })
    expect(screen.getByText('Being verified')).toBeInTheDocument()
    expect(db.billingAccounts.get('ba-petrov-new')?.status).toBe('PENDING')
  })

  it('when the check completes, the account is verified and offers the upgrade', async () => {
    await applyScenario('billing-created')
    setVerificationDelay(0)
    await db.billingAccounts.update('ba-petrov-new', (draft) => {
      draft.status = 'PENDING'
      draft.verificationSentAt = new Date().toISOString()
    })
    await open('/billing')
    await screen.findByRole('heading', { name: 'Upgrade to the paid version' })
    expect(screen.getByText('Trial period')).toBeInTheDocument()
  })
})

describe('step 5 in Russian', () => {
  it('says the requirements and the button in the seed’s words', async () => {
    await open('/billing', 'billing-by-tin', 'ru')
    await heading('Платежный аккаунт')
    expect(screen.getByText('Способ оплаты: банковский перевод.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Создать платежный аккаунт' })).toBeInTheDocument()
  })
})
