/**
 * Where to return after signing in again when the session ended mid-step: the page's path, whose
 * session it was, kept in this tab (sessionStorage, under the user prefix, so sign-out removes it);
 * never in the address. Only a path of this app is accepted (`allowed`), so nothing stored or
 * planted can send the user elsewhere (no open redirect).
 */
import { tabDraft } from './tab-draft'

export type ReturnAfterSignIn = { path: string; userId: string; organizationId: string | null }

const KEY = 'return-after-sign-in'

/** A same-app path: one slash, no scheme, host, query, fragment, backslash or dot segment. */
export function isSameAppPath(path: unknown): path is string {
  return (
    typeof path === 'string' &&
    path.length <= 200 &&
    /^\/(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?$/.test(path) &&
    !path.startsWith('//')
  )
}

function parse(stored: unknown): ReturnAfterSignIn | null {
  if (typeof stored !== 'object' || stored === null) return null
  const { path, userId, organizationId } = stored as Record<string, unknown>
  if (!isSameAppPath(path) || typeof userId !== 'string') return null
  if (organizationId !== null && typeof organizationId !== 'string') return null
  return { path, userId, organizationId }
}

const kept = tabDraft(KEY, parse)

/** Keeps the page to return to (the last one wins). */
export function keepReturnAfterSignIn(value: ReturnAfterSignIn): void {
  if (isSameAppPath(value.path)) kept.write(value)
}

/** The page kept, if any: the sign-in page says the session ended while there is one. */
export function readReturnAfterSignIn(): ReturnAfterSignIn | null {
  return kept.read()
}

/**
 * After signing in again: the kept page when the same user chose the same organization and the
 * path is one of `appPaths` (the app's own pages: `Object.values(PATHS)`); used up either way.
 */
export function takeReturnAfterSignIn(
  session: { userId: string; organizationId: string | null },
  appPaths: readonly string[],
): string | null {
  const value = kept.read()
  kept.clear()
  if (!value || value.userId !== session.userId) return null
  if (value.organizationId !== null && value.organizationId !== session.organizationId) return null
  return appPaths.includes(value.path) ? value.path : null
}

export function forgetReturnAfterSignIn(): void {
  kept.clear()
}
