/**
 * The malformed-body sweep, generated from the contract's endpoint table (never a hand list, so the
 * endpoints steps 5–7 add are swept too): deep (3,000 levels), huge (1 MB strings) and wrongly typed
 * bodies to every mutating endpoint, signed in, with path parameters of the seeded application.
 * Every answer must be 413 or 422, never 5xx, and nothing may be stored. Prints the figures.
 */

import { servedEndpoints as endpoints } from '@mocks/contract'
import { clearDb, db } from '@mocks/db'
import { applyScenario } from '@mocks/scenarios'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'

const DEPTH = 3000
const HUGE = 'x'.repeat(1_000_000)
const HUGE_JSON = JSON.stringify(HUGE)
const HUGE_ARRAY_JSON = JSON.stringify(Array.from({ length: 100_000 }, () => 1))

/** Real ids where the seed has them (so a handler would get past its 404), else a placeholder. */
function paramsFor(path: string): string {
  const application = db.applications.all()[0]
  const known: Record<string, string> = {
    applicationId: application?.id ?? 'app-x',
    organizationId: application?.organizationId ?? 'org-x',
    billingAccountId: application?.billingAccountId ?? 'ba-x',
  }
  return path.replace(/\{(\w+)\}/g, (_, key: string) => encodeURIComponent(known[key] ?? 'x'))
}

function deep(kind: 'array' | 'object'): string {
  return kind === 'array'
    ? `${'['.repeat(DEPTH)}"x"${']'.repeat(DEPTH)}`
    : `${'{"a":'.repeat(DEPTH)}"x"${'}'.repeat(DEPTH)}`
}

/** Top-level keys of an object request schema (a refined or partial object still has its shape). */
function keysOf(schema: z.ZodType | undefined): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape
  return shape ? Object.keys(shape) : ['value']
}

/**
 * The bad bodies for one endpoint, as raw JSON text: those the contract refuses (an empty object is
 * a fine partial draft, so a wrong value counts only when the request schema itself refuses it).
 */
function badBodies(schema: z.ZodType | undefined): { label: string; body: string }[] {
  return candidates(schema).filter(({ body }) => {
    if (!schema || body.length > 100_000 || body.includes('[[[[')) return true
    return !schema.safeParse(JSON.parse(body)).success
  })
}

const DEEP_ARRAY = deep('array')
const DEEP_OBJECT = deep('object')

/** The same for every endpoint, built once (building the 1 MB bodies for each endpoint took ~1 s). */
const WHOLE_BODIES = [
  { label: 'deep array', body: DEEP_ARRAY },
  { label: 'deep object', body: DEEP_OBJECT },
  { label: 'huge string', body: HUGE_JSON },
  { label: 'number', body: '42' },
  { label: 'array', body: '[]' },
  { label: 'null', body: 'null' },
  { label: 'string', body: '"text"' },
]

/** Bodies with something wrong under one key (keys are plain names: no escaping), once per key name. */
const bodiesByKey = new Map<string, { label: string; body: string }[]>()
function keyBodies(key: string): { label: string; body: string }[] {
  let bodies = bodiesByKey.get(key)
  if (bodies) return bodies
  bodies = [
    { label: `${key}: deep`, body: `{"${key}":${DEEP_ARRAY}}` },
    { label: `${key}: deep object`, body: `{"${key}":${DEEP_OBJECT}}` },
    { label: `${key}: huge`, body: `{"${key}":${HUGE_JSON}}` },
    { label: `${key}: huge array`, body: `{"${key}":${HUGE_ARRAY_JSON}}` },
  ]
  for (const wrong of [42, -1e308, true, null, [], {}, [[[]]], { nested: { deeper: 1 } }])
    bodies.push({ label: `${key}: ${JSON.stringify(wrong)}`, body: JSON.stringify({ [key]: wrong }) })
  bodiesByKey.set(key, bodies)
  return bodies
}

function candidates(schema: z.ZodType | undefined): { label: string; body: string }[] {
  return [...WHOLE_BODIES, ...keysOf(schema).flatMap(keyBodies)]
}

function snapshot(): string {
  return JSON.stringify(Object.fromEntries(Object.entries(db).map(([name, table]) => [name, table.all()])))
}

describe('the malformed-body sweep over every mutating endpoint of the contract', () => {
  it('answers 413 or 422 to every deep, huge or wrongly typed body, never 5xx, and stores nothing', async ({
    task,
  }) => {
    await applyScenario('application-sent')
    const figures = { endpoints: 0, requests: 0, serverErrors: 0, accepted: 0, storedAfterError: 0 }
    const failures: string[] = []
    for (const [name, def] of Object.entries(endpoints)) {
      if (def.method === 'get') continue
      figures.endpoints += 1
      const request = 'request' in def ? (def.request as z.ZodType) : undefined
      for (const { label, body } of badBodies(request)) {
        const before = snapshot()
        const response = await fetch(`http://localhost/api${paramsFor(def.path)}`, {
          method: def.method.toUpperCase(),
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `sweep-${figures.requests}` },
          body,
        }).catch(() => null)
        if (!response) {
          // MSW refuses a request no handler answers: the contract names an endpoint the mocks lack.
          failures.push(`${name}: no mock handler answers ${def.method.toUpperCase()} ${def.path}`)
          break
        }
        const text = await response.text()
        figures.requests += 1
        if (response.status >= 500) figures.serverErrors += 1
        if (response.status < 400) figures.accepted += 1
        const stored = snapshot() !== before
        if (stored) figures.storedAfterError += 1
        if (![413, 422].includes(response.status) || stored || /stack|\n\s+at /.test(text))
          failures.push(
            `${name} (${label}): ${response.status}${stored ? ', stored' : ''} ${text.slice(0, 120)}`,
          )
        if (stored) {
          clearDb()
          await applyScenario('application-sent')
        }
      }
    }
    console.info(
      `[sweep] ${figures.endpoints} mutating endpoints, ${figures.requests} requests sent, ` +
        `${figures.serverErrors} 5xx, ${figures.accepted} bad bodies accepted, ${figures.storedAfterError} stored after error`,
    )
    // For `npm run report`: Vitest's JSON report carries a test's meta.
    task.meta.sweep = figures
    expect(failures).toEqual([])
    expect(figures.endpoints).toBeGreaterThanOrEqual(16)
  }, 120_000)
})
