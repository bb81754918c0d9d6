/**
 * Every scenario of the demo panel reaches its branch of the flow, as the app would see it through
 * the mock handlers: who is recent on the device, who is signed in with which organization, what the
 * registry says about a TIN already typed, which billing accounts qualify, which steps the server
 * counts done and the application's status. The table is typed by the scenario list, so a new
 * scenario without its check fails the type-check.
 */
import { api } from '@test/api'
import { describe, expect, it } from 'vitest'
import { billingAccountEligibility } from '@/domain/billing-account-eligibility'
import { applyScenario, type ScenarioName, scenarios } from './scenarios'

// biome-ignore lint/suspicious/noExplicitAny: the checks read the answers field by field
type Body = any

async function get(path: string): Promise<Body> {
  const { status, body } = await api(path)
  expect(status, path).toBe(200)
  return body
}

const recent = async () => (await get('/accounts/recent')).accounts.map((account: Body) => account.id)
const session = async () => {
  const { status, body } = await api('/session')
  return status === 200 ? body.session : null
}
const application = async (organizationId: string) =>
  (await get(`/organizations/${organizationId}/application`)).application
const accounts = async (organizationId: string) =>
  (await get(`/organizations/${organizationId}/billing-accounts`)).billingAccounts as Body[]
const lookup = async (tin: string) =>
  (await api('/registry/companies/lookup', { method: 'POST', json: { tin } })).body.suggestions as Body[]

async function signedIn(userId: string, organizationId: string) {
  const current = await session()
  expect(current?.user.id).toBe(userId)
  expect(current?.organizationId).toBe(organizationId)
}

/** Step 3 with a TIN typed: the registry's answer for the application's draft TIN. */
async function draftTinAnswer(): Promise<Body[]> {
  await signedIn('u-ivan', 'org-petrov')
  const app = await application('org-petrov')
  expect(app.status).toBe('draft')
  return lookup(app.draft.tin)
}

async function atStep(organizationId: string, status: string, done: string[]) {
  const app = await application(organizationId)
  expect(app.status).toBe(status)
  expect(app.completedSteps).toEqual(done)
  return app
}

const STEPS_1_3 = ['welcome', 'sign-in', 'application']
const STEPS_1_4 = [...STEPS_1_3, 'partnership']
const STEPS_1_5 = [...STEPS_1_4, 'billing']

const BRANCH: Record<ScenarioName, () => Promise<void>> = {
  demo: async () => {
    expect(await recent()).toEqual(['u-anna', 'u-olga', 'u-ivan'])
    expect(await session()).toBeNull()
    expect((await get('/program-settings')).referralProgramOpen).toBe(false)
  },
  'new-user': async () => {
    expect(await recent()).toEqual([])
    expect(await session()).toBeNull()
  },
  'qualifying-account': async () => {
    expect(await recent()).toEqual(['u-anna'])
  },
  'trial-account': async () => {
    expect(await recent()).toEqual(['u-anna'])
    expect(await session()).toBeNull()
    // Signed in as Anna with Ромашка Софт, step 3 offers the account, which is on its trial.
    expect((await api('/session/account', { json: { userId: 'u-anna' } })).status).toBe(200)
    const chosen = await api('/session/organization', {
      method: 'PUT',
      json: { organizationId: 'org-romashka' },
    })
    expect(chosen.status).toBe(200)
    const main = (await accounts('org-romashka')).find((a) => a.id === 'ba-romashka-main')
    expect(billingAccountEligibility(main).eligible).toBe(true)
    expect(main.status).toBe('TRIAL_ACTIVE')
    expect(main.paid).toBe(false)
  },
  'no-qualifying-account': async () => {
    expect(await recent()).toEqual(['u-olga'])
  },
  'no-billing-account': async () => {
    expect(await recent()).toEqual(['u-ivan'])
  },
  'referral-open': async () => {
    expect((await get('/program-settings')).referralProgramOpen).toBe(true)
  },
  'sso-user': async () => {
    expect(await recent()).toEqual([])
    const start = await api('/session/sso/start', {
      method: 'POST',
      json: { federationIdOrEmail: 's.volkov@nordwind.ru' },
    })
    expect(start.status).toBe(200)
    expect(start.body.loginUrl).toContain('bpfnordwind2026')
  },
  'application-by-account': async () => {
    await signedIn('u-anna', 'org-romashka')
    const list = await accounts('org-romashka')
    expect(list.filter((account) => billingAccountEligibility(account).eligible).map((a) => a.id)).toEqual([
      'ba-romashka-main',
    ])
  },
  'application-no-qualifying': async () => {
    await signedIn('u-olga', 'org-severnye')
    const list = await accounts('org-severnye')
    expect(list.length).toBe(3)
    // None qualifies, and together they miss each requirement.
    const missing = list.map((account) => billingAccountEligibility(account).missing)
    expect(missing.every((reasons) => reasons.length > 0)).toBe(true)
    expect(new Set(missing.flat())).toEqual(new Set(['business-type', 'russian-resident', 'invoice-payment']))
  },
  'application-by-tin': async () => {
    await signedIn('u-ivan', 'org-petrov')
    expect(await accounts('org-petrov')).toEqual([])
  },
  'tin-entrepreneur': async () => {
    const [card] = await draftTinAnswer()
    expect(card.tin).toHaveLength(12)
    expect(card.kpp).toBeNull()
    expect(card.ogrn).toHaveLength(15)
  },
  'tin-liquidated': async () => {
    expect((await draftTinAnswer()).map((card) => card.status)).toEqual(['LIQUIDATED'])
  },
  'tin-bankrupt': async () => {
    expect((await draftTinAnswer()).map((card) => card.status)).toEqual(['BANKRUPT'])
  },
  'tin-branch': async () => {
    expect((await draftTinAnswer()).map((card) => card.branchType)).toEqual(['head', 'branch', 'branch'])
  },
  'application-sent': async () => {
    await signedIn('u-anna', 'org-romashka')
    await atStep('org-romashka', 'submitted', STEPS_1_3)
  },
  'application-sent-referral-open': async () => {
    await atStep('org-romashka', 'submitted', STEPS_1_3)
    expect((await get('/program-settings')).referralProgramOpen).toBe(true)
  },
  'application-sent-by-tin': async () => {
    await signedIn('u-ivan', 'org-petrov')
    const app = await atStep('org-petrov', 'submitted', STEPS_1_3)
    expect(app.company.source).toBe('tin')
    expect(app.company.company.tin).toHaveLength(12)
  },
  'questionnaire-open': async () => {
    const app = await atStep('org-romashka', 'submitted', STEPS_1_3)
    expect(app.video.watched).toBe(true)
    expect(app.partnership).toEqual({ types: ['direct'], taxation: 'osno' })
    expect(app.questionnaire).toBeNull()
  },
  'billing-skipped': async () => {
    await signedIn('u-anna', 'org-romashka')
    const app = await application('org-romashka')
    expect(app.completedSteps).toEqual(STEPS_1_5)
  },
  'billing-trial': async () => {
    const app = await atStep('org-romashka', 'submitted', STEPS_1_4)
    const account = (await accounts('org-romashka')).find((a) => a.id === app.billingAccountId)
    expect(billingAccountEligibility(account).eligible).toBe(true)
    expect(account.status).toBe('TRIAL_ACTIVE')
  },
  'billing-by-tin': async () => {
    await signedIn('u-ivan', 'org-petrov')
    const app = await atStep('org-petrov', 'submitted', STEPS_1_4)
    expect(app.billingAccountId).toBeNull()
  },
  'billing-by-tin-bank-kept': async () => {
    const app = await atStep('org-petrov', 'submitted', STEPS_1_4)
    expect(app.bankDetails).not.toBeNull()
  },
  'billing-created': async () => {
    await atStep('org-petrov', 'submitted', STEPS_1_4)
    expect((await accounts('org-petrov')).map((a) => a.status)).toEqual(['PAYMENT_NOT_CONFIRMED'])
  },
  'billing-verified': async () => {
    await atStep('org-petrov', 'submitted', STEPS_1_4)
    expect((await accounts('org-petrov')).map((a) => [a.status, a.verified])).toEqual([
      ['TRIAL_ACTIVE', true],
    ])
  },
  'in-review': async () => {
    const app = await atStep('org-romashka', 'in_review', STEPS_1_5)
    expect(app.decisionDueAt).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(app.decisionOverdue).toBe(false)
  },
  'information-needed': async () => {
    const app = await application('org-romashka')
    expect(app.status).toBe('information_needed')
    expect(app.informationRequests.at(-1).fields).toEqual(['contacts.phone', 'questionnaire.website'])
  },
  rejected: async () => {
    const app = await application('org-romashka')
    expect(app.status).toBe('rejected')
    expect(app.decision.reasons).toEqual(['expertise', 'other'])
  },
  'approved-partner': async () => {
    const profile = (await get('/organizations/org-romashka/partner')).partner
    expect(profile.programs).toEqual(['direct'])
  },
}

describe('each scenario reaches its branch', () => {
  it('has a check for every scenario and a start page for every signed-in one', () => {
    expect(Object.keys(BRANCH).toSorted()).toEqual(Object.keys(scenarios).toSorted())
  })

  for (const name of Object.keys(scenarios) as ScenarioName[]) {
    it(name, async () => {
      await applyScenario(name)
      await BRANCH[name]()
    })
  }
})
