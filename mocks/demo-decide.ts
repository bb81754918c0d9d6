/**
 * What the demo panel (and `__mockBackend` in the console) does as the back office: the partner
 * manager decides the application in review through the mock-only endpoint, as a back office would
 * send it (approve; ask for information with a message and the answers to reopen; reject with
 * reasons), and the billing check of the signed-in organization's account finishes at once.
 */
import { apiBaseUrl } from '@/api/client'
import type { DecideApplicationRequest } from '@/api/contract'
import { db } from './db'
import { MANAGER_MESSAGE } from './reviewed-application'

export const DEMO_DECISIONS = ['approve', 'request-information', 'reject'] as const
export type DemoDecision = (typeof DEMO_DECISIONS)[number]

/** The ready-made decisions (the console's `__mockBackend.decide('approve')`, the panel's defaults). */
export const DECISION_BODIES: Record<DemoDecision, DecideApplicationRequest> = {
  approve: { action: 'approve' },
  'request-information': {
    action: 'request-information',
    message: MANAGER_MESSAGE,
    fields: ['contacts.phone', 'questionnaire.website'],
  },
  reject: { action: 'reject', reasons: ['requirements-not-met'], note: '' },
}

/**
 * Decides the application in review, with a ready-made decision or a body of one's own; answers
 * the HTTP status (409 when none is in review, 422 when the body is not a valid decision).
 */
export async function decideInReview(
  decision: DemoDecision | DecideApplicationRequest,
  fetchFn: typeof fetch = fetch,
): Promise<number> {
  const application = db.applications.find((row) => row.status === 'in_review')
  if (!application) return 409
  const body = typeof decision === 'string' ? DECISION_BODIES[decision] : decision
  const response = await fetchFn(
    `${apiBaseUrl}/applications/${encodeURIComponent(application.id)}/decision`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    },
  )
  return response.status
}

/**
 * Finishes the billing check of the signed-in organization's accounts that wait for it (through the
 * mock-only endpoint, as the billing back office would); answers the HTTP status (409 when none waits).
 */
export async function completeVerificationNow(fetchFn: typeof fetch = fetch): Promise<number> {
  const organizationId = db.sessions.all()[0]?.organizationId
  const waiting = db.billingAccounts.filter(
    (account) => account.organizationId === organizationId && !account.verified,
  )
  if (waiting.length === 0) return 409
  let status = 200
  for (const account of waiting) {
    const response = await fetchFn(
      `${apiBaseUrl}/billing-accounts/${encodeURIComponent(account.id)}/verification/complete`,
      { method: 'POST' },
    )
    if (!response.ok) status = response.status
  }
  return status
}
