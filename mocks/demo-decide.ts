/**
 * The partner manager's decision from the demo panel (and `__mockBackend.decide` in the console): the
 * application in review gets one of three ready-made decisions through the mock-only endpoint, as a
 * back office would send them, so designers can show each outcome without a console.
 */
import type { DecideApplicationRequest } from '@/api/contract'
import { db } from './db'
import { MANAGER_MESSAGE } from './reviewed-application'

export const DEMO_DECISIONS = ['approve', 'request-information', 'reject'] as const
export type DemoDecision = (typeof DEMO_DECISIONS)[number]

const BODIES: Record<DemoDecision, DecideApplicationRequest> = {
  approve: { action: 'approve' },
  'request-information': {
    action: 'request-information',
    message: MANAGER_MESSAGE,
    fields: ['contacts.phone', 'questionnaire.website'],
  },
  reject: { action: 'reject', reasons: ['requirements-not-met'], note: '' },
}

/** Decides the application in review; answers the HTTP status (409 when none is in review). */
export async function decideInReview(decision: DemoDecision, fetchFn: typeof fetch = fetch): Promise<number> {
  const application = db.applications.find((row) => row.status === 'in_review')
  if (!application) return 409
  const response = await fetchFn(`/api/applications/${encodeURIComponent(application.id)}/decision`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(BODIES[decision]),
  })
  return response.status
}
