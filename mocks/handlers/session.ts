import { SelectOrganizationRequest, SignInWithAccountRequest } from '../../src/api/contract'
import { db, newId } from '../db'
import {
  currentSession,
  currentUser,
  fail,
  memberOrganization,
  parseBody,
  route,
  sessionBody,
  settings,
} from '../http'

export const sessionHandlers = [
  route('session', () => sessionBody()),

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

  route('signInWithAccount', async ({ request }) => {
    const { userId } = await parseBody(request, SignInWithAccountRequest)
    if (!settings().recentAccountIds.includes(userId)) {
      fail(404, 'not_found', 'This account is not among the recently used accounts on this device.')
    }
    db.sessions.remove(() => true)
    await db.sessions.insert({ id: newId('session'), userId, method: 'account', organizationId: null })
    return sessionBody()
  }),

  route('organizations', () => {
    const user = currentUser()
    const organizations = db.organizations
      .filter((org) => org.memberIds.includes(user.id))
      .map(({ id, name, federationId }) => ({ id, name, federationId }))
    return { organizations }
  }),

  route('selectOrganization', async ({ request }) => {
    const session = currentSession()
    const { organizationId } = await parseBody(request, SelectOrganizationRequest)
    memberOrganization(organizationId)
    await db.sessions.update(session.id, (draft) => {
      draft.organizationId = organizationId
    })
    return sessionBody()
  }),
]
