/**
 * Steps 6 and 7 on the server: Send again after information was asked for, the partner profile of
 * an approved organization, and the (mock-only) manager's decision, which the demo panel and the
 * tests call. Without a decision the application simply stays in review.
 */
import { db, type Row } from '@mocks/db'
import { fail, memberOrganization, ownApplication, parseBody, route } from '@mocks/http'
import { applyDecision, applyResubmission } from '@mocks/review'
import { DecideApplicationRequest, type PartnerProfile, ResubmitApplicationRequest } from '@/api/contract'
import { applicationOf, changeApplication } from './applications'

/** The partner profile of an approved application, else null. */
export function partnerProfileOf(application: Row<'applications'> | undefined): PartnerProfile | null {
  if (application?.status !== 'approved' || application.decision?.outcome !== 'approved') return null
  const organization = db.organizations.get(application.organizationId)
  const account = application.billingAccountId
    ? db.billingAccounts.get(application.billingAccountId)
    : undefined
  const fromRegistry = application.company?.source === 'tin' ? application.company.company : null
  const fromAccount = account?.company ?? null
  const company = fromAccount
    ? {
        fullName: fromAccount.fullName,
        shortName: fromAccount.shortName,
        tin: fromAccount.tin,
        kpp: fromAccount.kpp,
        ogrn: fromAccount.ogrn,
      }
    : fromRegistry
      ? {
          fullName: fromRegistry.fullName,
          shortName: fromRegistry.shortName,
          tin: fromRegistry.tin,
          kpp: fromRegistry.kpp,
          ogrn: fromRegistry.ogrn,
        }
      : null
  if (!organization || !company) fail(500, 'inconsistent', 'The approved application has no company.')
  return {
    organization: { id: organization.id, name: organization.name },
    company,
    billingAccount: account ? { id: account.id, name: account.name } : null,
    programs: application.decision.programs,
    partnerSince: application.decision.at,
    reference: application.reference,
  }
}

export const statusHandlers = [
  route('resubmitApplication', async ({ request, params }) => {
    const application = ownApplication(params.applicationId ?? '')
    const body = await parseBody(request, ResubmitApplicationRequest)
    return changeApplication(application.id, (draft) => applyResubmission(draft, body))
  }),

  route('partnerProfile', ({ params }) => {
    const organization = memberOrganization(params.organizationId ?? '')
    return { partner: partnerProfileOf(applicationOf(organization.id)) }
  }),

  // MOCK ONLY: the manager acts in a back office, not in the applicant's session, so no session check.
  route('decideApplication', async ({ request, params }) => {
    const application = db.applications.get(params.applicationId ?? '')
    if (!application) fail(404, 'not_found', 'There is no such application.')
    const decision = await parseBody(request, DecideApplicationRequest)
    return changeApplication(application.id, (draft) => applyDecision(draft, decision))
  }),
]
