/**
 * Every endpoint of the contract has a mock handler: the list comes from the endpoint tables (the
 * client's, src/api/contract.ts, and the mock-only one, mocks/contract.ts), not by hand. What is not served yet is named in UNSERVED, which only shrinks: the test fails when a listed
 * endpoint gains a handler (take it off the list) as much as when an unlisted one has none.
 * Handlers are typed by their endpoint's schemas (route() in mocks/http.ts): test/types/mock-route.ts.
 */

import { type ServedEndpointName as EndpointName, servedEndpoints as endpoints } from '@mocks/contract'
import { pathOf } from '@mocks/http'
import type { RequestHandler } from 'msw'
import { describe, expect, it } from 'vitest'
import { handlers } from './index'

/** Endpoints of the contract that no handler serves yet (empty since step 5's billing handlers). */
const UNSERVED: readonly EndpointName[] = []

const names = Object.keys(endpoints) as EndpointName[]

/** The endpoints none of these handlers answers (same method and path as route() registers). */
function unservedBy(list: readonly RequestHandler[]): EndpointName[] {
  const served = new Set(
    list.map((handler) => {
      const info = handler.info as { method?: unknown; path?: unknown }
      return `${String(info.method).toLowerCase()} ${String(info.path)}`
    }),
  )
  return names.filter((name) => !served.has(`${endpoints[name].method} ${pathOf(name)}`))
}

describe('the mock backend serves the whole contract', () => {
  it('has a handler for every endpoint of the contract but those listed as unserved', () => {
    expect(names.length).toBeGreaterThan(25)
    // The mock-only endpoints (mock identity provider, manager's decision …) are served too.
    expect(names).toEqual(expect.arrayContaining(['idpLogin', 'decideApplication']))
    expect(unservedBy(handlers)).toEqual([...UNSERVED])
  })

  it('notices an endpoint that loses its handler (the check itself works)', () => {
    const withoutSubmit = handlers.filter(
      (handler) => (handler.info as { path?: unknown }).path !== pathOf('submitApplication'),
    )
    expect(unservedBy(withoutSubmit)).toEqual([...UNSERVED, 'submitApplication'])
  })
})
