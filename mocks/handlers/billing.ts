/**
 * Step 5 on the server: billing accounts, the creation pages' draft, creating the account (and
 * attaching it to the application), its verification and the upgrade from trial to paid.
 *
 * Verification takes a while, as the platform's does: a sent form makes the account PENDING, and
 * the check completes `verificationDelay` later (evaluated whenever accounts are read, so it also
 * survives a reload of the demo). `completeBillingAccountVerification` (mock only) completes it at once.
 */
import { bankByBik } from '@mocks/banks'
import { mockNow } from '@mocks/clock'
import { db, newId, type Row } from '@mocks/db'
import {
  checkVersion,
  fail,
  memberOrganization,
  nowIso,
  ownApplication,
  ownBillingAccount,
  parseBody,
  route,
} from '@mocks/http'
import { completedStepsOf } from '@mocks/progress'
import {
  type BankDetails,
  type BillingAccount,
  BillingAccountDraftPatch,
  type CompanyCard,
  CreateBillingAccountRequest,
  endpoints,
  type FieldError,
  VerifyBillingAccountRequest,
} from '@/api/contract'
import { errorCode } from '@/api/messages'
import { billingAccountEligibility } from '@/domain/billing-account-eligibility'
import { pageErrors, pagesDoneOf, requirementErrors } from '@/domain/billing-account-pages'
import { normalizeIdentifier } from '@/lib/identifiers'
import { changeApplication } from './applications'
import { applyKeptBankDetails } from './partnership'

/** The grant a business gets once, on its organization's first billing account (roubles). */
export const INITIAL_GRANT_RUB = 4000

let verificationDelayMs = 20_000
/** How long the mock's verification check takes after the form is sent (tests set it). */
export function setVerificationDelay(ms: number): void {
  verificationDelayMs = Math.max(0, ms)
}
export function verificationDelay(): number {
  return verificationDelayMs
}

/** Accounts whose check is due are verified now: still on the trial until upgraded. */
async function settleVerifications(): Promise<void> {
  const now = mockNow().getTime()
  const due = db.billingAccounts.filter(
    (account) =>
      account.status === 'PENDING' &&
      account.verificationSentAt !== null &&
      Date.parse(account.verificationSentAt) + verificationDelayMs <= now,
  )
  for (const account of due) await completeVerification(account.id)
}

async function completeVerification(id: string): Promise<Row<'billingAccounts'>> {
  const account = await db.billingAccounts.update(id, (draft) => {
    if (draft.verified) return
    draft.verified = true
    draft.status = draft.paid ? 'ACTIVE' : 'TRIAL_ACTIVE'
  })
  await recomputeApplicationsOf(id)
  return account
}

/** Applications using the account: their progress follows the account's. */
async function recomputeApplicationsOf(billingAccountId: string): Promise<void> {
  for (const application of db.applications.filter((row) => row.billingAccountId === billingAccountId))
    await changeApplication(application.id, noteBillingDone)
}

/** The timeline gets its "billing" entry once, when step 5 becomes done. */
function noteBillingDone(draft: Row<'applications'>): void {
  if (!completedStepsOf(draft).includes('billing')) return
  if (!draft.timeline.some((entry) => entry.status === 'billing'))
    draft.timeline.push({ status: 'billing', at: nowIso() })
}

/** The application at step 5: sent, with the partnership type and questionnaire done. */
function applicationAtStep5(applicationId: string): Row<'applications'> {
  const application = ownApplication(applicationId)
  if (application.status === 'draft')
    fail(409, 'application_not_sent', 'Send the partnership application (step 3) first.')
  if (!application.partnership || !application.questionnaire)
    fail(409, 'partnership_missing', 'Choose the partnership type and send the questionnaire (step 4) first.')
  return application
}

/** The registry card step 3 confirmed: the company a new billing account is for. */
function companyCardOf(application: Row<'applications'>): CompanyCard {
  if (application.company?.source !== 'tin')
    fail(409, 'company_from_account', 'The application took its company from a billing account already.')
  return application.company.company
}

function refuseWhenAttached(application: Row<'applications'>): void {
  if (application.billingAccountId)
    fail(409, 'billing_account_exists', 'The application has its billing account already.')
}

async function attach(application: Row<'applications'>, account: Row<'billingAccounts'>) {
  // Bank details kept with the application at step 4 move to the account (unless it has its own).
  await applyKeptBankDetails(application.id, account.id)
  return changeApplication(application.id, (draft) => {
    draft.billingAccountId = account.id
    draft.billingAccountDraft = null
    noteBillingDone(draft)
  })
}

export const billingHandlers = [
  route('billingAccounts', async ({ params }) => {
    const organization = memberOrganization(params.organizationId ?? '')
    await settleVerifications()
    return {
      billingAccounts: db.billingAccounts.filter((account) => account.organizationId === organization.id),
    }
  }),

  route('saveBillingAccountDraft', async ({ request, params }) => {
    const application = applicationAtStep5(params.applicationId ?? '')
    const patch = await parseBody(request, BillingAccountDraftPatch)
    refuseWhenAttached(application)
    // Based on an older version (another tab saved meanwhile): 409 with what is there now.
    checkVersion(application, patch.version)
    const card = companyCardOf(application)
    const current = application.billingAccountDraft ?? {
      general: {},
      company: {},
      contacts: {},
      pagesDone: [],
    }
    const next = {
      general: { ...current.general, ...patch.general },
      company: { ...current.company, ...patch.company },
      contacts: { ...current.contacts, ...patch.contacts },
      pagesDone: patch.pagesDone ?? current.pagesDone,
    }
    const context = {
      draft: next,
      card,
      keptBank: application.bankDetails,
      contactsFromStep3: application.contacts,
    }
    // Next on a page asks for it to count as done: its values must check out, the bank in the directory.
    if (patch.pagesDone) {
      const errors = patch.pagesDone.flatMap((page) => pageErrors(page, context))
      const bik = normalizeIdentifier(next.company.bik ?? '')
      if (patch.pagesDone.includes('company') && errors.length === 0 && !bankByBik(bik))
        errors.push({ path: ['company', 'bik'], message: errorCode('bank.unknown') })
      if (errors.length > 0) fail(422, 'validation', 'This page is not complete yet.', errors)
    }
    // A page counts as done only when its values check out (and those of the pages before it):
    // a later change that breaks one puts it back among the pages to do.
    next.pagesDone = pagesDoneOf(context)
    return changeApplication(application.id, (draft) => {
      draft.billingAccountDraft = next
    })
  }),

  route('createBillingAccount', async ({ request }) => {
    const body = await parseBody(request, CreateBillingAccountRequest)
    const organization = memberOrganization(body.organizationId)
    const application = applicationAtStep5(body.applicationId)
    if (application.organizationId !== organization.id)
      fail(422, 'validation', 'The application belongs to another organization.', [
        { path: ['applicationId'], message: errorCode('invalid') },
      ])
    refuseWhenAttached(application)
    const card = companyCardOf(application)

    const errors: FieldError[] = requirementErrors(body)
    // The account's company is the one confirmed at step 3; a billing account's TIN never changes.
    const mismatch = (field: 'tin' | 'kpp' | 'ogrn', value: string | null) => {
      if ((body.company[field] ?? null) !== value)
        errors.push({ path: ['company', field], message: errorCode('billing.companyMismatch') })
    }
    mismatch('tin', card.tin)
    if (card.kind === 'legal') mismatch('kpp', card.kpp)
    mismatch('ogrn', card.ogrn)

    let bankDetails: BankDetails | null = null
    if (body.bankDetails) {
      const bank = bankByBik(body.bankDetails.bik)
      if (!bank) errors.push({ path: ['bankDetails', 'bik'], message: errorCode('bank.unknown') })
      else
        bankDetails = {
          bik: bank.bik,
          bankName: bank.name,
          correspondentAccount: bank.correspondentAccount,
          settlementAccount: body.bankDetails.settlementAccount,
        }
    } else if (!application.bankDetails) {
      errors.push({ path: ['bankDetails', 'bik'], message: errorCode('required') })
    }
    if (errors.length > 0) fail(422, 'validation', 'The billing account cannot be created.', errors)

    const first = !db.billingAccounts.find((account) => account.organizationId === organization.id)
    const account: BillingAccount = {
      id: newId('ba'),
      organizationId: organization.id,
      name: body.name,
      type: body.type,
      country: body.country,
      paymentMethod: body.paymentMethod,
      // Bank-transfer accounts wait for their documents to be verified.
      status: 'PAYMENT_NOT_CONFIRMED',
      company: {
        fullName: card.fullName,
        shortName: card.shortName,
        tin: card.tin,
        kpp: card.kpp,
        ogrn: card.ogrn,
        legalAddress: card.address,
        postalAddress: body.company.postalAddress,
        postalCode: body.company.postalCode,
        headName: body.company.headName,
        headPosition: body.company.headPosition,
      },
      bankDetails,
      verified: false,
      paid: false,
      grantBalance: first ? INITIAL_GRANT_RUB : 0,
      verificationSentAt: null,
      createdAt: nowIso(),
    }
    const created = await db.billingAccounts.insert(account)
    await attach(application, created)
    return db.billingAccounts.get(created.id) ?? created
  }),

  route('attachBillingAccount', async ({ request, params }) => {
    const application = applicationAtStep5(params.applicationId ?? '')
    const { billingAccountId } = await parseBody(request, endpoints.attachBillingAccount.request)
    const account = db.billingAccounts.get(billingAccountId)
    if (!account || account.organizationId !== application.organizationId)
      fail(422, 'validation', 'This billing account does not belong to the organization.', [
        { path: ['billingAccountId'], message: errorCode('billingAccount.unknown') },
      ])
    if (!billingAccountEligibility(account).eligible)
      fail(422, 'validation', 'This billing account does not meet the requirements.', [
        { path: ['billingAccountId'], message: errorCode('billingAccount.notEligible') },
      ])
    if (application.billingAccountId === account.id) return application
    refuseWhenAttached(application)
    return attach(application, account)
  }),

  route('verifyBillingAccount', async ({ request, params }) => {
    const account = ownBillingAccount(params.billingAccountId ?? '')
    const body = await parseBody(request, VerifyBillingAccountRequest)
    if (account.verified) fail(409, 'already_verified', 'This billing account is verified already.')
    if (account.status === 'PENDING')
      fail(409, 'verification_sent', 'The verification form was sent already; the check is under way.')
    const problem = documentProblem(body.document)
    if (problem) fail(422, 'validation', 'The document cannot be accepted.', [problem])
    return db.billingAccounts.update(account.id, (draft) => {
      draft.status = 'PENDING'
      draft.verificationSentAt = nowIso()
    })
  }),

  route('completeBillingAccountVerification', async ({ params }) => {
    const account = ownBillingAccount(params.billingAccountId ?? '')
    if (account.verified) return account
    return completeVerification(account.id)
  }),

  route('upgradeBillingAccount', async ({ params }) => {
    await settleVerifications()
    const account = ownBillingAccount(params.billingAccountId ?? '')
    // Upgraded once: a repeat answers with the paid account as it is (grants untouched).
    if (account.paid) return account
    if (!billingAccountEligibility(account).eligible)
      fail(409, 'not_eligible', 'This billing account does not meet the requirements.')
    if (!account.verified)
      fail(409, 'not_verified', 'The billing account must be verified before the upgrade to paid.')
    const upgraded = await db.billingAccounts.update(account.id, (draft) => {
      draft.paid = true
      draft.status = 'ACTIVE'
      // Grants are kept as they are: the upgrade costs nothing.
    })
    await recomputeApplicationsOf(account.id)
    return upgraded
  }),
]

/** The first bytes each accepted type starts with. */
const SIGNATURES: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
}

/** The document must be what it says: its size and its first bytes are checked, not only its name. */
function documentProblem(document: { type: string; size: number; contentBase64: string }): FieldError | null {
  const padding = document.contentBase64.endsWith('==') ? 2 : document.contentBase64.endsWith('=') ? 1 : 0
  const bytes = (document.contentBase64.length / 4) * 3 - padding
  if (document.contentBase64.length % 4 !== 0 || bytes !== document.size)
    return { path: ['document'], message: errorCode('billing.documentUnreadable') }
  let head: string
  try {
    head = atob(document.contentBase64.slice(0, 12))
  } catch {
    return { path: ['document'], message: errorCode('billing.documentUnreadable') }
  }
  const signature = SIGNATURES[document.type] ?? []
  if (!signature.every((byte, i) => head.charCodeAt(i) === byte))
    return { path: ['document'], message: errorCode('billing.documentMismatch') }
  return null
}
