/**
 * Step 2's data: recently used accounts, the three ways to sign in, and choosing the organization.
 * Every way ends with the server's session put in the ['session'] query, so the stepper and the
 * deep-link guard see it at once, and with the previous user's cached data removed.
 */
import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { call } from '@/api/call'
import type { RegisterYandexIdRequest, Session } from '@/api/contract'
import { sessionQuery } from '@/features/session/api'
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

export function useSignInWithAccount() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (userId: string) => call('signInWithAccount', { body: { userId } }),
    onSuccess: (session) => adoptSession(queryClient, session),
  })
}

export function useRegisterYandexId() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: RegisterYandexIdRequest; idempotencyKey: string }) =>
      call('registerYandexId', { body, idempotencyKey }),
    onSuccess: async (session) => {
      adoptSession(queryClient, session)
      yandexIdDraft.clear()
      await queryClient.invalidateQueries({ queryKey: recentAccountsQuery().queryKey })
    },
  })
}

export function useSelectOrganization() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (organizationId: string) => call('selectOrganization', { body: { organizationId } }),
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

export const SSO_OUTCOMES = ['unknown_federation', 'cancelled', 'failed', 'denied', 'expired'] as const
export type SsoOutcome = (typeof SSO_OUTCOMES)[number]

export function ssoOutcomeOf(value: string | null): SsoOutcome | null {
  return SSO_OUTCOMES.find((outcome) => outcome === value) ?? null
}

export const SSO_PATH = '/sign-in/sso'
export const SSO_COMPLETE_PATH = '/sign-in/sso/complete'

export function ssoReturnPath(outcome: SsoOutcome): string {
  return `${SSO_PATH}?error=${outcome}`
}

/** What the identity provider hands back to the app (history state, never the address). */
export type SsoReturnState = { federationId: string; assertion: string }

export function isSsoReturnState(value: unknown): value is SsoReturnState {
  const state = value as Partial<SsoReturnState> | null
  return typeof state?.federationId === 'string' && typeof state.assertion === 'string'
}

/** The SSO page's entry, kept in this tab for the way back from the identity provider. */
const ssoEntryDraft = tabDraft('sso-entry', (stored) => (typeof stored === 'string' ? stored : null))

export function rememberSsoEntry(value: string): void {
  ssoEntryDraft.write(value)
}

export function rememberedSsoEntry(): string {
  return ssoEntryDraft.read() ?? ''
}

export function forgetSsoEntry(): void {
  ssoEntryDraft.clear()
}

/** The mock identity provider's federation: its page first checks that it exists (404 when not). */
export const idpFederationQuery = (federationId: string) =>
  queryOptions({
    queryKey: ['idp-federation', federationId],
    queryFn: ({ signal }) => call('idpFederation', { params: { federationId }, signal }),
  })

// ---------------------------------------------------------------------------------------------
// A new Yandex ID: what was typed (never the password) is kept in this tab until registration.

export type YandexIdDraft = { name: string; login: string; email: string }

export const yandexIdDraft = tabDraft<YandexIdDraft>('yandex-id', (stored) => {
  const value = (stored ?? {}) as Partial<Record<keyof YandexIdDraft, unknown>>
  const text = (field: unknown) => (typeof field === 'string' ? field : '')
  return typeof stored === 'object' && stored !== null
    ? { name: text(value.name), login: text(value.login), email: text(value.email) }
    : null
})
