import { db, newId, type Row } from '@mocks/db'
import { checkVersion, fail, memberOrganization, nowIso, ownApplication, route } from '@mocks/http'
import { completedStepsOf } from '@mocks/progress'
import { lookupCompany } from '@mocks/registry'
import { sendForReviewWhenComplete } from '@mocks/review'
import type { Application, CompanySource } from '@/api/contract'
import { errorCode } from '@/api/messages'
import { billingAccountEligibility } from '@/domain/billing-account-eligibility'

export function applicationOf(organizationId: string): Row<'applications'> | undefined {
  return db.applications.find((application) => application.organizationId === organizationId)
}

function nextReference(): string {
  const year = new Date().getFullYear()
  return `PA-${year}-${String(db.applications.all().length + 1).padStart(6, '0')}`
}

export function newApplication(organizationId: string): Application {
  const now = nowIso()
  return {
    id: newId('app'),
    version: 0,
    organizationId,
    reference: nextReference(),
    status: 'draft',
    draft: { contacts: {}, tin: '', billingAccountId: null, company: null },
    contacts: null,
    company: null,
    video: { furthest: 0, watched: false },
    partnership: null,
    partnershipDraft: { types: [], taxation: null, questionnaire: {} },
    questionnaire: null,
    billingAccountId: null,
    completedSteps: ['welcome', 'sign-in'],
    timeline: [{ status: 'draft', at: now }],
    createdAt: now,
    updatedAt: now,
    submittedAt: null,
    decisionDueAt: null,
    decisionDueEstimate: false,
    decisionOverdue: false,
    informationRequests: [],
    decision: null,
  }
}

/** Applies a change and recomputes what the server derives (progress, update time). */
export async function changeApplication(id: string, change: (draft: Row<'applications'>) => void) {
  return db.applications.update(id, (draft) => {
    change(draft)
    draft.version += 1
    draft.updatedAt = nowIso()
    draft.completedSteps = completedStepsOf(draft)
    // Every step done: the application goes to review and the decision clock starts (mocks/review.ts).
    sendForReviewWhenComplete(draft)
  })
}

export const applicationHandlers = [
  route('currentApplication', ({ params }) => {
    const organization = memberOrganization(params.organizationId ?? '')
    return { application: applicationOf(organization.id) ?? null }
  }),

  route('saveApplicationDraft', async ({ params, body: patch }) => {
    const organization = memberOrganization(params.organizationId ?? '')
    const current = applicationOf(organization.id)
    // Based on an older version (another tab saved meanwhile): 409 with what is there now.
    if (current) checkVersion(current, patch.version)
    if (patch.billingAccountId) {
      // Once chosen, the billing account cannot be changed (the seed says so); it must qualify.
      const locked = current?.draft.billingAccountId
      if (locked && locked !== patch.billingAccountId)
        fail(409, 'billing_account_locked', 'The billing account was chosen already and cannot be changed.')
      qualifyingAccount(organization.id, patch.billingAccountId, ['billingAccountId'])
    }
    const existing = current ?? (await db.applications.insert(newApplication(organization.id)))
    return changeApplication(existing.id, (draft) => {
      if (draft.status !== 'draft') return
      if (patch.contacts) draft.draft.contacts = { ...draft.draft.contacts, ...patch.contacts }
      if (patch.tin !== undefined) draft.draft.tin = patch.tin
      if (patch.billingAccountId !== undefined && !draft.draft.billingAccountId)
        draft.draft.billingAccountId = patch.billingAccountId
      if (patch.company !== undefined) draft.draft.company = patch.company
    })
  }),

  route('submitApplication', async ({ params, body }) => {
    const application = ownApplication(params.applicationId ?? '')
    if (body.organizationId !== application.organizationId)
      fail(422, 'validation', 'The application belongs to another organization.', [
        { path: ['organizationId'], message: errorCode('invalid') },
      ])
    if (application.status !== 'draft')
      fail(409, 'already_submitted', 'This application has been sent already.')
    const company = checkedCompany(application.organizationId, body.company)
    const now = nowIso()
    return changeApplication(application.id, (draft) => {
      draft.status = 'submitted'
      draft.contacts = body.contacts
      draft.company = company
      if (company.source === 'billing-account') draft.billingAccountId = company.billingAccountId
      draft.submittedAt = now
      draft.timeline.push({ status: 'submitted', at: now })
    })
  }),
]

/** The organization's billing account, when it meets the requirements; else 422 at `path`. */
function qualifyingAccount(organizationId: string, billingAccountId: string, path: (string | number)[]) {
  const account = db.billingAccounts.get(billingAccountId)
  if (!account || account.organizationId !== organizationId)
    fail(422, 'validation', 'This billing account does not belong to the organization.', [
      { path, message: errorCode('billingAccount.unknown') },
    ])
  if (!billingAccountEligibility(account).eligible)
    fail(422, 'validation', 'This billing account does not meet the requirements.', [
      { path, message: errorCode('billingAccount.notEligible') },
    ])
  return account
}

function refuseCompany(key: string, message: string): never {
  fail(422, 'validation', message, [{ path: ['company', 'tin'], message: errorCode(key) }])
}

/**
 * The company as the server accepts it: a qualifying account of the organization, or a registry
 * company that is active and a head office. The registry's own card is stored, not the client's copy.
 */
function checkedCompany(organizationId: string, company: CompanySource): CompanySource {
  if (company.source === 'billing-account') {
    qualifyingAccount(organizationId, company.billingAccountId, ['company', 'billingAccountId'])
    return company
  }
  const units = lookupCompany(company.tin)
  if (units.length === 0) refuseCompany('company.notFound', 'The registry has no company with this TIN.')
  const unit = units.find((card) => card.kpp === company.kpp)
  if (!unit) refuseCompany('company.notFound', 'The registry has no unit of this company with this KPP.')
  if (unit.status !== 'ACTIVE') refuseCompany('company.inactive', 'Only an active company can apply.')
  if (unit.branchType !== 'head')
    refuseCompany('company.branch', 'A branch cannot apply: apply as the head office.')
  return { source: 'tin', tin: company.tin, kpp: unit.kpp, company: unit }
}
