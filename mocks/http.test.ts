/**
 * The mock backend behaves like a real HTTP API: it parses every request with the contract and
 * answers 401/403/404/422 as the contract says, and replays idempotent requests.
 */

import { api, signInAs } from '@test/api'
import { afterEach, describe, expect, it } from 'vitest'
import { db, loadPersisted, stopPersisting } from './db'
import { failNext } from './http'
import { applyScenario } from './scenarios'

describe('the mock backend', () => {
  afterEach(() => stopPersisting())

  it('answers 401 without a session', async () => {
    const { status, body } = await api('/organizations')
    expect(status).toBe(401)
    expect(body.code).toBe('unauthenticated')
  })

  it('answers the session check without a session with 200 and no session, not an error', async () => {
    const signedOut = await api('/session')
    expect(signedOut).toEqual({ status: 200, body: { session: null } })
    await signInAs('u-anna', 'org-romashka')
    const signedIn = await api('/session')
    expect(signedIn.status).toBe(200)
    expect(signedIn.body.session).toMatchObject({ user: { id: 'u-anna' }, organizationId: 'org-romashka' })
  })

  it('answers 403 for another organization’s data and 404 for an unknown one', async () => {
    await signInAs('u-ivan')
    expect((await api('/organizations/org-romashka/billing-accounts')).status).toBe(403)
    expect((await api('/organizations/org-nowhere/billing-accounts')).status).toBe(404)
    expect((await api('/organizations/org-petrov/billing-accounts')).status).toBe(200)
  })

  it('answers 422 with field errors when the request does not match the contract', async () => {
    await signInAs('u-anna')
    const { status, body } = await api('/session/organization', {
      method: 'PUT',
      json: { organizationId: 42 },
    })
    expect(status).toBe(422)
    expect(body.fieldErrors[0].path).toEqual(['organizationId'])
  })

  it('creates the application draft on the first change and keeps what was typed, valid or not', async () => {
    await signInAs('u-anna', 'org-romashka')
    const first = await api('/organizations/org-romashka/application/draft', {
      method: 'PATCH',
      json: { contacts: { email: 'not an email <b>' } },
    })
    expect(first.status).toBe(200)
    expect(first.body.status).toBe('draft')
    expect(first.body.draft.contacts.email).toBe('not an email <b>')
    const again = await api('/organizations/org-romashka/application')
    expect(again.body.application.id).toBe(first.body.id)
  })

  it('refuses a draft value longer than the contract allows', async () => {
    await signInAs('u-anna', 'org-romashka')
    const { status, body } = await api('/organizations/org-romashka/application/draft', {
      method: 'PATCH',
      json: { tin: '1'.repeat(65) },
    })
    expect(status).toBe(422)
    expect(body.fieldErrors[0]).toEqual({ path: ['tin'], message: 'err:tooLong|{"max":64}' })
  })

  it('persists every change to storage at once and loads it back', async () => {
    const storage = window.localStorage
    await loadPersisted(storage)
    await signInAs('u-olga', 'org-severnye')
    const saved = JSON.parse(storage.getItem('partner-onboarding.mock-db.v1') ?? '{}')
    expect(saved.tables.sessions).toEqual([expect.objectContaining({ userId: 'u-olga' })])
    await applyScenario('new-user')
    expect(db.sessions.all()).toHaveLength(0)
    storage.setItem('partner-onboarding.mock-db.v1', JSON.stringify(saved))
    expect(await loadPersisted(storage)).toBe(true)
    expect(db.sessions.all()[0]?.userId).toBe('u-olga')
  })
})

describe('failures on demand', () => {
  it('answers the next calls of an endpoint with the asked status, then handles it again', async () => {
    failNext('programSettings', 503, 2)
    expect((await api('/program-settings')).status).toBe(503)
    expect((await api('/program-settings')).body.code).toBe('unavailable')
    expect((await api('/program-settings')).status).toBe(200)
  })
})
