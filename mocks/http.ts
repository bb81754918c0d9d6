/**
 * What every mock handler shares: routes from the contract's endpoint table, request parsing with the
 * contract (422 with field errors), session and organization checks (401/403/404), idempotent replays
 * and the configurable latency of the browser demo.
 */
import { delay, HttpResponse, http, type JsonBodyType } from 'msw'
import type { z } from 'zod'
import { type ApiErrorBody, type EndpointName, endpoints } from '@/api/contract'
import { db, type Row } from './db'

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

/** MSW path for an endpoint: `{id}` becomes `:id`, any origin, under /api. */
export function pathOf(name: EndpointName): string {
  return `*/api${endpoints[name].path.replace(/\{(\w+)\}/g, ':$1')}`
}

export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  let json: unknown
  try {
    json = await request.json()
  } catch {
    fail(400, 'bad_json', 'The request body is not JSON.')
  }
  const result = schema.safeParse(json)
  if (!result.success) {
    fail(
      422,
      'validation',
      'Some fields are not valid.',
      result.error.issues.map((issue) => ({
        path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: issue.message,
      })),
    )
  }
  return result.data
}

export type Ctx = {
  request: Request
  params: Record<string, string>
}

type Handler = (ctx: Ctx) => Promise<JsonBodyType | undefined> | JsonBodyType | undefined

/** Idempotent requests still being answered, by endpoint and key. */
const inFlight = new Map<string, Promise<Response>>()

/**
 * Registers a handler for a contract endpoint. The handler returns the response body; the body is
 * checked against the contract's response schema so the mocks cannot drift from it either.
 */
/**
 * Failures asked for on demand (designers demoing an error state, QA testing one): the next `times`
 * calls of the endpoint answer `status` instead of being handled.
 */
const injected = new Map<EndpointName, { status: number; times: number }>()

export function failNext(name: EndpointName, status = 503, times = 1): void {
  if (times <= 0) injected.delete(name)
  else injected.set(name, { status, times })
}

export function clearInjectedFailures(): void {
  injected.clear()
}

function takeInjectedFailure(name: EndpointName): number | null {
  const failure = injected.get(name)
  if (!failure) return null
  if (failure.times <= 1) injected.delete(name)
  else failure.times -= 1
  return failure.status
}

export function route(name: EndpointName, handler: Handler) {
  const def = endpoints[name]
  return http[def.method](pathOf(name), async ({ request, params }) => {
    await latency()
    const failure = takeInjectedFailure(name)
    if (failure !== null) {
      return HttpResponse.json(
        { code: failure >= 500 ? 'unavailable' : 'injected', message: `Failure injected for ${name}.` },
        { status: failure },
      )
    }
    const idempotencyKey =
      'idempotent' in def && def.idempotent ? request.headers.get('Idempotency-Key') : null
    if (!idempotencyKey) return answer(request, params, null)
    const id = `${name}:${idempotencyKey}`
    const seen = db.idempotency.get(id)
    if (seen) return HttpResponse.json(seen.body as JsonBodyType, { status: seen.status })
    // A repeat sent while the first is still being answered (a double click) gets the same answer.
    let first = inFlight.get(id)
    if (!first) {
      first = answer(request, params, idempotencyKey).finally(() => inFlight.delete(id))
      inFlight.set(id, first)
    }
    return (await first).clone()
  })

  async function answer(request: Request, params: unknown, idempotencyKey: string | null) {
    try {
      const body = await handler({ request, params: params as Record<string, string> })
      if (def.response === null) return new HttpResponse(null, { status: 204 })
      const checked = def.response.parse(body)
      if (idempotencyKey)
        await db.idempotency.insert({ id: `${name}:${idempotencyKey}`, status: 200, body: checked })
      return HttpResponse.json(checked as JsonBodyType)
    } catch (error) {
      if (error instanceof HttpFailure) return HttpResponse.json(error.body, { status: error.status })
      throw error
    }
  }
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
  const { password: _password, ...rest } = user
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

export function nowIso(): string {
  return new Date().toISOString()
}
