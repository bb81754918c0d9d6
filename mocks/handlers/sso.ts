/**
 * SSO through an identity federation, and the mock identity provider that stands in for the
 * organization's own (SAML 2.0 in real life). The provider issues a single-use assertion; completing
 * SSO with it signs the user in with the federation's organization selected.
 *
 * Reserved values (see also the scenarios): federation `bpfnordwind2026` (domain nordwind.ru) signs in
 * s.volkov or s.volkov@nordwind.ru with the password Nordwind-2026; the login `blocked` (or
 * blocked@nordwind.ru) is refused by the provider (403 access_denied); any other login or a wrong
 * password fails (401 invalid_credentials).
 */

import { db, newId, startSession } from '@mocks/db'
import { fail, route, sessionBody } from '@mocks/http'
import { ssoEntryOf } from '@/api/contract'
import { errorCode } from '@/api/messages'

/** A login the mock identity provider knows but refuses, to show the "access denied" answer. */
export const REFUSED_IDP_LOGIN = 'blocked'

function federationOrFail(federationId: string) {
  const federation = db.federations.get(federationId.toLowerCase())
  if (!federation) fail(404, 'unknown_federation', 'There is no identity federation with this ID.')
  return federation
}

export const ssoHandlers = [
  route('ssoStart', ({ body: { federationIdOrEmail } }) => {
    const entry = ssoEntryOf(federationIdOrEmail)
    const federation =
      entry?.kind === 'email'
        ? db.federations.find((f) => f.domains.includes(entry.value.split('@')[1] ?? ''))
        : db.federations.get(entry?.value ?? '')
    if (!federation) {
      const domain = entry?.kind === 'email' ? entry.value.split('@')[1] : undefined
      fail(404, 'unknown_federation', 'No identity federation matches this.', [
        {
          path: ['federationIdOrEmail'],
          message: domain
            ? errorCode('sso.unknownDomain', { domain })
            : errorCode('sso.unknownFederation', { id: entry?.value ?? '' }),
        },
      ])
    }
    return {
      federationId: federation.id,
      federationName: federation.name,
      loginUrl: `/idp/${encodeURIComponent(federation.id)}`,
    }
  }),

  route('idpFederation', ({ params }) => {
    const federation = federationOrFail(params.federationId)
    return { federationId: federation.id, federationName: federation.name }
  }),

  route('idpLogin', async ({ params, body: { login, password } }) => {
    const federation = federationOrFail(params.federationId)
    const name = login.toLowerCase()
    if (name === REFUSED_IDP_LOGIN || name.startsWith(`${REFUSED_IDP_LOGIN}@`)) {
      fail(403, 'access_denied', 'The identity provider does not allow this account to sign in.')
    }
    const user = db.users.find(
      (u) =>
        (u.login.toLowerCase() === name || u.email.toLowerCase() === name) &&
        u.password !== null &&
        u.password === password,
    )
    const member = user && db.organizations.get(federation.organizationId)?.memberIds.includes(user.id)
    if (!user || !member) fail(401, 'invalid_credentials', 'The login or password is wrong.')
    const assertion = await db.assertions.insert({
      id: newId('assertion'),
      federationId: federation.id,
      userId: user.id,
    })
    return { assertion: assertion.id }
  }),

  route('ssoComplete', async ({ body: { federationId, assertion } }) => {
    const issued = db.assertions.get(assertion)
    if (!issued || issued.federationId !== federationId.toLowerCase()) {
      fail(401, 'assertion_invalid', 'This sign-in has expired or was already used. Sign in again.')
    }
    // Single use: the assertion is gone once it is presented, whatever happens next.
    db.assertions.remove((row) => row.id === issued.id)
    const federation = federationOrFail(issued.federationId)
    await startSession({ userId: issued.userId, method: 'sso', organizationId: federation.organizationId })
    return sessionBody()
  }),
]
