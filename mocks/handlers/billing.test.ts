/**
 * Step 5 on the mock backend, as an HTTP client sees it: what a new billing account must meet (422
 * with field errors), one account per logical attempt, bank details kept at step 4, the creation
 * pages' draft, verification with a document, and the upgrade that keeps the grants.
 */

import { KEPT_BANK_DETAILS } from '@mocks/billing-scenarios'
import { db } from '@mocks/db'
import { failNext } from '@mocks/http'
import { applyScenario } from '@mocks/scenarios'
import { api } from '@test/api'
import { afterEach, describe, expect, it } from 'vitest'
import { errorCode } from '@/api/messages'
import { settlementPrefix, withControlDigit } from '@/lib/identifiers'
import { INITIAL_GRANT_RUB, setVerificationDelay, verificationDelay } from './billing'

const SBER = '044525225'
const goodAccount = withControlDigit(settlementPrefix(SBER), '40702810000000012345')
/** The same account with its control digit off by one: fails the key with this BIK. */
const badAccount = `${goodAccount.slice(0, 8)}${(Number(goodAccount[8]) + 1) % 10}${goodAccount.slice(9)}`

function ivansApplication() {
  const row = db.applications.find((application) => application.organizationId === 'org-petrov')
  if (!row) throw new Error('no application')
  return row
}

function createRequest(overrides: Record<string, unknown> = {}) {
  return {
    organizationId: 'org-petrov',
    applicationId: ivansApplication().id,
    name: 'Петров ИТ — партнерский',
    country: 'RU',
    type: 'business',
    paymentMethod: 'invoice',
    company: {
      tin: '770712345633',
      kpp: null,
      ogrn: '318774600123452',
      postalAddress: 'г. Москва, ул. Профсоюзная, д. 56, кв. 12',
      postalCode: '117393',
      headName: 'Петров Иван Сергеевич',
      headPosition: 'Индивидуальный предприниматель',
    },
    bankDetails: { bik: SBER, settlementAccount: goodAccount },
    contacts: {
      name: 'Иван Петров',
      position: 'Индивидуальный предприниматель',
      email: 'i.petrov@petrov-it.ru',
      phone: '+7 903 123-45-67',
    },
    ...overrides,
  }
}

const create = (json: unknown, key = 'create-1') =>
  api('/billing-accounts', { json, headers: { 'Idempotency-Key': key } })

const pdf = (text = '%PDF-1.7 statement') => ({
  name: 'statement.pdf',
  type: 'application/pdf',
  size: text.length,
  contentBase64: btoa(text),
})

const verify = (id: string, document: unknown, key = 'verify-1') =>
  api(`/billing-accounts/${id}/verification`, {
    json: {
      signatoryName: 'Петров Иван Сергеевич',
      signatoryPosition: 'Индивидуальный предприниматель',
      document,
      confirm: true,
    },
    headers: { 'Idempotency-Key': key },
  })

const upgrade = (id: string, key = 'upgrade-1') =>
  api(`/billing-accounts/${id}/upgrade`, { method: 'POST', headers: { 'Idempotency-Key': key } })

describe('step 5 on the mock backend', () => {
  const delay = verificationDelay()
  afterEach(() => setVerificationDelay(delay))

  it('refuses an account that would not qualify, naming each field, with the one eligibility rule', async () => {
    await applyScenario('billing-by-tin')
    const { status, body } = await create(
      createRequest({ type: 'individual', country: 'KZ', paymentMethod: 'card' }),
    )
    expect(status).toBe(422)
    expect(body.fieldErrors).toEqual([
      { path: ['type'], message: errorCode('billing.requirement.business-type') },
      { path: ['country'], message: errorCode('billing.requirement.russian-resident') },
      { path: ['paymentMethod'], message: errorCode('billing.requirement.invoice-payment') },
    ])
    expect(db.billingAccounts.filter((a) => a.organizationId === 'org-petrov')).toEqual([])
  })

  it('refuses a KPP for an entrepreneur and a settlement account that fails its check with the BIK', async () => {
    await applyScenario('billing-by-tin')
    const request = createRequest()
    const withKpp = await create({ ...request, company: { ...request.company, kpp: '773601001' } })
    expect(withKpp.status).toBe(422)
    expect(withKpp.body.fieldErrors).toContainEqual({
      path: ['company', 'kpp'],
      message: errorCode('billing.kppForEntrepreneur'),
    })

    const badKey = await create(
      { ...request, bankDetails: { bik: SBER, settlementAccount: badAccount } },
      'k2',
    )
    expect(badKey.status).toBe(422)
    expect(badKey.body.fieldErrors).toEqual([
      { path: ['bankDetails', 'settlementAccount'], message: errorCode('id.accountKey') },
    ])

    const unknownBank = await create(
      {
        ...request,
        bankDetails: {
          bik: '049999999',
          settlementAccount: withControlDigit(settlementPrefix('049999999'), '40702810000000012345'),
        },
      },
      'k3',
    )
    expect(unknownBank.status).toBe(422)
    expect(unknownBank.body.fieldErrors).toContainEqual({
      path: ['bankDetails', 'bik'],
      message: errorCode('bank.unknown'),
    })

    const otherCompany = await create(
      {
        ...request,
        company: { ...request.company, tin: '7736207543', kpp: '773601001', ogrn: '1027739850962' },
      },
      'k4',
    )
    expect(otherCompany.status).toBe(422)
    expect(otherCompany.body.fieldErrors).toContainEqual({
      path: ['company', 'tin'],
      message: errorCode('billing.companyMismatch'),
    })
  })

  it('creates one account per attempt: a double click, a failed try retried, a later repeat', async () => {
    await applyScenario('billing-by-tin')
    failNext('createBillingAccount', 503, 1)
    expect((await create(createRequest())).status).toBe(503)
    const [first, second] = await Promise.all([create(createRequest()), create(createRequest())])
    expect(first.status).toBe(200)
    expect(second.body).toEqual(first.body)
    expect(db.billingAccounts.filter((a) => a.organizationId === 'org-petrov')).toHaveLength(1)

    expect(first.body).toMatchObject({
      status: 'PAYMENT_NOT_CONFIRMED',
      verified: false,
      paid: false,
      grantBalance: INITIAL_GRANT_RUB,
      bankDetails: { bik: SBER, bankName: 'ПАО Сбербанк', settlementAccount: goodAccount },
      company: { tin: '770712345633', kpp: null, shortName: 'ИП Петров И. С.' },
    })
    expect(ivansApplication().billingAccountId).toBe(first.body.id)
    // A new attempt (another key) finds the account there: no second one.
    const again = await create(createRequest(), 'create-2')
    expect(again.status).toBe(409)
    expect(db.billingAccounts.filter((a) => a.organizationId === 'org-petrov')).toHaveLength(1)
  })

  it('applies the bank details kept with the application at step 4', async () => {
    await applyScenario('billing-by-tin-bank-kept')
    const { status, body } = await create(createRequest({ bankDetails: null }))
    expect(status).toBe(200)
    expect(body.bankDetails).toEqual(KEPT_BANK_DETAILS)

    await applyScenario('billing-by-tin')
    const none = await create(createRequest({ bankDetails: null }))
    expect(none.status).toBe(422)
    expect(none.body.fieldErrors).toEqual([{ path: ['bankDetails', 'bik'], message: errorCode('required') }])
  })

  it('refuses a draft save based on an older version (another tab saved meanwhile), keeping the newer', async () => {
    await applyScenario('billing-by-tin')
    const path = `/applications/${ivansApplication().id}/billing-account/draft`
    const loaded = ivansApplication().version
    const first = await api(path, {
      method: 'PATCH',
      json: { general: { name: 'Tab one' }, version: loaded },
    })
    expect(first.status).toBe(200)
    expect(first.body.version).toBeGreaterThan(loaded)
    const stale = await api(path, {
      method: 'PATCH',
      json: { general: { name: 'Tab two' }, version: loaded },
    })
    expect(stale.status).toBe(409)
    expect(stale.body.code).toBe('version_conflict')
    expect(stale.body.current.billingAccountDraft.general.name).toBe('Tab one')
    expect(ivansApplication().billingAccountDraft?.general.name).toBe('Tab one')
  })

  it('keeps the creation draft and counts a page done only when its values check out', async () => {
    await applyScenario('billing-by-tin')
    const path = `/applications/${ivansApplication().id}/billing-account/draft`
    const early = await api(path, {
      method: 'PATCH',
      json: { general: { name: '' }, pagesDone: ['general'] },
    })
    // Next on a page that does not check out: 422 with the page's field errors, nothing marked done.
    expect(early.status).toBe(422)
    expect(early.body.fieldErrors).toEqual([{ path: ['general', 'name'], message: errorCode('required') }])

    const typed = await api(path, { method: 'PATCH', json: { general: { name: '' } } })
    expect(typed.status).toBe(200)
    expect(typed.body.billingAccountDraft).toMatchObject({ general: { name: '' }, pagesDone: [] })

    const named = await api(path, {
      method: 'PATCH',
      json: { general: { name: 'Петров ИТ', country: 'RU' }, pagesDone: ['general'] },
    })
    expect(named.body.billingAccountDraft.pagesDone).toEqual(['general'])
    expect(named.body.billingAccountDraft.general).toEqual({ name: 'Петров ИТ', country: 'RU' })

    const unknownBank = await api(path, {
      method: 'PATCH',
      json: {
        company: {
          bik: '049999999',
          settlementAccount: withControlDigit(settlementPrefix('049999999'), '40702810000000012345'),
        },
        pagesDone: ['general', 'company'],
      },
    })
    expect(unknownBank.body.fieldErrors).toEqual([
      { path: ['company', 'bik'], message: errorCode('bank.unknown') },
    ])
    const company = await api(path, {
      method: 'PATCH',
      json: { company: { bik: SBER, settlementAccount: goodAccount }, pagesDone: ['general', 'company'] },
    })
    expect(company.body.billingAccountDraft.pagesDone).toEqual(['general', 'company'])

    // A later change that breaks General information puts it (and what follows) back to do.
    const kz = await api(path, { method: 'PATCH', json: { general: { country: 'KZ' } } })
    expect(kz.body.billingAccountDraft.pagesDone).toEqual([])

    const tooLong = await api(path, { method: 'PATCH', json: { general: { name: 'x'.repeat(201) } } })
    expect(tooLong.status).toBe(422)
  })

  it('verifies with a real document: a mismatched file is refused, the check completes after a while', async () => {
    await applyScenario('billing-created')
    const id = 'ba-petrov-new'
    const renamed = await verify(id, { ...pdf(), contentBase64: btoa('GIF89a not a pdf!!'), size: 18 })
    expect(renamed.status).toBe(422)
    expect(renamed.body.fieldErrors).toEqual([
      { path: ['document'], message: errorCode('billing.documentMismatch') },
    ])
    const huge = await verify(id, { ...pdf(), size: 6 * 1024 * 1024 }, 'v2')
    expect(huge.status).toBe(422)
    const gif = await verify(id, { ...pdf(), type: 'image/gif' }, 'v3')
    expect(gif.body.fieldErrors[0].path).toEqual(['document', 'type'])

    setVerificationDelay(60_000)
    const sent = await verify(id, pdf(), 'v4')
    expect(sent.status).toBe(200)
    expect(sent.body).toMatchObject({ status: 'PENDING', verified: false })
    expect((await verify(id, pdf(), 'v5')).status).toBe(409)
    // Not yet: the upgrade waits for the check.
    expect((await upgrade(id)).status).toBe(409)

    setVerificationDelay(0)
    const list = await api('/organizations/org-petrov/billing-accounts')
    expect(list.body.billingAccounts[0]).toMatchObject({ status: 'TRIAL_ACTIVE', verified: true })
  })

  it('takes a document of a real scan’s size, beyond the general body limit, up to its own', async () => {
    await applyScenario('billing-created')
    const scan = `%PDF-1.4\n${'x'.repeat(300 * 1024)}`
    const sent = await verify('ba-petrov-new', { ...pdf(scan), name: 'scan.pdf' })
    expect(sent.status).toBe(200)
    expect(sent.body.status).toBe('PENDING')
  })

  it('completes the check at once through the mock-only endpoint', async () => {
    await applyScenario('billing-created')
    setVerificationDelay(60_000)
    await verify('ba-petrov-new', pdf())
    const done = await api('/billing-accounts/ba-petrov-new/verification/complete', { method: 'POST' })
    expect(done.status).toBe(200)
    expect(done.body).toMatchObject({ status: 'TRIAL_ACTIVE', verified: true, paid: false })
  })

  it('upgrades once, keeps the grants, and makes step 5 done', async () => {
    await applyScenario('billing-verified')
    expect(ivansApplication().completedSteps).not.toContain('billing')
    const first = await upgrade('ba-petrov-new')
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ status: 'ACTIVE', paid: true, grantBalance: INITIAL_GRANT_RUB })
    const again = await upgrade('ba-petrov-new', 'upgrade-2')
    expect(again.body).toEqual(first.body)
    expect(ivansApplication().completedSteps).toContain('billing')
    expect(ivansApplication().timeline.filter((entry) => entry.status === 'billing')).toHaveLength(1)
  })

  it('counts step 5 done for a paid account chosen at step 3, and not for one on its trial until upgraded', async () => {
    await applyScenario('billing-skipped')
    const anna = () => db.applications.find((row) => row.organizationId === 'org-romashka')
    expect(anna()?.completedSteps).toContain('billing')

    await applyScenario('billing-trial')
    expect(anna()?.completedSteps).not.toContain('billing')
    const upgraded = await upgrade('ba-romashka-main')
    expect(upgraded.body).toMatchObject({ status: 'ACTIVE', grantBalance: INITIAL_GRANT_RUB })
    expect(anna()?.completedSteps).toContain('billing')
  })

  it('attaches only a qualifying account of the organization', async () => {
    await applyScenario('billing-by-tin')
    const path = `/applications/${ivansApplication().id}/billing-account`
    const foreign = await api(path, { method: 'PUT', json: { billingAccountId: 'ba-romashka-main' } })
    expect(foreign.status).toBe(422)
    expect(foreign.body.fieldErrors).toEqual([
      { path: ['billingAccountId'], message: errorCode('billingAccount.unknown') },
    ])
  })
})
