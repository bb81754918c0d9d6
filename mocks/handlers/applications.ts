import { type Application, ApplicationDraftPatch } from '../../src/api/contract'
import { db, newId, type Row } from '../db'
import { memberOrganization, nowIso, parseBody, route } from '../http'
import { completedStepsOf } from '../progress'

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
    organizationId,
    reference: nextReference(),
    status: 'draft',
    draft: { contacts: {}, tin: '', billingAccountId: null },
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
  }
}

/** Applies a change and recomputes what the server derives (progress, update time). */
export async function changeApplication(id: string, change: (draft: Row<'applications'>) => void) {
  return db.applications.update(id, (draft) => {
    change(draft)
    draft.updatedAt = nowIso()
    draft.completedSteps = completedStepsOf(draft)
  })
}

export const applicationHandlers = [
  route('currentApplication', ({ params }) => {
    const organization = memberOrganization(params.organizationId ?? '')
    return { application: applicationOf(organization.id) ?? null }
  }),

  route('saveApplicationDraft', async ({ request, params }) => {
    const organization = memberOrganization(params.organizationId ?? '')
    const patch = await parseBody(request, ApplicationDraftPatch)
    const existing =
      applicationOf(organization.id) ?? (await db.applications.insert(newApplication(organization.id)))
    return changeApplication(existing.id, (draft) => {
      if (draft.status !== 'draft') return
      if (patch.contacts) draft.draft.contacts = { ...draft.draft.contacts, ...patch.contacts }
      if (patch.tin !== undefined) draft.draft.tin = patch.tin
      if (patch.billingAccountId !== undefined) draft.draft.billingAccountId = patch.billingAccountId
    })
  }),
]
