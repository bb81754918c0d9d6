/**
 * The one fetch wrapper. Every response is parsed with the contract: a mismatch is an ApiError the
 * UI can show, never a silent cast. Errors are values with a kind; requests that create things carry
 * an Idempotency-Key so a double click or a retry never creates twice.
 */
import type { z } from 'zod'
import { ApiError, type ApiErrorKind } from './errors'
import { mockReady } from './mock-ready'
import { reportUnauthenticated } from './session-events'

/**
 * Beside the app by default: `/api`, or `<base>api` for a build under a sub-path (`vite build --base
 * /demo/` → `/demo/api`, which the mock worker answers too); a real backend sets VITE_API_BASE_URL.
 */
export const apiBaseUrl: string = import.meta.env.VITE_API_BASE_URL || `${import.meta.env.BASE_URL}api`

/** The client gives up on a request after this long (30 s) and says so: a timeout, worth retrying. */
export const REQUEST_TIMEOUT_MS = 30_000

/** What reaching its time limit does to each request waiting for its answer now, by `METHOD path`. */
const timeLimits = new Map<() => void, string>()

/**
 * For tests (the app never calls it): the requests waiting now whose `METHOD path` matches reach
 * their time limit at once, exactly as after REQUEST_TIMEOUT_MS, so a page's timeout is shown
 * without waiting 30 s (src/app/fault-recovery.test.tsx). Answers how many gave up.
 */
export function reachTimeLimitNow(matches: (request: string) => boolean): number {
  let count = 0
  for (const [giveUp, request] of [...timeLimits]) {
    if (!matches(request)) continue
    giveUp()
    count += 1
  }
  return count
}

function kindForStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthenticated'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not_found'
  if (status === 409) return 'conflict'
  if (status === 413) return 'too_large'
  if (status === 400 || status === 422) return 'validation'
  if (status === 502 || status === 503 || status === 504) return 'unavailable'
  return 'server'
}

export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto && window.isSecureContext)
    return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

export type RequestOptions<S extends z.ZodType | null> = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  body?: unknown
  /** The schema of a successful response; null for 204. */
  response: S
  signal?: AbortSignal
  /** Send this Idempotency-Key (the caller keeps one per logical attempt). */
  idempotencyKey?: string
  /** Give up after this long (default REQUEST_TIMEOUT_MS). */
  timeoutMs?: number
}

function resolveUrl(path: string): string {
  const base = apiBaseUrl.replace(/\/$/, '')
  const full = `${base}${path}`
  // Node's fetch (tests) needs an absolute URL; browsers resolve against the page.
  return new URL(full, typeof window !== 'undefined' ? window.location.origin : 'http://localhost').toString()
}

export async function request<S extends z.ZodType | null>(
  path: string,
  options: RequestOptions<S>,
): Promise<S extends z.ZodType ? z.output<S> : undefined> {
  await mockReady()
  const method = options.method ?? 'GET'
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey

  // One controller for both ways a request stops early: the caller cancels, or the time runs out.
  const controller = new AbortController()
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS
  let timedOut = false
  const giveUp = () => {
    timedOut = true
    controller.abort()
  }
  const timer = setTimeout(giveUp, timeoutMs)
  timeLimits.set(giveUp, `${method} ${path}`)
  const cancel = () => controller.abort()
  if (options.signal?.aborted) controller.abort()
  options.signal?.addEventListener('abort', cancel)
  const stop = () => {
    clearTimeout(timer)
    timeLimits.delete(giveUp)
    options.signal?.removeEventListener('abort', cancel)
  }

  let response: Response
  try {
    response = await fetch(resolveUrl(path), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'include',
      signal: controller.signal,
    })
  } catch {
    stop()
    throw stoppedEarly()
  }
  // The body is read within the same time limit; then the timer goes.
  try {
    return await readResponse(response, method, path, options)
  } catch (error) {
    if (controller.signal.aborted) throw stoppedEarly()
    throw error instanceof ApiError ? error : stoppedEarly()
  } finally {
    stop()
  }

  /** Why no (whole) answer came: the time ran out, the caller cancelled, or the network failed. */
  function stoppedEarly(): ApiError {
    if (timedOut)
      return new ApiError({
        kind: 'timeout',
        status: 0,
        code: 'timeout',
        message: `The server did not answer within ${Math.round(timeoutMs / 1000)} seconds.`,
      })
    if (controller.signal.aborted)
      return new ApiError({
        kind: 'aborted',
        status: 0,
        code: 'aborted',
        message: 'The request was cancelled.',
      })
    return new ApiError({
      kind: 'network',
      status: 0,
      code: 'network',
      message: 'The server could not be reached. Check the connection and try again.',
    })
  }
}

async function readResponse<S extends z.ZodType | null>(
  response: Response,
  method: string,
  path: string,
  options: RequestOptions<S>,
): Promise<S extends z.ZodType ? z.output<S> : undefined> {
  if (!response.ok) {
    let body: unknown = null
    try {
      body = await response.json()
    } catch {
      body = null
    }
    // The error body's schema is the whole contract's (`current` is the application as it is now):
    // loaded on the first error, so the first page's requests build only their own schemas.
    const parsed = await import('./contract')
      .then(({ ApiErrorBody }) => ApiErrorBody.safeParse(body))
      .catch(() => ({ success: false }) as const)
    // The session ended (expired, or signed out elsewhere): the app takes the user to sign in.
    if (response.status === 401) reportUnauthenticated(path)
    throw new ApiError({
      kind: kindForStatus(response.status),
      status: response.status,
      code: parsed.success ? parsed.data.code : `http_${response.status}`,
      message: parsed.success ? parsed.data.message : `The server answered ${response.status}.`,
      fieldErrors: parsed.success ? parsed.data.fieldErrors : undefined,
      current: parsed.success ? parsed.data.current : undefined,
    })
  }

  if (options.response === null || response.status === 204) {
    return undefined as never
  }

  let json: unknown
  try {
    json = await response.json()
  } catch {
    throw new ApiError({
      kind: 'contract',
      status: response.status,
      code: 'contract',
      message: 'The server answered with something that is not JSON.',
    })
  }
  const result = (options.response as z.ZodType).safeParse(json)
  if (!result.success) {
    throw new ApiError({
      kind: 'contract',
      status: response.status,
      code: 'contract',
      message: `The server's answer to ${method} ${path} does not match the contract.`,
      fieldErrors: result.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: i.message,
      })),
    })
  }
  return result.data as never
}
