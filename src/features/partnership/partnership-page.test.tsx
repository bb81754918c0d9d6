import { db } from '@mocks/db'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { settlementPrefix, withControlDigit } from '@/lib/identifiers'
import { checkbox, openStep4, theApplication } from './test-helpers'

/** A settlement account that passes the control key for the BIK (digit 9 computed). */
const accountFor = (bik: string) => withControlDigit(settlementPrefix(bik), '40702810000000012345')
const SBER = '044525225'
const ALFA = '044525593'

async function chooseTaxation(user: Awaited<ReturnType<typeof openStep4>>['user'], name: RegExp) {
  await user.click(screen.getByRole('radio', { name }))
}

describe('step 4: partnership type and taxation', () => {
  it('chooses Direct partner and a taxation type, then continues to the questionnaire', async () => {
    const { user, router } = await openStep4({ watched: true })
    await screen.findByRole('heading', { level: 1, name: 'Partnership type' })
    expect(
      screen.getByText(/Implements integrated projects based on Yandex Cloud services/),
    ).toBeInTheDocument()
    await user.click(checkbox(/Direct partner/))
    await chooseTaxation(user, /General taxation system/)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/partnership/questionnaire'))
    expect(theApplication().partnership).toEqual({ types: ['direct'], taxation: 'osno' })
  })

  it('a draft saved meanwhile in another tab is not overwritten: the page says so and keeps the choice', async () => {
    const { user } = await openStep4({ watched: true })
    await screen.findByRole('heading', { level: 1, name: 'Partnership type' })
    // Another tab saves a taxation type after this page loaded.
    const before = theApplication()
    await db.applications.update(before.id, (application) => {
      application.version += 1
      application.partnershipDraft = { ...application.partnershipDraft, taxation: 'usn-income' }
    })
    await user.click(checkbox(/Direct partner/))
    expect(await screen.findByText('Changed in another tab')).toBeInTheDocument()
    expect(checkbox(/Direct partner/)).toBeChecked()
    // What is newer there, in words: the choice's label, never its stored code.
    expect(screen.getByText('(changed)')).toBeInTheDocument()
    expect(screen.queryByText('usn-income')).not.toBeInTheDocument()
    // The other tab's answer is still there: nothing was written over it.
    expect(theApplication().partnershipDraft.taxation).toBe('usn-income')
    expect(theApplication().partnershipDraft.types).not.toContain('direct')
  })

  it('says what each taxation type means for VAT on partner rewards', async () => {
    await openStep4({ watched: true })
    const group = await screen.findByRole('group', { name: 'Company’s taxation type' })
    expect(within(group).getAllByRole('radio')).toHaveLength(6)
    expect(screen.getByRole('radio', { name: /General taxation system/ })).toHaveAccessibleDescription(
      /rewards include VAT at the general rate/,
    )
    expect(screen.getByRole('radio', { name: /“income minus expenses”/ })).toHaveAccessibleDescription(
      /below the exemption threshold/,
    )
    expect(screen.getByRole('radio', { name: /Automated simplified/ })).toHaveAccessibleDescription(/No VAT/)
    // Anna's company is an organization: the patent system is for entrepreneurs only.
    const patent = screen.getByRole('radio', { name: /Patent taxation system/ })
    await waitFor(() => expect(patent).toBeDisabled())
    expect(patent).toHaveAccessibleDescription(/your company is an organization/)
  })

  it('shows every problem in the error summary when nothing is chosen, and keeps the page', async () => {
    const { user } = await openStep4({ watched: true })
    await screen.findByRole('heading', { level: 1, name: 'Partnership type' })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    const summary = await screen.findByRole('alert', { name: 'There are 2 problems' })
    await waitFor(() => expect(summary).toHaveFocus())
    expect(
      within(summary).getByRole('link', { name: 'Choose Direct partner, Referral partner or both.' }),
    ).toHaveAttribute('href', '#types-direct')
    expect(
      within(summary).getByRole('link', { name: 'Choose your company’s taxation type.' }),
    ).toHaveAttribute('href', '#taxation-osno')
    expect(document.title).toMatch(/^Error: Partnership type/)
    expect(theApplication().partnership).toBeNull()
  })

  it('remembers the choice as a draft while the user works', async () => {
    const { user } = await openStep4({ watched: true })
    await screen.findByRole('heading', { level: 1, name: 'Partnership type' })
    await user.click(checkbox(/Direct partner/))
    await chooseTaxation(user, /Automated simplified/)
    await waitFor(() =>
      expect(theApplication().partnershipDraft).toMatchObject({ types: ['direct'], taxation: 'ausn' }),
    )
    expect(await screen.findByText(/Draft saved at/)).toBeInTheDocument()
  })

  it('speaks Russian with the seed’s words', async () => {
    await openStep4({ watched: true, language: 'ru' })
    await screen.findByRole('heading', { level: 1, name: 'Тип партнерства' })
    expect(checkbox(/Прямой партнер/)).toBeEnabled()
    expect(checkbox(/Реферальный партнер/)).toBeDisabled()
    expect(screen.getByRole('group', { name: 'Тип налогообложения компании' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Продолжить' })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: /Общая система налогообложения/ })).toHaveAccessibleDescription(
      /22% с 2026 года/,
    )
  })
})

describe('step 4: the referral program', () => {
  it('while closed: shows the notice and the option is unavailable, with the reason tied to it', async () => {
    await openStep4({ watched: true })
    await screen.findByRole('heading', { level: 1, name: 'Partnership type' })
    expect(
      screen.getByRole('heading', { name: 'The referral program is not accepting new partners' }),
    ).toBeInTheDocument()
    const referral = checkbox(/Referral partner/)
    expect(referral).toBeDisabled()
    // The notice says it once; the option points to it rather than saying it again.
    expect(referral).toHaveAccessibleDescription(/Not available now: see the notice above\./)
    expect(checkbox(/Direct partner/)).toBeEnabled()
  })

  it('while open: choosing it asks for bank details; a BIK fills in the bank; both types are saved', async () => {
    const { user, router } = await openStep4({ scenario: 'application-sent-referral-open', watched: true })
    await screen.findByRole('heading', { level: 1, name: 'Partnership type' })
    expect(
      screen.queryByRole('heading', { name: /referral program is not accepting/ }),
    ).not.toBeInTheDocument()
    expect(screen.getByText(/provide your bank account details in your billing account/)).toBeInTheDocument()
    await user.click(checkbox(/Direct partner/))
    await user.click(checkbox(/Referral partner/))

    const bank = screen.getByRole('region', { name: 'Bank details for referral rewards' })
    expect(
      within(bank).getByText(/saved in your billing account “Ромашка Софт — основной”/),
    ).toBeInTheDocument()
    await user.type(within(bank).getByLabelText('BIK'), `${SBER.slice(0, 4)} ${SBER.slice(4)}`)
    expect(await within(bank).findByText('ПАО Сбербанк')).toBeInTheDocument()
    expect(within(bank).getByText('30101810400000000225')).toBeInTheDocument()
    await user.type(within(bank).getByLabelText('Settlement account'), accountFor(SBER))
    await chooseTaxation(user, /“income” \(USN\)/)
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    await waitFor(() => expect(router.state.location.pathname).toBe('/partnership/questionnaire'))
    expect(theApplication().partnership).toEqual({ types: ['direct', 'referral'], taxation: 'usn-income' })
    expect(db.billingAccounts.get('ba-romashka-main')?.bankDetails).toEqual({
      bik: SBER,
      bankName: 'ПАО Сбербанк',
      correspondentAccount: '30101810400000000225',
      settlementAccount: accountFor(SBER),
    })
  })

  it('refuses a BIK that is not in the directory and an account that fails the control key', async () => {
    const { user } = await openStep4({ scenario: 'application-sent-referral-open', watched: true })
    await screen.findByRole('heading', { level: 1, name: 'Partnership type' })
    await user.click(checkbox(/Referral partner/))
    await chooseTaxation(user, /General taxation system/)
    const bik = screen.getByLabelText('BIK')
    await user.type(bik, '044525999')
    expect(
      await screen.findByText(/No bank with this BIK was found in the bank directory\. Check the BIK\./),
    ).toBeInTheDocument()
    await user.type(screen.getByLabelText('Settlement account'), accountFor(SBER))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    const summary = await screen.findByRole('alert', { name: 'There is a problem' })
    expect(within(summary).getByRole('link', { name: /No bank with this BIK was found/ })).toHaveAttribute(
      'href',
      '#bank-bik',
    )
    expect(bik).toHaveAttribute('aria-invalid', 'true')

    // A real bank, but the account belongs to another bank's BIK: the control key says so.
    await user.clear(bik)
    await user.type(bik, ALFA)
    expect(await screen.findByText('АО «Альфа-Банк»')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    const again = await screen.findByRole('alert', { name: 'There is a problem' })
    expect(within(again).getByRole('link', { name: /does not match the bank’s BIK/ })).toHaveAttribute(
      'href',
      '#bank-settlement-account',
    )
    // Nothing typed was lost, and nothing was saved.
    expect(screen.getByLabelText('Settlement account')).toHaveValue(accountFor(SBER))
    expect(theApplication().partnership).toBeNull()
    expect(db.billingAccounts.get('ba-romashka-main')?.bankDetails).toBeNull()
  })

  it('requires the bank details when Referral partner is chosen', async () => {
    const { user } = await openStep4({ scenario: 'application-sent-referral-open', watched: true })
    await screen.findByRole('heading', { level: 1, name: 'Partnership type' })
    await user.click(checkbox(/Referral partner/))
    await chooseTaxation(user, /General taxation system/)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    const summary = await screen.findByRole('alert', { name: 'There are 2 problems' })
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#bank-bik', '#bank-settlement-account'])
  })

  it('uses the bank details already on file, and lets the user change them', async () => {
    const { user, router } = await openStep4({
      scenario: 'application-sent-referral-open',
      watched: true,
      prepare: async () => {
        await db.billingAccounts.update('ba-romashka-main', (draft) => {
          draft.bankDetails = {
            bik: ALFA,
            bankName: 'АО «Альфа-Банк»',
            correspondentAccount: '30101810200000000593',
            settlementAccount: accountFor(ALFA),
          }
        })
      },
    })
    await screen.findByRole('heading', { level: 1, name: 'Partnership type' })
    await user.click(checkbox(/Referral partner/))
    expect(await screen.findByText('Bank details are on file.')).toBeInTheDocument()
    expect(screen.getByText('АО «Альфа-Банк»')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Change bank details' }))
    expect(screen.getByLabelText('BIK')).toHaveValue(ALFA)
    await user.click(screen.getByRole('button', { name: 'Keep the bank details on file' }))
    await chooseTaxation(user, /General taxation system/)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/partnership/questionnaire'))
    expect(theApplication().partnership?.types).toEqual(['referral'])
  })

  it('keeps the bank details with the application when the company has no billing account yet', async () => {
    const { user, router } = await openStep4({ scenario: 'application-sent-by-tin', watched: true })
    await screen.findByRole('heading', { level: 1, name: 'Partnership type' })
    await user.click(checkbox(/Referral partner/))
    expect(
      screen.getByText(/kept with your application and added to the billing account you create at step 5/),
    ).toBeInTheDocument()
    await user.type(screen.getByLabelText('BIK'), '044525974')
    expect(await screen.findByText('АО «ТБанк»')).toBeInTheDocument()
    await user.type(screen.getByLabelText('Settlement account'), accountFor('044525974'))
    // An individual entrepreneur may be on the patent system.
    const patent = screen.getByRole('radio', { name: /Patent taxation system/ })
    expect(patent).toBeEnabled()
    await user.click(patent)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/partnership/questionnaire'))
    expect(theApplication().bankDetails).toMatchObject({ bik: '044525974', bankName: 'АО «ТБанк»' })
    expect(theApplication().partnership).toEqual({ types: ['referral'], taxation: 'psn' })
  })

  it('puts the server’s refusal on the field when the program closed in the meantime', async () => {
    const { user } = await openStep4({
      scenario: 'application-sent-referral-open',
      watched: true,
      prepare: async () => {
        await db.billingAccounts.update('ba-romashka-main', (draft) => {
          draft.bankDetails = {
            bik: SBER,
            bankName: 'ПАО Сбербанк',
            correspondentAccount: '30101810400000000225',
            settlementAccount: accountFor(SBER),
          }
        })
      },
    })
    await screen.findByRole('heading', { level: 1, name: 'Partnership type' })
    await user.click(checkbox(/Referral partner/))
    await chooseTaxation(user, /General taxation system/)
    await db.settings.update('settings', (draft) => {
      draft.referralProgramOpen = false
    })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    const summary = await screen.findByRole('alert', { name: 'There is a problem' })
    expect(
      within(summary).getByRole('link', { name: /referral program is not accepting new partners/ }),
    ).toBeInTheDocument()
    expect(theApplication().partnership).toBeNull()
  })
})
