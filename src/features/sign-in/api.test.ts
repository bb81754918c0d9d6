/**
 * The sign-in endpoints of the mock backend, with the client bypassed: they parse every request
 * with the contract (422 with field errors), replay idempotent registrations and use an SSO
 * assertion once.
 */

import { db } from '@mocks/db'
import { api } from '@test/api'
import { describe, expect, it } from 'vitest'

/** The first error code at each field. */
function fieldErrorsOf(body: { fieldErrors: { path: string[]; message: string }[] }) {
  const errors: Record<string, string | undefined> = {}
  for (const e of body.fieldErrors) errors[e.path.join('.')] ??= e.message.split('|')[0]
  return errors
}

describe('the sign-in endpoints of the mock backend', () => {
  it('refuse an invalid registration with 422 and an error at each field', async () => {
    const { status, body } = await api('/session/yandex-id', {
      json: { name: '  ', login: '9<b>', email: 'anna@', password: 'short' },
      headers: { 'Idempotency-Key': 'k-invalid' },
    })
    expect(status).toBe(422)
    expect(fieldErrorsOf(body)).toEqual({
      name: 'err:required',
      login: 'err:login.format',
      email: 'err:email',
      password: 'err:password.short',
    })
    expect(db.users.find((u) => u.login === '9<b>')).toBeUndefined()
  })

  it('answer a taken login with 409 at the login field', async () => {
    const { status, body } = await api('/session/yandex-id', {
      json: { name: 'Anna', login: 'anna.smirnova', email: 'a@example.ru', password: 'Romashka-2026' },
    })
    expect(status).toBe(409)
    expect(fieldErrorsOf(body)).toEqual({ login: 'err:login.taken' })
  })

  it('replay a registration sent twice with the same Idempotency-Key: one user, one organization', async () => {
    const users = db.users.all().length
    const organizations = db.organizations.all().length
    const request = {
      json: { name: 'Nina', login: 'nina.k', email: 'nina@example.ru', password: 'Nina-Password-1' },
      headers: { 'Idempotency-Key': 'k-nina' },
    }
    const [first, second] = await Promise.all([
      api('/session/yandex-id', request),
      api('/session/yandex-id', request),
    ])
    const third = await api('/session/yandex-id', request)
    expect([first.status, second.status, third.status]).toEqual([200, 200, 200])
    expect(third.body).toEqual(first.body)
    expect(db.users.all()).toHaveLength(users + 1)
    expect(db.organizations.all()).toHaveLength(organizations + 1)
  })

  it('refuse invalid SSO requests with 422 at the field', async () => {
    const empty = await api('/session/sso/start', { json: { federationIdOrEmail: '' } })
    expect(empty.status).toBe(422)
    expect(fieldErrorsOf(empty.body)).toEqual({ federationIdOrEmail: 'err:required' })
    const bad = await api('/session/sso/start', { json: { federationIdOrEmail: '<script>' } })
    expect(fieldErrorsOf(bad.body)).toEqual({ federationIdOrEmail: 'err:sso.entry' })
    const login = await api('/idp/bpfnordwind2026/login', { json: { login: '', password: '' } })
    expect(login.status).toBe(422)
    expect(Object.keys(fieldErrorsOf(login.body)).sort()).toEqual(['login', 'password'])
    const complete = await api('/session/sso/complete', { json: { federationId: 'bpfnordwind2026' } })
    expect(complete.status).toBe(422)
    expect(fieldErrorsOf(complete.body)).toHaveProperty('assertion')
  })

  it('answer an unknown federation with 404, wrong credentials with 401 and the refused login with 403', async () => {
    expect((await api('/session/sso/start', { json: { federationIdOrEmail: 'bpfnowhere' } })).status).toBe(
      404,
    )
    const start = await api('/session/sso/start', { json: { federationIdOrEmail: 'x@NORDWIND.ru' } })
    expect(start.body).toEqual({
      federationId: 'bpfnordwind2026',
      federationName: 'Нордвинд SSO',
      loginUrl: '/idp/bpfnordwind2026',
    })
    const wrong = await api('/idp/bpfnordwind2026/login', { json: { login: 's.volkov', password: 'nope' } })
    expect([wrong.status, wrong.body.code]).toEqual([401, 'invalid_credentials'])
    // A user of another organization cannot sign in through this federation.
    const outsider = await api('/idp/bpfnordwind2026/login', {
      json: { login: 'anna.smirnova', password: '' },
    })
    expect(outsider.status).toBe(422)
    const refused = await api('/idp/bpfnordwind2026/login', { json: { login: 'blocked', password: 'x' } })
    expect([refused.status, refused.body.code]).toEqual([403, 'access_denied'])
    const unknown = await api('/idp/bpfnowhere/login', {
      json: { login: 's.volkov', password: 'Nordwind-2026' },
    })
    expect([unknown.status, unknown.body.code]).toEqual([404, 'unknown_federation'])
  })

  it('use an assertion once', async () => {
    const login = await api('/idp/bpfnordwind2026/login', {
      json: { login: 's.volkov', password: 'Nordwind-2026' },
    })
    const assertion = login.body.assertion as string
    const first = await api('/session/sso/complete', { json: { federationId: 'bpfnordwind2026', assertion } })
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({
      method: 'sso',
      organizationId: 'org-nordwind',
      user: { id: 'u-sergey' },
    })
    expect(first.body.user).not.toHaveProperty('password')
    const replay = await api('/session/sso/complete', {
      json: { federationId: 'bpfnordwind2026', assertion },
    })
    expect([replay.status, replay.body.code]).toEqual([401, 'assertion_invalid'])
  })
})
