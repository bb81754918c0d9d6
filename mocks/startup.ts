/**
 * The mock backend's start, guarded (mock-only): a page never waits forever for a worker that cannot
 * start. Before starting, what the browser lacks is named (opened from file://, not a secure origin,
 * storage blocked); the start itself fails (the worker script missing, registration rejected) or
 * takes longer than START_TIMEOUT_MS. Then a bilingual banner says why and what to do
 * (./startup-banner.tsx), and the start rejects with an ApiError: every API call waiting on
 * `mockReady()` (src/api/mock-ready.ts) fails with it, and the pages show it as they show any
 * unavailable server (ApiErrorNotice, the route's error boundary).
 *
 * Also here: a reproduction link's state in the address's fragment, taken out of the address at once.
 */
import { ApiError } from '@/api/errors'
import { payloadOf } from './demo-link'
import type { RefusalReason } from './demo-share-state'
import type { BannerMessage, StartFailure } from './startup-banner'

/** The banner and the link's state are loaded only when needed: a start with neither carries neither. */
function showStartupBanner(message: BannerMessage): Promise<void> {
  return import('./startup-banner').then((banner) => banner.showStartupBanner(message))
}

/** Registering the worker takes well under a second; a loaded machine may take a few. */
export const START_TIMEOUT_MS = 15_000

/** What keeps this browser from running the mock worker at all, or null. */
export function environmentProblem(): StartFailure | null {
  if (window.location.protocol === 'file:') return 'file'
  if (!window.isSecureContext || !('serviceWorker' in navigator)) return 'insecure'
  try {
    const storage = window.localStorage
    const probe = 'partner-onboarding.storage-probe'
    storage.setItem(probe, '1')
    storage.removeItem(probe)
  } catch {
    return 'storage'
  }
  return null
}

class StartTimeout extends Error {}

/**
 * Runs the start; when it cannot run, fails or takes too long, shows the banner and rejects with
 * an `unavailable` ApiError (code `mock_backend_unavailable`).
 */
export async function guardedStart(start: () => Promise<void>, timeoutMs = START_TIMEOUT_MS): Promise<void> {
  let failure = environmentProblem()
  let cause: unknown
  if (!failure) {
    let timer: ReturnType<typeof setTimeout> | undefined
    try {
      await Promise.race([
        start(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new StartTimeout()), timeoutMs)
        }),
      ])
    } catch (error) {
      cause = error
      failure = error instanceof StartTimeout ? 'timeout' : 'script'
    } finally {
      clearTimeout(timer)
    }
  }
  if (!failure) return
  console.error(`[mocks] the mock backend did not start (${failure})`, cause ?? '')
  await showStartupBanner({ kind: 'start-failed', reason: failure, seconds: Math.round(timeoutMs / 1000) })
  throw new ApiError({
    kind: 'unavailable',
    status: 0,
    code: 'mock_backend_unavailable',
    message: `The mock backend did not start (${failure}).`,
  })
}

/** A checked link state and how to load it, or why it was refused. */
export type LinkedState = { restore: () => Promise<void> } | { refused: RefusalReason }

/**
 * A reproduction link's state (`#demo=…`), checked; null when the address carries none. The
 * fragment leaves the address bar at once (and with it the history entry), whatever it held.
 */
export async function takeLinkedState(hash = window.location.hash): Promise<LinkedState | null> {
  const payload = payloadOf(hash)
  if (payload === null) return null
  // Taken from the address (unless the user has left it already): a reload does not restore it again.
  if (window.location.hash === hash) {
    const url = new URL(window.location.href)
    url.hash = ''
    window.history.replaceState(window.history.state, '', url)
  }
  const { DemoStateRefused, decodeState, restoreState } = await import('./demo-share-state')
  try {
    const state = await decodeState(payload)
    return { restore: () => restoreState(state) }
  } catch (error) {
    console.warn('[mocks] the reproduction link was refused', error)
    return { refused: error instanceof DemoStateRefused ? error.reason : 'malformed' }
  }
}

/** Says that a reproduction link was refused (the caller has started the default scenario). */
export function sayLinkRefused(reason: RefusalReason): Promise<void> {
  return showStartupBanner({ kind: 'link-refused', reason })
}
