/**
 * Review on the mock backend: an application goes to review when its last step is done (the decision
 * date counted on the production calendar), the manager's mock-only decision, information-needed
 * rounds with Send again (only the answers asked for), and the partner profile of an approved partner.
 */
import { db, startSession } from '@mocks/db'
import { annaQuestionnaire } from '@mocks/reviewed-application'
import { applyScenario } from '@mocks/scenarios'
import { api, theApplication } from '@test/api'
import { describe, expect, it } from 'vitest'
import { errorCode } from '@/api/messages'
import { decisionDate } from '@/domain/business-days'

const decide = (json: unknown, id = theApplication().id) =>
  api(`/applications/${id}/decision`, { method: 'POST', json })

const resubmit = (json: unknown, key = 'again-1') =>
  api(`/applications/${theApplication().id}/resubmit`, {
    method: 'POST',
    json,
    headers: { 'Idempotency-Key': key },
  })

describe('sent for review when every step is done', () => {
  it('goes to review when the questionnaire completes an application whose account was chosen at step 3', async () => {
    await applyScenario('application-sent')
    const id = theApplication().id
    await db.applications.update(id, (draft) => {
      draft.video = { furthest: 79, watched: true }
    })
    await api(`/applications/${id}/partnership`, {
      method: 'PUT',
      json: { types: ['direct'], taxation: 'osno' },
    })
    const { status, body } = await api(`/applications/${id}/questionnaire`, {
      method: 'POST',
      json: annaQuestionnaire,
      headers: { 'Idempotency-Key': 'q-1' },
    })
    expect(status).toBe(200)
    expect(body.status).toBe('in_review')
    const review = body.timeline.find((entry: { status: string }) => entry.status === 'in_review')
    expect(review).toBeDefined()
    expect(body.decisionDueAt).toBe(decisionDate(review.at).date)
    expect(body.decisionDueEstimate).toBe(decisionDate(review.at).estimate)
    // Under review, step 4 is locked.
    const locked = await api(`/applications/${id}/partnership`, {
      method: 'PUT',
      json: { types: ['direct'], taxation: 'usn-income' },
    })
    expect(locked.status).toBe(409)
  })

  it('stays in review until the manager decides', async () => {
    await applyScenario('in-review')
    const { body } = await api('/organizations/org-romashka/application')
    expect(body.application.status).toBe('in_review')
    expect(body.application.decision).toBeNull()
    expect(body.application.decisionDueAt).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe('the manager’s decision (mock only)', () => {
  it('refuses a request for information without a message or fields, field by field', async () => {
    await applyScenario('in-review')
    const { status, body } = await decide({ action: 'request-information', message: '  ', fields: [] })
    expect(status).toBe(422)
    expect(body.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: ['message'], message: errorCode('required') },
        { path: ['fields'], message: errorCode('chooseOne') },
      ]),
    )
    expect(theApplication().status).toBe('in_review')
  })

  it('approves: the company becomes a partner with its programs and the date, and the portal has its profile', async () => {
    await applyScenario('in-review')
    const before = await api('/organizations/org-romashka/partner')
    expect(before).toEqual({ status: 200, body: { partner: null } })
    const { status, body } = await decide({ action: 'approve' })
    expect(status).toBe(200)
    expect(body.status).toBe('approved')
    expect(body.decision).toMatchObject({ outcome: 'approved', programs: ['direct'] })
    expect(body.completedSteps).toContain('confirmation')
    expect(body.decisionDueAt).toBeNull()
    const { body: profile } = await api('/organizations/org-romashka/partner')
    expect(profile.partner).toEqual({
      organization: { id: 'org-romashka', name: 'Ромашка Софт' },
      company: expect.objectContaining({ shortName: 'ООО «Ромашка Софт»', tin: '7736207543' }),
      billingAccount: { id: 'ba-romashka-main', name: 'Ромашка Софт — основной' },
      programs: ['direct'],
      partnerSince: body.decision.at,
      reference: body.reference,
    })
    // Decided once: a second decision is refused.
    expect((await decide({ action: 'reject', reasons: ['other'] })).status).toBe(409)
  })

  it('rejects with reasons and says when the company may apply again (three months by default)', async () => {
    await applyScenario('in-review')
    const { body } = await decide({ action: 'reject', reasons: ['expertise', 'expertise'], note: 'Not yet.' })
    expect(body.status).toBe('rejected')
    expect(body.decision.reasons).toEqual(['expertise'])
    expect(body.decision.note).toBe('Not yet.')
    const decided = new Date(body.decision.at)
    decided.setUTCMonth(decided.getUTCMonth() + 3)
    expect(body.decision.reapplyFrom).toBe(decided.toISOString().slice(0, 10))
    expect(body.timeline.at(-1).status).toBe('rejected')
  })

  it('answers 404 for an unknown application', async () => {
    await applyScenario('in-review')
    expect((await decide({ action: 'approve' }, 'app-nope')).status).toBe(404)
  })
})

describe('information needed, then Send again', () => {
  it('changes only the answers asked for and returns the application to review with a new date', async () => {
    await applyScenario('information-needed')
    const asked = theApplication()
    expect(asked.status).toBe('information_needed')
    expect(asked.informationRequests).toHaveLength(1)
    expect(asked.informationRequests[0]?.fields).toEqual(['contacts.phone', 'questionnaire.website'])

    const refused = await resubmit({ contacts: { phone: '+7 495 123-45-67', email: 'new@romashka-soft.ru' } })
    expect(refused.status).toBe(422)
    expect(refused.body.fieldErrors).toEqual([{ path: ['contacts', 'email'], message: errorCode('locked') }])

    const invalid = await resubmit({ questionnaire: { website: 'romashka' } }, 'again-2')
    expect(invalid.status).toBe(422)
    expect(invalid.body.fieldErrors[0].path).toEqual(['questionnaire', 'website'])

    const { status, body } = await resubmit(
      { contacts: { phone: '8 (495) 123-45-67' }, questionnaire: { website: 'https://romashka.example' } },
      'again-3',
    )
    expect(status).toBe(200)
    expect(body.status).toBe('in_review')
    expect(body.contacts.phone).toBe('+74951234567')
    expect(body.contacts.email).toBe('anna.smirnova@romashka-soft.ru')
    expect(body.questionnaire.website).toBe('https://romashka.example')
    expect(body.informationRequests[0].answeredAt).not.toBeNull()
    const again = body.timeline.at(-1)
    expect(again.status).toBe('resubmitted')
    expect(body.decisionDueAt).toBe(decisionDate(again.at).date)

    // The same click again (same key) gets the same answer; a new attempt is refused: nothing is asked.
    const replay = await resubmit(
      { contacts: { phone: '8 (495) 123-45-67' }, questionnaire: { website: 'https://romashka.example' } },
      'again-3',
    )
    expect(replay.body.updatedAt).toBe(body.updatedAt)
    expect((await resubmit({ contacts: { phone: '+74951234567' } }, 'again-4')).status).toBe(409)
  })

  it('keeps each round: a second request after Send again is round 2', async () => {
    await applyScenario('information-needed')
    await resubmit({ contacts: { phone: '+74951234567' } })
    const { body } = await decide({
      action: 'request-information',
      message: 'And the comment?',
      fields: ['questionnaire.comment'],
    })
    expect(body.informationRequests.map((round: { round: number }) => round.round)).toEqual([1, 2])
    expect(body.timeline.map((entry: { status: string }) => entry.status).slice(-4)).toEqual([
      'in_review',
      'information_needed',
      'resubmitted',
      'information_needed',
    ])
  })

  it('needs the applicant’s session: another organization’s user gets 403', async () => {
    await applyScenario('information-needed')
    await startSession({ userId: 'u-ivan', method: 'account', organizationId: 'org-petrov' })
    expect((await resubmit({ contacts: { phone: '+74951234567' } })).status).toBe(403)
    expect((await api('/organizations/org-romashka/partner')).status).toBe(403)
  })
})
