/**
 * What every mock handler shares: routes from the contract's endpoint table, request parsing with the
 * contract (422 with field errors), session and organization checks (401/403/404), idempotent replays
 * and the configurable latency of the browser demo.
 */
import { delay, HttpHandler, HttpResponse, type JsonBodyType } from 'msw'
import type { z } from 'zod'
import { REQUEST_TIMEOUT_MS } from '@/api/client'
import {
  type ApiErrorBody,
  type Endpoint,
  type EndpointName,
  endpoints,
  type StaleResource,
} from '@/api/contract'
import { mockNow, withServerClock } from './clock'
import { type ServedEndpointName, servedEndpoints } from './contract'
import { db, inOneWrite, type Row, StorageFailure, syncFromStorage } from './db'

let latencyMs = 0
/** Browser demos answer after a realistic delay; Node tests answer at once. */
export function setLatency(ms: number): void {
  latencyMs = Math.max(0, ms)
}

/** The delay every answer waits now, in milliseconds (the demo panel shows it). */
export function currentLatency(): number {
  return latencyMs
}

export function latency(): Promise<void> {
  return latencyMs > 0 ? delay(latencyMs) : Promise.resolve()
}

/** Thrown inside a handler to answer with an error; `route` turns it into the response. */
export class HttpFailure {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {}
}

export function fail(
  status: number,
  code: string,
  message: string,
  fieldErrors?: ApiErrorBody['fieldErrors'],
): never {
  throw new HttpFailure(status, { code, message, ...(fieldErrors ? { fieldErrors } : {}) })
}

/** MSW path for an endpoint (the client's or a mock-only one): `{id}` becomes `:id`, any origin, under /api. */
export function pathOf(name: ServedEndpointName): string {
  return `*/api${servedEndpoints[name].path.replace(/\{(\w+)\}/g, ':$1')}`
}

/**
 * A request that can match an endpoint's MSW path: its method, and a URL that ends in the endpoint's
 * path (optional trailing slash, any query). Wider than MSW's own match (path-to-regexp, case-insensitive)
 * and cheap, so it only ever rules a request out: see PrefilteredHandler.
 */
export function mayMatch(name: ServedEndpointName): (method: string, url: string) => boolean {
  const def = servedEndpoints[name]
  const method = def.method.toUpperCase()
  const pattern = def.path
    .split(/\{\w+\}/)
    .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/?#]+')
  const url = new RegExp(`/api${pattern}/?(?:[?#].*)?$`, 'i')
  return (requestMethod, requestUrl) => requestMethod.toUpperCase() === method && url.test(requestUrl)
}

/**
 * MSW runs every handler's `parse` on every request the page makes (each API call, and every
 * script, catalog and font the service worker hands over): it reads the page's cookies and compiles
 * the path, for all ~40 handlers, before it checks the method. This handler first rules out what
 * cannot be its request (`possible`: method and path, precompiled, never narrower than MSW's own
 * match), and leaves the rest to MSW as before.
 */
export class PrefilteredHandler extends HttpHandler {
  constructor(
    method: string,
    path: string,
    private readonly possible: (method: string, url: string) => boolean,
    resolver: ConstructorParameters<typeof HttpHandler>[2],
  ) {
    super(method, path, resolver)
  }
  override async parse(args: Parameters<HttpHandler['parse']>[0]) {
    if (!this.possible(args.request.method, args.request.url))
      return { match: { matches: false, params: {} }, cookies: {} }
    return super.parse(args)
  }
}

export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  let json: unknown
  try {
    json = await request.json()
  } catch {
    fail(400, 'bad_json', 'The request body is not JSON.')
  }
  const result = schema.safeParse(json)
  if (!result.success) validationFailure(result.error)
  return result.data
}

type Endpoints = typeof servedEndpoints
/** The names in a path template: `/a/{id}/b/{key}` → 'id' | 'key'. */
type PathParamNames<P extends string> = P extends `${string}{${infer K}}${infer Rest}`
  ? K | PathParamNames<Rest>
  : never
/** An endpoint's path parameters, from its path in the contract. */
export type PathParams<N extends ServedEndpointName> = { [K in PathParamNames<Endpoints[N]['path']>]: string }
/** An endpoint's request body as its schema parses it (route() has parsed it), or undefined. */
export type RequestBody<N extends ServedEndpointName> = Endpoints[N] extends {
  request: infer S extends z.ZodType
}
  ? z.output<S>
  : undefined
/** What a handler returns: what the endpoint's response schema accepts (route() parses it); none for a 204. */
export type ResponseBody<N extends ServedEndpointName> = Endpoints[N]['response'] extends z.ZodType
  ? z.input<Endpoints[N]['response']>
  : undefined

/** What a handler gets, typed by its endpoint's schemas. */
export type Ctx<N extends ServedEndpointName = ServedEndpointName> = {
  request: Request
  params: PathParams<N>
  /** The request body, already checked against the endpoint's request schema. */
  body: RequestBody<N>
}

type Handler<N extends ServedEndpointName> = (ctx: Ctx<N>) => Promise<ResponseBody<N>> | ResponseBody<N>

/**
 * Faults asked for on demand (designers demoing an error state, QA testing one): the next `times`
 * calls of an endpoint (or every call, `times: Infinity`) answer a server error `status`, never
 * answer until the client has given up (`timeout`), or fail as a network error (`offline`: no
 * connection), instead of being handled.
 */
export const FAULT_KINDS = ['status', 'timeout', 'offline'] as const
export type FaultKind = (typeof FAULT_KINDS)[number]
export type Fault = { kind: FaultKind; status: number; times: number }
const injected = new Map<EndpointName, Fault>()

/** How long a `timeout` fault keeps the request waiting: past the client's own limit. */
export const TIMEOUT_FAULT_MS = REQUEST_TIMEOUT_MS + 5_000

export function injectFault(
  name: EndpointName,
  fault: { kind: FaultKind; status?: number; times?: number },
): void {
  const times = fault.times ?? 1
  if (times <= 0) injected.delete(name)
  else injected.set(name, { kind: fault.kind, status: fault.status ?? 503, times })
}

export function failNext(name: EndpointName, status = 503, times = 1): void {
  injectFault(name, { kind: 'status', status, times })
}

/** The faults waiting now, per endpoint (the demo panel lists them). */
export function injectedFaults(): [EndpointName, Fault][] {
  return [...injected.entries()].map(([name, fault]) => [name, { ...fault }])
}

export function clearInjectedFailures(): void {
  injected.clear()
}

/** Faults are asked for by the app's endpoints (the demo panel lists those); mock-only ones have none. */
const isAppEndpoint = (name: ServedEndpointName): name is EndpointName => Object.hasOwn(endpoints, name)

function takeInjectedFailure(name: ServedEndpointName): Fault | null {
  if (!isAppEndpoint(name)) return null
  const failure = injected.get(name)
  if (!failure) return null
  if (failure.times <= 1) injected.delete(name)
  else failure.times -= 1
  return { ...failure }
}

/** Waits `ms`, or less when the caller gives up on the request (its signal aborts). */
function waitUnlessAborted(request: Request, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      request.signal?.removeEventListener('abort', done)
      resolve()
    }
    if (request.signal?.aborted) done()
    else request.signal?.addEventListener('abort', done)
  })
}

/** The answer an injected fault gives instead of the handler's. */
async function faultResponse(name: ServedEndpointName, fault: Fault, request: Request): Promise<Response> {
  if (fault.kind === 'offline') return HttpResponse.error()
  if (fault.kind === 'timeout') {
    await waitUnlessAborted(request, TIMEOUT_FAULT_MS)
    return HttpResponse.json({ code: 'timeout', message: `No answer for ${name}.` }, { status: 504 })
  }
  return HttpResponse.json(
    { code: fault.status >= 500 ? 'unavailable' : 'injected', message: `Failure injected for ${name}.` },
    { status: fault.status },
  )
}

/** Request bodies larger than this are refused with 413 before they are read as JSON. */
export const MAX_BODY_BYTES = 64 * 1024
/** JSON nested deeper than this is refused with 422 before any schema sees it. */
export const MAX_JSON_DEPTH = 32
/** Idempotency keys longer than this are refused (a UUID is 36 characters). */
const MAX_IDEMPOTENCY_KEY = 255

/** The generic answer to anything a handler throws: no stack, no internals; the client words it. */
export const SERVER_ERROR: ApiErrorBody = {
  code: 'server_error',
  message: 'Something went wrong on the server.',
}

/** Whether JSON nests deeper than `max` (iterative: a 3,000-deep body cannot overflow the stack). */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]]
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item
    if (node === null || typeof node !== 'object') continue
    if (depth >= max) return true
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1])
  }
  return false
}

/** The same JSON with object keys sorted: two bodies that mean the same compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, node: unknown) =>
    node && typeof node === 'object' && !Array.isArray(node)
      ? Object.fromEntries(Object.entries(node).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : node,
  )
}

function validationFailure(error: z.ZodError): never {
  fail(
    422,
    'validation',
    'Some fields are not valid.',
    error.issues.map((issue) => ({
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      message: issue.message,
    })),
  )
}

/**
 * What every request's body must pass before a handler runs, whatever the endpoint: at most
 * MAX_BODY_BYTES (413), JSON (400), at most MAX_JSON_DEPTH deep (422), and the contract's request
 * schema (422 with field errors); an endpoint without a request schema takes no body (422).
 * Returns the body as the schema parsed it (the handler's `body`) and in canonical form (for
 * idempotency; '' when there is none).
 */
async function checkedBody(
  name: ServedEndpointName,
  request: Request,
): Promise<{ parsed: unknown; canonical: string }> {
  const def: Endpoint = servedEndpoints[name]
  const none = { parsed: undefined, canonical: '' }
  if (def.method === 'get') return none
  const limit = def.maxBodyBytes ?? MAX_BODY_BYTES
  const declared = Number(request.headers.get('Content-Length') ?? 0)
  if (declared > limit) fail(413, 'too_large', 'The request body is too large.')
  const text = await request.clone().text()
  if (new TextEncoder().encode(text).length > limit) fail(413, 'too_large', 'The request body is too large.')
  if (text.trim() === '') {
    if (def.request) validationFailure(def.request.safeParse(undefined).error as z.ZodError)
    return none
  }
  if (!def.request) fail(422, 'unexpected_body', 'This request takes no body.')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    fail(400, 'bad_json', 'The request body is not JSON.')
  }
  if (nestedDeeperThan(json, MAX_JSON_DEPTH)) fail(422, 'too_deep', 'The request body is nested too deeply.')
  const result = def.request.safeParse(json)
  if (!result.success) validationFailure(result.error)
  return { parsed: result.data, canonical: canonical(json) }
}

/** Whose request this is, for idempotency: the session's user, or nobody. */
function callerScope(): string {
  const session = db.sessions.all()[0]
  return session ? `user:${session.userId}` : 'anonymous'
}

/**
 * One request at a time per browser tab: a tab re-reads what other tabs stored, then handles the
 * request and writes its own changes, with no other request of this tab in between (mocks/db.ts).
 */
let queue: Promise<unknown> = Promise.resolve()
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work)
  queue = run.catch(() => undefined)
  return run
}

function errorResponse(name: ServedEndpointName, error: unknown): Response {
  if (error instanceof HttpFailure) return HttpResponse.json(error.body, { status: error.status })
  if (error instanceof StorageFailure)
    return HttpResponse.json(
      {
        code: 'storage_full',
        message: 'The change could not be stored: the browser storage is full or blocked.',
      },
      { status: 507 },
    )
  // Anything else is a bug or a crash: the caller learns nothing of it but that it failed.
  if (typeof window !== 'undefined' && 'document' in window && import.meta.env.MODE !== 'test')
    console.error(`[mocks] ${name} failed:`, error instanceof Error ? error.name : typeof error)
  return HttpResponse.json(SERVER_ERROR, { status: 500 })
}

/**
 * Registers a handler for a contract endpoint. Before the handler: the body's size, depth and
 * shape against the contract; the mock database re-read from storage; an idempotent replay, looked
 * up by endpoint, key and the session's user (another caller never gets it; the same key with
 * another body is refused). The handler returns the response body, checked against the contract's
 * response schema; anything it throws becomes a generic 500.
 */
export function route<N extends ServedEndpointName>(name: N, handler: Handler<N>): HttpHandler {
  const def: Endpoint = servedEndpoints[name]
  return new PrefilteredHandler(
    def.method.toUpperCase(),
    pathOf(name),
    mayMatch(name),
    async ({ request, params }) => {
      await latency()
      const failure = takeInjectedFailure(name)
      if (failure !== null) return faultResponse(name, failure, request)
      try {
        // Read and parsed once here: the handler gets the parsed body (it runs on the page's main thread).
        const { parsed, canonical: body } = await checkedBody(name, request)
        // One write to storage per request, before its answer (mocks/db.ts).
        return await oneAtATime(() =>
          inOneWrite(async () => {
            try {
              await syncFromStorage()
              const key = def.idempotent ? request.headers.get('Idempotency-Key') : null
              if (key === null) return await answer(request, params, parsed, null)
              if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY)
                fail(422, 'bad_idempotency_key', 'The Idempotency-Key must be 1 to 255 characters.')
              const seen = db.idempotency.get(`${name}:${callerScope()}:${key}`)
              if (seen) {
                if (seen.request !== body)
                  fail(
                    422,
                    'idempotency_mismatch',
                    'This Idempotency-Key was used with another request body.',
                  )
                return HttpResponse.json(seen.body as JsonBodyType, { status: seen.status })
              }
              return await answer(request, params, parsed, { key, body })
            } catch (error) {
              return errorResponse(name, error)
            }
          }),
        )
      } catch (error) {
        return errorResponse(name, error)
      }
    },
  )

  async function answer(
    request: Request,
    params: unknown,
    parsed: unknown,
    idempotent: { key: string; body: string } | null,
  ) {
    try {
      const body = await handler({ request, params: params as PathParams<N>, body: parsed as RequestBody<N> })
      if (def.response === null) return new HttpResponse(null, { status: 204 })
      const checked = def.response.parse(withServerClock(def.response, body))
      // Kept for the caller the request leaves signed in (a sign-up's replay goes to the new user).
      if (idempotent)
        await db.idempotency.insert({
          id: `${name}:${callerScope()}:${idempotent.key}`,
          status: 200,
          body: checked,
          request: idempotent.body,
        })
      return HttpResponse.json(checked as JsonBodyType)
    } catch (error) {
      return errorResponse(name, error)
    }
  }
}

/**
 * Optimistic concurrency: a write that says which version it was based on is refused with 409 and
 * the current resource when that version is no longer the current one (another tab changed it).
 */
export function checkVersion(current: StaleResource, basedOn: number | undefined): void {
  if (basedOn === undefined || basedOn === current.version) return
  throw new HttpFailure(409, {
    code: 'version_conflict',
    message: 'This was changed elsewhere (another tab or device) since it was loaded.',
    current,
  })
}

export function currentSession(): Row<'sessions'> {
  const session = db.sessions.all()[0]
  if (!session) fail(401, 'unauthenticated', 'Sign in to continue.')
  return session
}

export function currentUser(): Row<'users'> {
  const session = currentSession()
  const user = db.users.get(session.userId)
  if (!user) fail(401, 'unauthenticated', 'Sign in to continue.')
  return user
}

/** The organization, when it exists (404) and the signed-in user is a member (403). */
export function memberOrganization(organizationId: string): Row<'organizations'> {
  const user = currentUser()
  const organization = db.organizations.get(organizationId)
  if (!organization) fail(404, 'not_found', 'There is no such organization.')
  if (!organization.memberIds.includes(user.id))
    fail(403, 'forbidden', 'This organization belongs to someone else.')
  return organization
}

export function ownApplication(applicationId: string): Row<'applications'> {
  const application = db.applications.get(applicationId)
  if (!application) fail(404, 'not_found', 'There is no such application.')
  memberOrganization(application.organizationId)
  return application
}

export function ownBillingAccount(billingAccountId: string): Row<'billingAccounts'> {
  const account = db.billingAccounts.get(billingAccountId)
  if (!account) fail(404, 'not_found', 'There is no such billing account.')
  memberOrganization(account.organizationId)
  return account
}

export function publicUser(user: Row<'users'>) {
  const { password: _password, blocked: _blocked, ...rest } = user
  return rest
}

export function sessionBody() {
  const session = currentSession()
  return { user: publicUser(currentUser()), method: session.method, organizationId: session.organizationId }
}

export function settings(): Row<'settings'> {
  const row = db.settings.get('settings')
  if (!row) fail(500, 'not_seeded', 'The mock database has no settings.')
  return row
}

/** The mock server's "now" (real time plus the demo clock's offset, ./clock.ts). */
export function nowIso(): string {
  return mockNow().toISOString()
}
