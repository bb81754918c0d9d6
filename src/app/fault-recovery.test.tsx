/**
 * Issue 10: each injected fault (a server error, a timeout, no connection) on each mutation a page
 * drives shows its recovery and loses nothing. One row per page action; each row opens its page in
 * the state where the action is possible, types or chooses what it needs, then for each fault kind:
 * the fault is injected for the next request to the endpoint, the user acts, and the page shows what
 * happened and what to do (by role), keeps focus where the user was, keeps the button usable and
 * every value typed, and nothing is stored. Then the fault is used up: acting again succeeds, the
 * page moves on, and the endpoint got exactly one request that the handler ran (one change; the same
 * Idempotency-Key on every attempt where the endpoint takes one).
 *
 * The mutations come from the contract's endpoint table: a mutation with neither a row nor a reason
 * in NOT_DRIVEN fails the suite, so a new one cannot slip past. The 30 s timeout is not waited for:
 * `reachTimeLimitNow` (src/api/client.ts) makes the waiting request reach its time limit at once,
 * through the same code as the timer.
 */

import { db } from '@mocks/db'
import { setVerificationDelay, verificationDelay } from '@mocks/handlers/billing'
import { type FaultKind, injectedFaults, injectFault } from '@mocks/http'
import { server } from '@mocks/node'
import { applyScenario, type ScenarioName } from '@mocks/scenarios'
import { QUESTIONNAIRE_ANSWERS, theApplication } from '@test/api'
import { renderApp } from '@test/render-app'
import { screen, waitFor, within } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { reachTimeLimitNow } from '@/api/client'
import { type EndpointName, endpoints } from '@/api/contract'
import { openStep4 } from '@/features/partnership/test-helpers'
import { type Language, type MessageId, setupI18n } from '@/lib/i18n'
import { settlementPrefix, withControlDigit } from '@/lib/identifiers'
import enBilling from '@/locales/en/billing.json'
import enCommon from '@/locales/en/common.json'
import enForms from '@/locales/en/forms.json'
import enSignIn from '@/locales/en/signIn.json'
import ruBilling from '@/locales/ru/billing.json'
import ruCommon from '@/locales/ru/common.json'
import ruForms from '@/locales/ru/forms.json'
import ruSignIn from '@/locales/ru/signIn.json'

type App = Awaited<ReturnType<typeof renderApp>>

const KINDS: readonly FaultKind[] = ['status', 'timeout', 'offline']
/** What the page says for each fault, by the client's error kind (forms.api.*). */
const SAYS: Record<FaultKind, MessageId> = {
  status: 'forms.api.unavailable',
  timeout: 'forms.api.timeout',
  offline: 'forms.api.network',
}
const CATALOGS = {
  en: { ...enForms, ...enCommon, ...enBilling, ...enSignIn },
  ru: { ...ruForms, ...ruCommon, ...ruBilling, ...ruSignIn },
} as Record<Language, Record<string, string>>
const words = (id: string, language: Language = 'en') => {
  const text = CATALOGS[language][id]
  if (!text) throw new Error(`${id} is missing in ${language}`)
  return text
}

/**
 * Mutations no page drives, each with why. Every other non-GET endpoint of the contract needs a row.
 */
const NOT_DRIVEN: Partial<Record<EndpointName, string>> = {
  // No page calls it: the server attaches the account step 5 creates (createBillingAccount), and an
  // existing account is chosen at step 3 as part of the application (saveApplicationDraft/submitApplication).
  attachBillingAccount: 'no page calls it',
  // A read sent as POST (the TIN stays out of addresses and logs): it stores nothing. Its failure,
  // the TIN kept and Try again are tested in src/features/company-lookup/company-lookup.test.tsx.
  companyLookup: 'a lookup, stores nothing',
  // Sent in the background as the video plays (no button of its own); a failed save keeps the
  // progress in the browser and resumes from it (src/features/partnership/video-gate.test.tsx).
  saveVideoProgress: 'background save while the video plays',
}

// -------------------------------------------------------------------------------------------------
// What the user does

async function fill(app: App, label: string | RegExp, text: string) {
  const input = screen.getByLabelText(label)
  await app.user.clear(input)
  await app.user.click(input)
  await app.user.paste(text)
}
const press = (app: App, name: string | RegExp) => app.user.click(screen.getByRole('button', { name }))
const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name })
const path = (app: App) => app.router.state.location.pathname

/** The error notice with this title (Notice: role alert, its title a heading inside). */
function alertTitled(title: string): HTMLElement {
  const found = screen
    .queryAllByRole('alert')
    .find((alert) => within(alert).queryByRole('heading', { name: title }) !== null)
  if (!found) throw new Error(`no alert titled “${title}”`)
  return found
}
/** The alert that says this. */
function alertSaying(text: string): HTMLElement {
  const found = screen.queryAllByRole('alert').find((alert) => alert.textContent === text)
  if (!found) throw new Error(`no alert says “${text}”`)
  return found
}
/** The autosave status line (role status) once it says the draft was not saved. */
function autosaveFailed(): HTMLElement {
  const found = screen
    .queryAllByRole('status')
    .find((status) => status.textContent === words('forms.autosave.error'))
  if (!found) throw new Error('the autosave does not say the draft was not saved')
  return found
}

// -------------------------------------------------------------------------------------------------
// Requests to the endpoint under test, as the mock server saw them

const requests: { name: EndpointName; key: string | null }[] = []
const endpointOf = (request: Request): EndpointName | undefined => {
  const pathname = new URL(request.url).pathname.replace(/^.*\/api/, '')
  return (Object.keys(endpoints) as EndpointName[]).find((name) => {
    const def = endpoints[name]
    const pattern = new RegExp(`^${def.path.replace(/\{\w+\}/g, '[^/]+')}$`)
    return def.method.toUpperCase() === request.method && pattern.test(pathname)
  })
}
const onRequest = ({ request }: { request: Request }) => {
  const name = endpointOf(request)
  if (name) requests.push({ name, key: request.headers.get('Idempotency-Key') })
}
const sentTo = (name: EndpointName) => requests.filter((request) => request.name === name)

/** Whether the client's `METHOD path` (unprefixed) is a request to this endpoint. */
const isRequestTo = (name: EndpointName) => {
  const def = endpoints[name]
  const pattern = new RegExp(`^${def.method.toUpperCase()} ${def.path.replace(/\{\w+\}/g, '[^/]+')}$`)
  return (request: string) => pattern.test(request)
}

// -------------------------------------------------------------------------------------------------
// The rows: one per page action

type Row = {
  endpoint: EndpointName
  /** The page and its action. */
  title: string
  language?: Language
  /** Opens the page where the action is possible, with what it needs typed or chosen. */
  open: () => Promise<App>
  /** The user's action (the page's main button, or typing for a draft). */
  act: (app: App) => Promise<void>
  /** The failure the page shows (found by role; throws while it is not there). */
  failure: () => HTMLElement
  /** Whether the failure says which fault it was (forms.api.*); else it words them all at once. */
  saysKind?: boolean
  /** The control that acts again after a failure (Try again, Save now or the main button). */
  again: (failure: HTMLElement) => HTMLElement
  /** Everything typed or chosen is still there. */
  kept: () => void
  /** What the action stores: unchanged after each failure. */
  stored: () => unknown
  /** After the fault is used up: the page moves on (or says it saved), with one change stored. */
  succeeded: (app: App) => Promise<void>
}

const tryAgain = (failure: HTMLElement) => within(failure).getByRole('button', { name: 'Try again' })
const mainButton = (name: string) => () => screen.getByRole('button', { name })
const saveNow = () => screen.getByRole('button', { name: words('forms.autosave.retry') })
const sessions = () => db.sessions.all().map(({ userId, organizationId }) => ({ userId, organizationId }))
const SBER = '044525225'
const accountFor = (bik: string) => withControlDigit(settlementPrefix(bik), '40702810000000012345')

/**
 * Step 4 with the video watched, the given partnership types ticked (a referral among them), the
 * bank details typed (the bank found by its BIK) and the "income" simplified taxation chosen.
 */
async function referralPartner({ scenario, types }: { scenario: ScenarioName; types: RegExp[] }) {
  const app = await openStep4({ scenario, watched: true })
  await heading('Partnership type')
  for (const type of types) await app.user.click(screen.getByRole('checkbox', { name: type }))
  await fill(app, 'BIK', SBER)
  await screen.findByText('ПАО Сбербанк')
  await fill(app, 'Settlement account', accountFor(SBER))
  await app.user.click(screen.getByRole('radio', { name: /“income” \(USN\)/ }))
  return app
}
const petrovAccounts = () => db.billingAccounts.filter((account) => account.organizationId === 'org-petrov')
const anna = { userId: 'u-anna', organizationId: 'org-romashka' }

/** The upgrade to paid, in either language (one button: the cheapest row to run in Russian too). */
function upgradeRow(language: Language): Row {
  const upgrade = words('billing.upgrade.confirm', language)
  return {
    endpoint: 'upgradeBillingAccount',
    title: `billing account: the upgrade to paid (${language})`,
    language,
    open: async () => {
      const app = await renderApp({
        path: '/billing/upgrade',
        scenario: 'billing-verified',
        started: true,
        language,
      })
      await screen.findByRole('button', { name: upgrade })
      return app
    },
    act: (app) => press(app, upgrade),
    failure: () => alertTitled(words('billing.upgrade.failed', language)),
    again: (failure) => within(failure).getByRole('button', { name: words('common.status.retry', language) }),
    kept: () => expect(screen.getByRole('button', { name: upgrade })).toBeInTheDocument(),
    stored: () => petrovAccounts().map((account) => [account.paid, account.status]),
    succeeded: async () => {
      await screen.findByRole('heading', { name: words('billing.upgrade.doneTitle', language) })
      expect(petrovAccounts().filter((account) => account.paid)).toHaveLength(1)
    },
  }
}

const ROWS: Row[] = [
  {
    endpoint: 'signInWithAccount',
    title: 'sign-in: a recently used account',
    open: async () => {
      const app = await renderApp({ path: '/sign-in', started: true })
      await screen.findByRole('button', { name: /Иван Петров/ })
      return app
    },
    act: (app) => press(app, /Иван Петров/),
    failure: () => alertTitled(words('signIn.account.signInError')),
    again: tryAgain,
    kept: () => expect(screen.getByRole('button', { name: /Иван Петров/ })).toBeInTheDocument(),
    stored: sessions,
    succeeded: async (app) => {
      await waitFor(() => expect(path(app)).toBe('/sign-in/organization'))
      expect(sessions()).toEqual([{ userId: 'u-ivan', organizationId: null }])
    },
  },
  {
    endpoint: 'signInWithPassword',
    title: 'sign-in: another account, login and password',
    open: async () => {
      const app = await renderApp({ path: '/sign-in/password', scenario: 'new-user', started: true })
      await heading('Sign in with another account')
      await fill(app, 'Login or email', 'ivan.petrov')
      await fill(app, 'Password', 'Petrov-2026')
      return app
    },
    act: (app) => press(app, 'Sign in'),
    failure: () => alertTitled('Could not sign in'),
    again: mainButton('Sign in'),
    kept: () => {
      expect(screen.getByLabelText('Login or email')).toHaveValue('ivan.petrov')
      expect(screen.getByLabelText('Password')).toHaveValue('Petrov-2026')
    },
    stored: sessions,
    succeeded: async (app) => {
      await waitFor(() => expect(path(app)).toBe('/sign-in/organization'))
      expect(sessions()).toEqual([{ userId: 'u-ivan', organizationId: null }])
    },
  },
  {
    endpoint: 'registerYandexId',
    title: 'sign-in: a new Yandex ID',
    open: async () => {
      const app = await renderApp({ path: '/sign-in/yandex-id', scenario: 'new-user', started: true })
      await heading('Create a Yandex ID')
      await fill(app, 'Your name', 'Мария Новикова')
      await fill(app, 'Login', 'maria.novikova')
      await fill(app, 'Email', 'maria@example.ru')
      await fill(app, 'Password', 'Novikova-2026')
      return app
    },
    act: (app) => press(app, 'Create a Yandex ID'),
    failure: () => alertTitled('The Yandex ID could not be created'),
    again: tryAgain,
    kept: () => {
      expect(screen.getByLabelText('Your name')).toHaveValue('Мария Новикова')
      expect(screen.getByLabelText('Login')).toHaveValue('maria.novikova')
      expect(screen.getByLabelText('Email')).toHaveValue('maria@example.ru')
      expect(screen.getByLabelText('Password')).toHaveValue('Novikova-2026')
    },
    stored: () => [db.users.all().length, db.organizations.all().length, sessions()],
    succeeded: async (app) => {
      await waitFor(() => expect(path(app)).toBe('/application'))
      expect(db.users.filter((user) => user.login === 'maria.novikova')).toHaveLength(1)
      expect(sessions()).toHaveLength(1)
    },
  },
  {
    endpoint: 'ssoStart',
    title: 'sign-in: SSO, finding the federation',
    open: async () => {
      const app = await renderApp({ path: '/sign-in/sso', started: true })
      await heading('Sign in with SSO')
      await fill(app, 'Federation ID or work email', 'bpfnordwind2026')
      return app
    },
    act: (app) => press(app, 'Continue'),
    failure: () => alertTitled('Could not start signing in with SSO'),
    again: tryAgain,
    kept: () => expect(screen.getByLabelText('Federation ID or work email')).toHaveValue('bpfnordwind2026'),
    stored: () => [sessions(), db.assertions.all()],
    succeeded: async (app) => {
      await waitFor(() => expect(path(app)).toBe('/idp/bpfnordwind2026'))
      expect(sessions()).toEqual([])
    },
  },
  {
    endpoint: 'ssoComplete',
    title: 'sign-in: SSO, back from the identity provider',
    open: async () => {
      const app = await renderApp({ path: '/sign-in/sso', started: true })
      await heading('Sign in with SSO')
      await fill(app, 'Federation ID or work email', 'bpfnordwind2026')
      await press(app, 'Continue')
      await screen.findByText('Identity provider (demo)')
      await fill(app, 'Login or email', 's.volkov')
      await fill(app, 'Password', 'Nordwind-2026')
      return app
    },
    act: (app) => press(app, 'Sign in'),
    failure: () => alertTitled('Sign-in could not be completed'),
    again: tryAgain,
    kept: () => expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument(),
    stored: sessions,
    succeeded: async (app) => {
      await waitFor(() => expect(path(app)).toBe('/application'))
      expect(sessions()).toEqual([{ userId: 'u-sergey', organizationId: 'org-nordwind' }])
      expect(db.assertions.all()).toEqual([])
    },
  },
  {
    endpoint: 'selectOrganization',
    title: 'sign-in: choosing the organization',
    open: async () => {
      const app = await renderApp({ path: '/sign-in/organization', signedInAs: { userId: 'u-anna' } })
      await app.user.click(await screen.findByRole('radio', { name: 'Ромашка Лаб' }))
      return app
    },
    act: (app) => press(app, 'Continue'),
    failure: () => alertTitled('The organization could not be selected'),
    again: mainButton('Continue'),
    kept: () => expect(screen.getByRole('radio', { name: 'Ромашка Лаб' })).toBeChecked(),
    stored: sessions,
    succeeded: async (app) => {
      await waitFor(() => expect(path(app)).toBe('/application'))
      expect(sessions()).toEqual([{ userId: 'u-anna', organizationId: 'org-romashka-lab' }])
    },
  },
  {
    endpoint: 'selectOrganization',
    title: 'application: switching the organization at the top of step 3',
    open: async () => {
      const app = await renderApp({ path: '/application', signedInAs: anna })
      await screen.findByRole('heading', { level: 2, name: 'Contact details' })
      return app
    },
    act: (app) =>
      app.user.selectOptions(screen.getByRole('combobox', { name: 'Organization' }), 'Ромашка Лаб'),
    failure: () => alertTitled('The organization was not switched'),
    again: tryAgain,
    // The organization in effect stays shown (the session still has it); Try again asks for the chosen one.
    kept: () => expect(screen.getByRole('combobox', { name: 'Organization' })).toHaveValue('org-romashka'),
    stored: sessions,
    succeeded: async () => {
      await waitFor(() =>
        expect(screen.getByRole('combobox', { name: 'Organization' })).toHaveValue('org-romashka-lab'),
      )
      expect(sessions()).toEqual([{ userId: 'u-anna', organizationId: 'org-romashka-lab' }])
    },
  },
  {
    endpoint: 'saveApplicationDraft',
    title: 'application: the autosaved draft',
    open: async () => {
      const app = await renderApp({ path: '/application', signedInAs: anna })
      await screen.findByRole('heading', { level: 2, name: 'Contact details' })
      return app
    },
    act: (app) => fill(app, 'Position', 'Технический директор'),
    failure: autosaveFailed,
    saysKind: false,
    again: saveNow,
    kept: () => {
      expect(screen.getByLabelText('Position')).toHaveValue('Технический директор')
      // The copy in this browser, until the server has it.
      expect(JSON.stringify({ ...window.localStorage })).toContain('Технический директор')
    },
    stored: () => db.applications.all(),
    succeeded: async () => {
      await screen.findByText(/^Draft saved at/)
      expect(db.applications.all()).toHaveLength(1)
      expect(theApplication().draft.contacts.position).toBe('Технический директор')
    },
  },
  {
    endpoint: 'submitApplication',
    title: 'application: Send request',
    open: async () => {
      const app = await renderApp({ path: '/application', signedInAs: anna })
      await screen.findByRole('heading', { level: 2, name: 'Contact details' })
      await fill(app, 'Position', 'Технический директор')
      await fill(app, 'Phone', '8 (912) 345-67-89')
      await press(app, 'Choose this account Ромашка Софт — основной')
      await app.user.click(
        within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes, choose this account' }),
      )
      return app
    },
    act: (app) => press(app, 'Send request'),
    failure: () => alertTitled('Your request was not sent. Everything you entered is kept.'),
    again: tryAgain,
    kept: () => {
      expect(screen.getByLabelText('Position')).toHaveValue('Технический директор')
      expect(screen.getByLabelText('Phone')).toHaveValue('8 (912) 345-67-89')
    },
    stored: () => db.applications.filter((application) => application.status !== 'draft'),
    succeeded: async (app) => {
      await waitFor(() => expect(path(app)).toBe('/partnership'))
      expect(db.applications.all()).toHaveLength(1)
      expect(theApplication().status).not.toBe('draft')
    },
  },
  {
    endpoint: 'savePartnershipDraft',
    title: 'partnership type: the autosaved choice',
    open: async () => {
      const app = await openStep4({ watched: true })
      await heading('Partnership type')
      return app
    },
    act: (app) => app.user.click(screen.getByRole('checkbox', { name: /Direct partner/ })),
    failure: autosaveFailed,
    saysKind: false,
    again: saveNow,
    kept: () => expect(screen.getByRole('checkbox', { name: /Direct partner/ })).toBeChecked(),
    stored: () => theApplication().partnershipDraft,
    succeeded: async () => {
      await screen.findByText(/^Draft saved at/)
      expect(theApplication().partnershipDraft.types).toEqual(['direct'])
    },
  },
  {
    endpoint: 'setPartnership',
    title: 'partnership type: Continue',
    open: async () => {
      const app = await openStep4({ watched: true })
      await heading('Partnership type')
      await app.user.click(screen.getByRole('checkbox', { name: /Direct partner/ }))
      await app.user.click(screen.getByRole('radio', { name: /General taxation system/ }))
      return app
    },
    act: (app) => press(app, 'Continue'),
    failure: () => alertTitled('Your choice could not be saved'),
    again: tryAgain,
    kept: () => {
      expect(screen.getByRole('checkbox', { name: /Direct partner/ })).toBeChecked()
      expect(screen.getByRole('radio', { name: /General taxation system/ })).toBeChecked()
    },
    stored: () => theApplication().partnership,
    succeeded: async (app) => {
      await waitFor(() => expect(path(app)).toBe('/partnership/questionnaire'))
      expect(theApplication().partnership).toEqual({ types: ['direct'], taxation: 'osno' })
    },
  },
  {
    endpoint: 'setBankDetails',
    title: 'partnership type: referral bank details, to the billing account',
    open: () =>
      referralPartner({
        scenario: 'application-sent-referral-open',
        types: [/Direct partner/, /Referral partner/],
      }),
    act: (app) => press(app, 'Continue'),
    failure: () => alertTitled('Your choice could not be saved'),
    again: mainButton('Continue'),
    kept: () => {
      expect(screen.getByLabelText('BIK')).toHaveValue(SBER)
      expect(screen.getByLabelText('Settlement account')).toHaveValue(accountFor(SBER))
      expect(screen.getByRole('checkbox', { name: /Referral partner/ })).toBeChecked()
    },
    stored: () => [
      db.billingAccounts.all().map((account) => account.bankDetails),
      theApplication().partnership,
    ],
    succeeded: async (app) => {
      await waitFor(() => expect(path(app)).toBe('/partnership/questionnaire'))
      const account = db.billingAccounts.get(theApplication().billingAccountId ?? '')
      expect(account?.bankDetails).toMatchObject({ bik: SBER, settlementAccount: accountFor(SBER) })
    },
  },
  {
    endpoint: 'setApplicationBankDetails',
    title: 'partnership type: referral bank details, kept with the application',
    open: () => referralPartner({ scenario: 'application-sent-by-tin', types: [/Referral partner/] }),
    act: (app) => press(app, 'Continue'),
    failure: () => alertTitled('Your choice could not be saved'),
    again: tryAgain,
    kept: () => {
      expect(screen.getByLabelText('BIK')).toHaveValue(SBER)
      expect(screen.getByLabelText('Settlement account')).toHaveValue(accountFor(SBER))
    },
    stored: () => [theApplication().bankDetails ?? null, theApplication().partnership],
    succeeded: async (app) => {
      await waitFor(() => expect(path(app)).toBe('/partnership/questionnaire'))
      expect(theApplication().bankDetails).toMatchObject({ bik: SBER, settlementAccount: accountFor(SBER) })
    },
  },
  {
    endpoint: 'submitQuestionnaire',
    title: 'questionnaire: Send',
    open: async () => {
      await applyScenario('questionnaire-open')
      await db.applications.update(theApplication().id, (application) => {
        application.partnershipDraft.questionnaire = { ...QUESTIONNAIRE_ANSWERS, certifiedEngineers: '3' }
      })
      const app = await renderApp({ path: '/partnership/questionnaire', started: true })
      await screen.findByRole('button', { name: 'Send' })
      return app
    },
    act: (app) => press(app, 'Send'),
    failure: () => alertTitled('The questionnaire could not be sent'),
    again: mainButton('Send'),
    kept: () => {
      expect(screen.getByRole('combobox', { name: 'Company size' })).toHaveValue('11-50')
      expect(screen.getByRole('checkbox', { name: /DevOps/ })).toBeChecked()
    },
    stored: () => theApplication().questionnaire,
    succeeded: async (app) => {
      await waitFor(() => expect(path(app)).not.toBe('/partnership/questionnaire'))
      expect(theApplication().questionnaire).toMatchObject({ companySize: '11-50', certifiedEngineers: 3 })
    },
  },
  {
    endpoint: 'saveBillingAccountDraft',
    title: 'billing account: Next (the creation draft)',
    open: async () => {
      await applyScenario('billing-by-tin-bank-kept')
      await db.applications.update(theApplication().id, (application) => {
        application.billingAccountDraft = {
          general: { name: 'Петров ИТ — партнерский' },
          company: {},
          contacts: {},
          pagesDone: [],
        }
      })
      const app = await renderApp({ path: '/billing/new/general', started: true })
      await heading('General information')
      return app
    },
    act: (app) => press(app, 'Next'),
    failure: () => alertTitled('This page could not be saved'),
    again: tryAgain,
    kept: () => expect(screen.getByLabelText('Account name')).toHaveValue('Петров ИТ — партнерский'),
    stored: () => theApplication().billingAccountDraft,
    succeeded: async () => {
      await heading('Company information')
      expect(theApplication().billingAccountDraft?.pagesDone).toEqual(['general'])
    },
  },
  {
    endpoint: 'createBillingAccount',
    title: 'billing account: Create',
    open: async () => {
      await applyScenario('billing-by-tin-bank-kept')
      const app = await renderApp({ path: '/billing/new/general', started: true })
      await heading('General information')
      await fill(app, 'Account name', 'Петров ИТ — партнерский')
      await press(app, 'Next')
      await heading('Company information')
      await press(app, 'Next')
      await heading('Contacts')
      await fill(app, 'Contact person', 'Мария Петрова')
      return app
    },
    act: (app) => press(app, 'Create'),
    failure: () => alertTitled('The billing account was not created'),
    again: tryAgain,
    kept: () => expect(screen.getByLabelText('Contact person')).toHaveValue('Мария Петрова'),
    stored: petrovAccounts,
    succeeded: async (app) => {
      await waitFor(() => expect(path(app)).toBe('/billing'))
      expect(petrovAccounts()).toHaveLength(1)
      expect(petrovAccounts()[0]).toMatchObject({ name: 'Петров ИТ — партнерский' })
    },
  },
  {
    endpoint: 'verifyBillingAccount',
    title: 'billing account: Send for verification',
    open: async () => {
      const app = await renderApp({
        path: '/billing/verification',
        scenario: 'billing-created',
        started: true,
      })
      await heading('Verify the billing account')
      await app.user.upload(
        screen.getByLabelText('Document'),
        new File(['%PDF-1.7\nsigned statement'], 'statement.pdf', { type: 'application/pdf' }),
      )
      await app.user.click(screen.getByLabelText(/I confirm that the company’s details above are correct/))
      return app
    },
    act: (app) => press(app, 'Send for verification'),
    failure: () => alertTitled('The verification form was not sent'),
    again: mainButton('Send for verification'),
    kept: () => {
      expect(screen.getByText(/Chosen: statement\.pdf/)).toBeInTheDocument()
      expect(screen.getByLabelText(/I confirm that the company’s details above are correct/)).toBeChecked()
    },
    stored: () => db.billingAccounts.get('ba-petrov-new')?.status,
    succeeded: async (app) => {
      await waitFor(() => expect(path(app)).toBe('/billing'))
      expect(db.billingAccounts.get('ba-petrov-new')?.status).toBe('PENDING')
    },
  },
  upgradeRow('en'),
  {
    endpoint: 'resubmitApplication',
    title: 'information needed: Send again',
    open: async () => {
      const app = await renderApp({
        scenario: 'information-needed',
        path: '/confirmation/fix',
        signedInAs: anna,
      })
      await screen.findByRole('textbox', { name: 'Phone' })
      await fill(app, 'Phone', '+7 495 123-45-67')
      await fill(app, 'Company website', 'https://romashka.example')
      return app
    },
    act: (app) => press(app, 'Send again'),
    failure: () => alertTitled('The application could not be sent again'),
    again: tryAgain,
    kept: () => {
      expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveValue('+7 495 123-45-67')
      expect(screen.getByRole('textbox', { name: 'Company website' })).toHaveValue('https://romashka.example')
    },
    stored: () => [theApplication().status, theApplication().contacts],
    succeeded: async (app) => {
      await waitFor(() => expect(path(app)).toBe('/confirmation'))
      expect(theApplication().status).toBe('in_review')
      expect(theApplication().contacts?.phone).toBe('+74951234567')
    },
  },
  {
    endpoint: 'signOut',
    title: 'the header: Sign out',
    open: async () => {
      const app = await renderApp({ path: '/sign-in/organization', signedInAs: { userId: 'u-anna' } })
      await screen.findByRole('radio', { name: 'Ромашка Софт' })
      return app
    },
    act: (app) => press(app, 'Sign out'),
    failure: () => alertSaying(words('common.account.signOutFailed')),
    saysKind: false,
    again: mainButton('Sign out'),
    kept: () => expect(screen.getByText('Signed in as Анна Смирнова')).toBeInTheDocument(),
    stored: sessions,
    succeeded: async (app) => {
      await waitFor(() => expect(path(app)).toBe('/'))
      expect(sessions()).toEqual([])
    },
  },
]

// -------------------------------------------------------------------------------------------------

const verificationWait = verificationDelay()
beforeAll(() => {
  Element.prototype.scrollIntoView ??= () => {}
})
beforeEach(() => {
  requests.length = 0
  server.events.on('request:start', onRequest)
  // The mock would finish a sent verification on its own; the row checks what was sent.
  setVerificationDelay(60_000)
})
afterEach(() => {
  server.events.removeListener('request:start', onRequest)
  setVerificationDelay(verificationWait)
})
afterAll(() => setupI18n('en'))

/** Opens the row's page, then each fault, its recovery, and the success once the fault is used up. */
async function sweep(row: Row) {
  const app = await row.open()
  const before = JSON.stringify(row.stored())
  const requestsBefore = sentTo(row.endpoint).length
  let failure: HTMLElement | null = null
  for (const [attempt, kind] of KINDS.entries()) {
    injectFault(row.endpoint, { kind, status: 503 })
    const at = path(app)
    if (failure === null) await row.act(app)
    else await app.user.click(row.again(failure))
    const acted = document.activeElement
    await waitFor(() => expect(sentTo(row.endpoint).length).toBe(requestsBefore + attempt + 1))
    if (kind === 'timeout') await waitFor(() => expect(reachTimeLimitNow(isRequestTo(row.endpoint))).toBe(1))
    // What happened and what to do, in words.
    await waitFor(() => {
      const shown = row.failure()
      if (row.saysKind !== false) expect(shown).toHaveTextContent(words(SAYS[kind], row.language))
      expect(row.again(shown)).not.toHaveAttribute('aria-disabled')
    })
    failure = row.failure()
    const again = row.again(failure)
    expect(again, `${kind}: the way to try again is usable`).toBeEnabled()
    // Focus stays where the user acted (or on the way to act again): never dropped to the page.
    expect(document.activeElement, `${kind}: focus kept`).not.toBe(document.body)
    // (After a navigation, the new page's heading has it: the page pattern.)
    const heading = path(app) === at ? null : screen.getByRole('heading', { level: 1 })
    if (acted !== document.body) expect([acted, again, heading]).toContain(document.activeElement)
    expect(injectedFaults(), `${kind}: the fault is used up`).toEqual([])
    expect(JSON.stringify(row.stored()), `${kind}: nothing stored`).toBe(before)
    row.kept()
  }
  await app.user.click(row.again(failure as HTMLElement))
  await row.succeeded(app)
  // One request got through to the handler: the three faults and the one that succeeded.
  const sent = sentTo(row.endpoint).slice(requestsBefore)
  expect(sent, 'no double send').toHaveLength(KINDS.length + 1)
  if ('idempotent' in endpoints[row.endpoint])
    expect(new Set(sent.map((request) => request.key)).size, 'one Idempotency-Key for the attempt').toBe(1)
}

describe('each fault on each mutation a page drives shows its recovery and loses nothing', () => {
  it('has a row, or a reason no page drives it, for every mutation of the contract', () => {
    const mutations = (Object.keys(endpoints) as EndpointName[]).filter(
      (name) => endpoints[name].method !== 'get',
    )
    const covered = new Set<EndpointName>([
      ...ROWS.map((row) => row.endpoint),
      ...(Object.keys(NOT_DRIVEN) as EndpointName[]),
    ])
    expect(mutations.filter((name) => !covered.has(name))).toEqual([])
    // A reason is for a mutation no row drives.
    expect(ROWS.filter((row) => row.endpoint in NOT_DRIVEN)).toEqual([])
  })

  it('words each fault in English and Russian', () => {
    for (const id of [
      ...Object.values(SAYS),
      'common.status.retry',
      'forms.autosave.error',
      'forms.autosave.retry',
    ])
      expect(words(id, 'ru')).not.toBe(words(id, 'en'))
  })

  for (const row of ROWS) it(`${row.endpoint}: ${row.title}`, () => sweep(row))

  // Every fault's words in Russian on a page, not only in the catalog.
  it('upgradeBillingAccount in Russian', () => sweep(upgradeRow('ru')))
})
