/**
 * The contract as an OpenAPI 3.1 document, for a backend team: generated from the same zod schemas
 * (zod 4 writes JSON Schema itself). `npm run contract` writes docs/openapi.json; a test keeps it current,
 * `npm run contract:lint` checks it with Redocly's recommended rules. It holds only what a real backend
 * serves: the client's endpoint table (mock-only endpoints live in mocks/contract.ts, never here),
 * and no schema that no operation reaches. Operations need the session cookie unless marked `public`.
 */
import { z } from 'zod'
import * as contract from './contract'

const { endpoints, ApiErrorBody } = contract
type EndpointName = contract.EndpointName

/** Schemas named in components/schemas, referenced wherever they appear. */
const NAMED = [
  'ApiErrorBody',
  'User',
  'Organization',
  'Session',
  'CompanyCard',
  'Bank',
  'BankDetails',
  'BillingCompany',
  'BillingAccount',
  'Contacts',
  'Questionnaire',
  'CompanySource',
  'VideoProgress',
  'PartnershipChoice',
  'ApplicationDraft',
  'Application',
  'ProgramSettings',
] as const

const capitalize = (s: string) => s[0]?.toUpperCase() + s.slice(1)

/** The endpoints a real backend serves: the whole endpoint table the client ships. */
export function publishedEndpoints(): [EndpointName, Endpoint][] {
  return Object.entries(endpoints) as [EndpointName, Endpoint][]
}

type Endpoint = (typeof endpoints)[EndpointName] & { public?: boolean }

/** The session: an HttpOnly cookie set by the sign-in operations (see docs/architecture.md). */
const SESSION_COOKIE = 'session'

/** Component schemas reached from the paths, following $refs (others would be unused components). */
function reachable(paths: unknown, schemas: Record<string, unknown>): Set<string> {
  const seen = new Set<string>()
  const visit = (node: unknown) => {
    if (Array.isArray(node)) for (const item of node) visit(item)
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          const id = value.replace('#/components/schemas/', '')
          if (!seen.has(id)) {
            seen.add(id)
            visit(schemas[id])
          }
        } else visit(value)
      }
    }
  }
  visit(paths)
  return seen
}

function components(io: 'input' | 'output', suffix: string, extra: Record<string, z.ZodType>) {
  const registry = z.registry<{ id: string }>()
  const named = contract as unknown as Record<string, z.ZodType>
  for (const name of NAMED) {
    const schema = named[name]
    if (schema && !registry.has(schema)) registry.add(schema, { id: `${name}${suffix}` })
  }
  for (const [id, schema] of Object.entries(extra)) {
    if (!registry.has(schema)) registry.add(schema, { id })
  }
  const result = z.toJSONSchema(registry, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Record<string, unknown>> }
  const schemas: Record<string, unknown> = {}
  for (const [id, schema] of Object.entries(result.schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema
    schemas[id] = rest
  }
  return { registry, schemas }
}

export function buildOpenApi() {
  const requests: Record<string, z.ZodType> = {}
  const responses: Record<string, z.ZodType> = {}
  for (const [name, def] of publishedEndpoints()) {
    if ('request' in def && def.request) requests[`${capitalize(name)}Request`] = def.request
    if (def.response) responses[`${capitalize(name)}Response`] = def.response
  }
  const output = components('output', '', responses)
  const input = components('input', 'Input', requests)
  const ref = (registry: typeof output.registry, schema: z.ZodType) => ({
    $ref: `#/components/schemas/${registry.get(schema)?.id}`,
  })
  const error = { content: { 'application/json': { schema: ref(output.registry, ApiErrorBody) } } }

  const paths: Record<string, Record<string, unknown>> = {}
  for (const [name, def] of publishedEndpoints()) {
    const parameters: Record<string, unknown>[] = [...def.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }))
    if ('idempotent' in def && def.idempotent) {
      parameters.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string' } })
    }
    const operation: Record<string, unknown> = {
      operationId: name,
      summary: def.summary,
      ...(parameters.length ? { parameters } : {}),
      // Public operations need no session (an empty requirement); the others take the document's.
      ...(def.public ? { security: [] } : {}),
      ...('request' in def && def.request
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: ref(input.registry, def.request) } },
            },
          }
        : {}),
      responses: {
        ...(def.response
          ? {
              200: {
                description: 'OK',
                content: { 'application/json': { schema: ref(output.registry, def.response) } },
              },
            }
          : { 204: { description: 'No content' } }),
        ...(def.public ? {} : { 401: { description: 'No session', ...error } }),
        403: { description: "Another organization's data", ...error },
        404: { description: 'Unknown id', ...error },
        422: { description: 'Invalid input, with field errors', ...error },
      },
    }
    const path = def.path
    paths[path] = { ...(paths[path] ?? {}), [def.method]: operation }
  }
  const all: Record<string, unknown> = { ...output.schemas, ...input.schemas }
  const keep = reachable(paths, all)
  const used = Object.fromEntries(Object.entries(all).filter(([id]) => keep.has(id)))
  return {
    openapi: '3.1.0',
    info: {
      title: 'Partner onboarding API',
      version: '1.0.0',
      description:
        'Generated from src/api/contract.ts (npm run contract). Validation messages are codes like `err:tooLong|{"max":100}`, which the client words in English or Russian.',
    },
    servers: [
      {
        url: '/api',
        description:
          'Beside the app by default; a build against another origin sets VITE_API_BASE_URL (e.g. https://api.example.com/partners).',
      },
    ],
    security: [{ [SESSION_COOKIE]: [] }],
    paths,
    components: {
      securitySchemes: {
        [SESSION_COOKIE]: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description:
            'The session, an HttpOnly cookie set by the sign-in operations and removed by sign-out.',
        },
      },
      schemas: used,
    },
  }
}

export function openApiText(): string {
  return `${JSON.stringify(buildOpenApi(), null, 2)}\n`
}
