/**
 * The SSO round trip between the app and an identity provider, as both sides see it: where the
 * provider sends the user back, and what travels with them. Only an outcome code travels in the
 * address (`/sign-in/sso?error=cancelled`); the single-use assertion travels in the history state.
 * The sign-in feature and the mock identity provider (mocks/idp/) share this, so neither imports the other.
 */

export const SSO_OUTCOMES = ['unknown_federation', 'cancelled', 'failed', 'denied', 'expired'] as const
export type SsoOutcome = (typeof SSO_OUTCOMES)[number]

export function ssoOutcomeOf(value: string | null): SsoOutcome | null {
  return SSO_OUTCOMES.find((outcome) => outcome === value) ?? null
}

/** The app's SSO page (the provider's way back on a refusal or Cancel) and its completion page. */
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
