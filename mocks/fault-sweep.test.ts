/**
 * Injected faults on every mutating endpoint of the client's contract (read from the endpoint table,
 * so new endpoints are swept too): a server error, a timeout and no connection each reach the client
 * as the error kind the pages word (unavailable, timeout, network: all worth retrying), the handler
 * never runs (nothing is stored or half-applied), and a fault for "the next request" is used up.
 * Prints the figures.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { request } from '@/api/client'
import { type EndpointName, endpoints } from '@/api/contract'
import { isApiError } from '@/api/errors'
import { db } from './db'
import { type FaultKind, injectedFaults, injectFault } from './http'
import { applyScenario } from './scenarios'

const mutations = (Object.keys(endpoints) as EndpointName[]).filter(
  (name) => endpoints[name].method !== 'get',
)
const EXPECTED: Record<FaultKind, string> = { status: 'unavailable', timeout: 'timeout', offline: 'network' }
let checked = 0

function snapshot(): string {
  return JSON.stringify(Object.fromEntries(Object.entries(db).map(([name, table]) => [name, table.all()])))
}

describe('faults injected on every mutation', () => {
  afterAll(() => {
    console.info(`fault sweep: ${mutations.length} mutating endpoints × 3 faults = ${checked} checked`)
  })

  it('covers the mutations of the endpoint table', () => {
    expect(mutations.length).toBeGreaterThan(10)
  })

  for (const name of mutations) {
    it(name, async ({ task }) => {
      await applyScenario('in-review')
      const before = snapshot()
      const path = endpoints[name].path.replace(/\{(\w+)\}/g, 'x')
      const method = endpoints[name].method.toUpperCase() as 'POST' | 'PUT' | 'PATCH' | 'DELETE'
      for (const kind of ['status', 'timeout', 'offline'] as const) {
        injectFault(name, { kind, status: 503 })
        const failure = await request(path, { method, body: {}, response: null, timeoutMs: 150 }).then(
          () => null,
          (error: unknown) => error,
        )
        expect(isApiError(failure) && failure.kind, `${name}: ${kind}`).toBe(EXPECTED[kind])
        expect(isApiError(failure) && failure.retryable, `${name}: ${kind} is worth retrying`).toBe(true)
        expect(injectedFaults()).toEqual([])
        expect(snapshot(), `${name}: ${kind} stored nothing`).toBe(before)
        checked += 1
      }
      // For `npm run report`: Vitest's JSON report carries a test's meta.
      task.meta.faultSweep = { endpoint: name, faults: ['status', 'timeout', 'offline'] }
    })
  }
})
