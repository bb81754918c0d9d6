/**
 * The list of pages and states (screenshot-states.json) covers the route table: every route of the
 * app (the mock build's too) is opened by at least one state, so a new page is screenshotted and
 * swept by axe (test/e2e/a11y.spec.ts) without anyone remembering to add it.
 */

import { mockRoutes } from '@mocks/routes'
import { isScenarioName } from '@mocks/scenarios'
import { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { describe, expect, it } from 'vitest'
import { createRoutes } from '@/app/router'
import { PAGE_STATES, stateUrl } from './page-states.mjs'

/** Every route's full path ('/sign-in/sso'), index routes as their parent's, the catch-all as '*'. */
function routePaths(routes: RouteObject[], parent = ''): string[] {
  return routes.flatMap((route) => {
    let path = parent
    if (route.path === '*') path = '*'
    else if (route.path?.startsWith('/')) path = route.path
    else if (route.path) path = `${parent.replace(/\/$/, '')}/${route.path}`
    const own = route.index || route.path ? [path || '/'] : []
    return [...own, ...routePaths(route.children ?? [], path)]
  })
}

/** '/idp/:federationId' → a pattern that matches '/idp/bpfnordwind2026'. */
function matcher(path: string): RegExp {
  const source = path
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/')
  return new RegExp(`^${source}$`)
}

const paths = [...new Set(routePaths(createRoutes(new QueryClient(), mockRoutes)))]
const named = paths.filter((path) => path !== '*')
/** The pages the states open and end at (the sweep checks that a state ends where `at` says). */
const statePaths = PAGE_STATES.flatMap((state) =>
  [state.path.split('?')[0] ?? state.path, state.at ?? []].flat(),
)

describe('the list of pages and states', () => {
  it('reads the route table (the flattening finds nested, index and mock routes)', () => {
    expect(named).toEqual(
      expect.arrayContaining(['/', '/welcome', '/sign-in', '/sign-in/sso/complete', '/billing/new/contacts']),
    )
    expect(named).toContain('/idp/:federationId')
    expect(paths).toContain('*')
  })

  it.each(named)('opens %s in at least one state', (path) => {
    const pattern = matcher(path)
    expect(statePaths.filter((statePath) => pattern.test(statePath))).not.toEqual([])
  })

  it('opens a path no route has (the not-found page)', () => {
    const patterns = named.map(matcher)
    expect(statePaths.filter((statePath) => !patterns.some((p) => p.test(statePath)))).not.toEqual([])
  })

  it('gives each state a unique name, a known scenario and steps of one kind each', () => {
    const names = PAGE_STATES.map((state) => state.name)
    expect(new Set(names).size).toBe(names.length)
    for (const state of PAGE_STATES) {
      expect(state.scenario === undefined || isScenarioName(state.scenario), state.name).toBe(true)
      expect(stateUrl(state)).toMatch(/^\//)
      for (const step of state.steps ?? []) {
        const kinds = ['click', 'fill', 'press', 'wait'].filter((kind) => kind in step)
        expect(kinds, `${state.name}: ${JSON.stringify(step)}`).toHaveLength(1)
      }
    }
  })
})
