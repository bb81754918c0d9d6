import { db, newId, startSession } from '@mocks/db'
import {
  currentSession,
  currentUser,
  fail,
  memberOrganization,
  route,
  sessionBody,
  settings,
} from '@mocks/http'
import { errorCode } from '@/api/messages'

/** The organizations a user belongs to, as the organization choice lists them. */
function organizationsOf(userId: string) {
  return db.organizations
    .filter((org) => org.memberIds.includes(userId))
    .map(({ id, name, federationId }) => ({ id, name, federationId }))
}

export const sessionHandlers = [
  // Nobody signed in is an answer, not an error: 200 with `session: null`, so a signed-out page
  // load has no failed request (and no console error) in the browser.
  route('session', () => ({ session: db.sessions.all().length > 0 ? sessionBody() : null })),

  route('signOut', () => {
    db.sessions.remove(() => true)
    return undefined
  }),

  route('recentAccounts', () => {
    const ids = settings().recentAccountIds
    const accounts = ids
      .map((id) => db.users.get(id))
      .filter((user) => user !== undefined)
      .map(({ id, name, login, avatarUrl }) => ({ id, name, login, avatarUrl }))
    return { accounts }
  }),

  route('signInWithAccount', async ({ body: { userId } }) => {
    if (!settings().recentAccountIds.includes(userId)) {
      fail(404, 'not_found', 'This account is not among the recently used accounts on this device.')
    }
    await startSession({ userId, method: 'account', organizationId: null })
    return { ...sessionBody(), organizations: organizationsOf(userId) }
  }),

  // Another account (not in this device's recent list): login or email, and the password. Each
  // failure names its field: an unknown login, a blocked account (login), a wrong password. The demo
  // passwords are in mocks/scenarios.ts (Anna: anna.smirnova / Romashka-2026; blocked: m.orlov).
  route('signInWithPassword', async ({ body: { login, password } }) => {
    const user = db.users.find((u) => u.login.toLowerCase() === login || u.email.toLowerCase() === login)
    if (!user) {
      fail(422, 'unknown_login', 'There is no account with this login.', [
        { path: ['login'], message: errorCode('signIn.unknownLogin') },
      ])
    }
    if (user.blocked) {
      fail(422, 'account_blocked', 'This account is blocked.', [
        { path: ['login'], message: errorCode('signIn.blocked') },
      ])
    }
    if (user.password === null || user.password !== password) {
      fail(422, 'wrong_password', 'The password is wrong.', [
        { path: ['password'], message: errorCode('signIn.wrongPassword') },
      ])
    }
    await db.settings.update('settings', (draft) => {
      draft.recentAccountIds = [user.id, ...draft.recentAccountIds.filter((id) => id !== user.id)]
    })
    await startSession({ userId: user.id, method: 'yandex-id', organizationId: null })
    return { ...sessionBody(), organizations: organizationsOf(user.id) }
  }),

  // A new Yandex ID gets an organization of its own, selected at once. Logins already in the database
  // (anna.smirnova, ivan.petrov, o.kuznetsova, s.volkov) are taken. A double submit is replayed by
  // route() from the Idempotency-Key, so it creates one user.
  route('registerYandexId', async ({ body: input }) => {
    if (db.users.find((user) => user.login.toLowerCase() === input.login)) {
      fail(409, 'login_taken', 'This login is taken.', [
        { path: ['login'], message: errorCode('login.taken') },
      ])
    }
    // The mock keeps no password: the demo signs this account in from the recent accounts list.
    const user = await db.users.insert({
      id: newId('u'),
      name: input.name,
      login: input.login,
      email: input.email,
      avatarUrl: null,
      password: null,
    })
    const organization = await db.organizations.insert({
      id: newId('org'),
      name: `Организация ${input.login}`,
      federationId: null,
      memberIds: [user.id],
    })
    await db.settings.update('settings', (draft) => {
      draft.recentAccountIds = [user.id, ...draft.recentAccountIds.filter((id) => id !== user.id)]
    })
    await startSession({ userId: user.id, method: 'yandex-id', organizationId: organization.id })
    return sessionBody()
  }),

  route('organizations', () => {
    return { organizations: organizationsOf(currentUser().id) }
  }),

  route('selectOrganization', async ({ body: { organizationId } }) => {
    const session = currentSession()
    memberOrganization(organizationId)
    await db.sessions.update(session.id, (draft) => {
      draft.organizationId = organizationId
    })
    return sessionBody()
  }),
]
