import { type QueryClient, queryOptions, useQueryClient } from '@tanstack/react-query'
import { call } from '@/api/call'
import type { Application, ApplicationStatus, ResubmitApplicationRequest } from '@/api/contract'
import { billingAccountsQuery } from '@/features/billing'
import { applicationQuery, sessionQuery } from '@/features/session'

/** How often a page waiting for the manager asks again (only while its tab is visible). */
export const STATUS_POLL_MS = 15_000

/** Statuses that wait for the manager: the page keeps itself current only while in one of them. */
const WAITING_FOR_MANAGER: ReadonlySet<ApplicationStatus> = new Set(['in_review'])

export function isAwaitingDecision(application: Application | null | undefined): boolean {
  return !!application && WAITING_FOR_MANAGER.has(application.status)
}

/**
 * The organization's application under the same key as everywhere (the stepper and the guard see
 * each answer too), polled while the manager has it: not in a background tab, never once decided.
 */
export const applicationStatusQuery = (organizationId: string, intervalMs = STATUS_POLL_MS) =>
  queryOptions({
    ...applicationQuery(organizationId),
    refetchInterval: (query) => (isAwaitingDecision(query.state.data) ? intervalMs : false),
    refetchIntervalInBackground: false,
  })

/** The organization's partner profile, or null while it is not a partner. */
export const partnerProfileQuery = (organizationId: string) =>
  queryOptions({
    queryKey: ['organizations', organizationId, 'partner'],
    queryFn: async ({ signal }) =>
      (await call('partnerProfile', { params: { organizationId }, signal })).partner,
  })

/** Send again: the answers the manager asked for, one request per logical attempt (Idempotency-Key). */
export function useResubmit(organizationId: string) {
  const queryClient = useQueryClient()
  return async (application: Application, body: ResubmitApplicationRequest, idempotencyKey: string) => {
    const updated = await call('resubmitApplication', {
      params: { applicationId: application.id },
      body,
      idempotencyKey,
    })
    queryClient.setQueryData(applicationQuery(organizationId).queryKey, updated)
    return updated
  }
}

/** Step 6's loader: the application (polled) and the billing accounts, in parallel. */
export async function loadConfirmationPage(queryClient: QueryClient): Promise<void> {
  const session = await queryClient.ensureQueryData(sessionQuery())
  if (!session?.organizationId) return
  const organizationId = session.organizationId
  await Promise.all([
    queryClient.ensureQueryData(applicationStatusQuery(organizationId)),
    queryClient.ensureQueryData(billingAccountsQuery(organizationId)),
  ])
}

/** The fix page's loader (information needed): the application only. */
export async function loadFixAnswersPage(queryClient: QueryClient): Promise<void> {
  const session = await queryClient.ensureQueryData(sessionQuery())
  if (session?.organizationId)
    await queryClient.ensureQueryData(applicationStatusQuery(session.organizationId))
}

/** Step 7's loader: the partner profile. */
export async function loadPortalPage(queryClient: QueryClient): Promise<void> {
  const session = await queryClient.ensureQueryData(sessionQuery())
  if (session?.organizationId) await queryClient.ensureQueryData(partnerProfileQuery(session.organizationId))
}
