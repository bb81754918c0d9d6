/**
 * Step 2's data: recently used accounts, the three ways to sign in, and choosing the organization.
 * Every way ends with the server's session put in the ['session'] query, so the stepper and the
 * deep-link guard see it at once, and with the previous user's cached data removed.
 */
import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { call } from '@/api/call'
import type { RegisterYandexIdRequest, Session, SignedIn, SignInWithPasswordRequest } from '@/api/contract'
import { billingAccountsQuery } from '@/features/billing'
import { applicationQuery, organizationsQuery, sessionQuery } from '@/features/session'
import { preloadMessages } from '@/lib/i18n'
import { tabDraft } from '@/lib/tab-draft'

export const recentAccountsQuery = () =>
  queryOptions({
    queryKey: ['recent-accounts'],
    queryFn: ({ signal }) => call('recentAccounts', { signal }),
  })

/** Queries that belong to the device, not to a user: kept when somebody else signs in. */
const DEVICE_QUERIES = new Set(['program-settings', 'recent-accounts', 'session'])

/** Puts a new session in the cache; another user's cached data goes first. */
export function adoptSession(queryClient: QueryClient, session: Session): void {
  const previous = queryClient.getQueryData(sessionQuery().queryKey)
  if (previous?.user.id !== session.user.id) {
    queryClient.removeQueries({ predicate: (query) => !DEVICE_QUERIES.has(String(query.queryKey[0])) })
  }
  queryClient.setQueryData(sessionQuery().queryKey, session)
}

/**
 * A sign-in that leads to the organization choice: its answer carries the list, put in the cache
 * with the session, so the next page shows at once (no request after the sign-in's own).
 */
function adoptSignedIn(queryClient: QueryClient, { organizations, ...session }: SignedIn): void {
  adoptSession(queryClient, session)
  queryClient.setQueryData(organizationsQuery().queryKey, { organizations })
}

export function useSignInWithAccount() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (userId: string) => call('signInWithAccount', { body: { userId } }),
    onSuccess: (signedIn) => adoptSignedIn(queryClient, signedIn),
  })
}

/** Another account, by login and password; the device remembers it among the recent ones. */
export function useSignInWithPassword() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SignInWithPasswordRequest) => call('signInWithPassword', { body }),
    onSuccess: async (signedIn) => {
      adoptSignedIn(queryClient, signedIn)
      await queryClient.invalidateQueries({ queryKey: recentAccountsQuery().queryKey })
    },
  })
}

/** The "another account" form's login, kept in this tab (never the password). */
export const PASSWORD_SIGN_IN_KEY = 'password-sign-in'

export function useRegisterYandexId() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: RegisterYandexIdRequest; idempotencyKey: string }) =>
      call('registerYandexId', { body, idempotencyKey }),
    onSuccess: async (session) => {
      adoptSession(queryClient, session)
      await queryClient.invalidateQueries({ queryKey: recentAccountsQuery().queryKey })
    },
  })
}

export function useSelectOrganization() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (organizationId: string) => {
      // Step 3's data is asked for with the choice (the user is a member of every organization
      // listed), so the next page needs no round trip of its own after this one.
      void queryClient.prefetchQuery(applicationQuery(organizationId))
      void queryClient.prefetchQuery(billingAccountsQuery(organizationId))
      return call('selectOrganization', { body: { organizationId } })
    },
    onSuccess: (session) => adoptSession(queryClient, session),
  })
}

export function useSsoStart() {
  return useMutation({
    mutationFn: (federationIdOrEmail: string) => call('ssoStart', { body: { federationIdOrEmail } }),
  })
}

export function useSsoComplete() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { federationId: string; assertion: string }) => call('ssoComplete', { body }),
    onSuccess: (session) => {
      adoptSession(queryClient, session)
      forgetSsoEntry()
    },
  })
}

// ---------------------------------------------------------------------------------------------
// SSO round trip. Only an outcome code travels in the address (`/sign-in/sso?error=cancelled`);
// the assertion travels in the history state, and what the user typed stays in this tab.

export {
  isSsoReturnState,
  SSO_COMPLETE_PATH,
  SSO_OUTCOMES,
  SSO_PATH,
  type SsoOutcome,
  type SsoReturnState,
  ssoOutcomeOf,
  ssoReturnPath,
} from '@/domain/sso'

/** The SSO page's entry is kept in this tab under this key (the form recipe's `keep`) for the way back. */
export const SSO_ENTRY_KEY = 'sso-entry'

export function forgetSsoEntry(): void {
  tabDraft(SSO_ENTRY_KEY, () => null).clear()
}

/** A new Yandex ID's form is kept in this tab (never the password) under this key until registration. */
export const YANDEX_ID_KEY = 'yandex-id'

/**
 * The sign-in methods page: the recent accounts, asked for with the session when the navigation
 * starts. Their failure does not fail the page (the list says so in place, with a retry).
 */
export async function loadSignInPage(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.ensureQueryData(sessionQuery()),
    queryClient.prefetchQuery(recentAccountsQuery()),
    preloadMessages('signIn'),
  ])
}

/** The organization page: false when nobody is signed in (the page then leads to the methods). */
export async function loadOrganizationPage(queryClient: QueryClient): Promise<boolean> {
  // The session is in the cache after any sign-in; a reload asks for it first.
  const words = preloadMessages('signIn', 'forms')
  if (!(await queryClient.ensureQueryData(sessionQuery()))) return false
  await Promise.all([queryClient.ensureQueryData(organizationsQuery()), words])
  return true
}
