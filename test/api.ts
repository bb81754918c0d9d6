/**
 * For tests that talk to the mock backend as an HTTP client would (bypassing the app's client):
 * raw requests, and a session set up directly in the mock database.
 */
import { db, startSession } from '@mocks/db'
import { Application } from '@/api/contract'

// biome-ignore lint/suspicious/noExplicitAny: tests read whatever the mock answered, field by field
type Body = any

export async function api(
  path: string,
  init: { method?: string; json?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: Body }> {
  const response = await fetch(`http://localhost/api${path}`, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
    headers: { 'Content-Type': 'application/json', ...init.headers },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

/** The one application of the scenario, as the mock database holds it now. */
export function theApplication() {
  const application = db.applications.all()[0]
  if (!application) throw new Error('the scenario has no application')
  return application
}

/** A questionnaire that passes every rule (as the handlers take it). */
export const QUESTIONNAIRE_ANSWERS = {
  companySize: '11-50',
  certifiedEngineers: 3,
  expertise: ['devops'],
  industries: ['retail'],
  customers: ['smb'],
  otherClouds: [],
  monthlyConsumption: 'lt-100k',
  website: '',
  regions: ['central'],
  comment: '',
}

/** Signs in as a user of the seeded scenario, with this organization chosen. */
export async function signInAs(userId: string, organizationId: string | null = null): Promise<void> {
  await startSession({ userId, method: 'account', organizationId })
}

/** An application as another tab left it (what a 409 `version_conflict` carries), parsed by the contract. */
export function staleApplication(version: number, changes: Partial<Application> = {}): Application {
  return Application.parse({
    id: 'application-1',
    version,
    organizationId: 'organization-1',
    reference: 'PA-2026-000001',
    status: 'draft',
    draft: { contacts: {}, tin: '', billingAccountId: null },
    contacts: null,
    company: null,
    video: { furthest: 0, watched: false },
    partnership: null,
    partnershipDraft: { types: [], taxation: null, questionnaire: {} },
    questionnaire: null,
    billingAccountId: null,
    completedSteps: [],
    timeline: [],
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: '2026-12-01T10:05:00Z',
    submittedAt: null,
    decisionDueAt: null,
    ...changes,
  })
}
